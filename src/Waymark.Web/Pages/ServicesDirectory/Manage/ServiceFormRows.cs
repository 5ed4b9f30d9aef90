using System.Globalization;
using Waymark.Domain.Directory;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>A place the service runs, as the form's "Place" fieldset posts it.</summary>
public sealed class LocationRow
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Address1 { get; set; }

    public string? Address2 { get; set; }

    public string? City { get; set; }

    public string? Postcode { get; set; }

    public bool IsEmpty => new[] { Name, Address1, Address2, City, Postcode }.All(string.IsNullOrWhiteSpace);

    public static LocationRow From(Location location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var address = location.Addresses.Count > 0 ? location.Addresses[0] : null;
        return new LocationRow
        {
            Id = location.Id.ToString(),
            Name = location.Name,
            Address1 = address?.Address1,
            Address2 = address?.Address2,
            City = address?.City,
            Postcode = address?.PostalCode ?? location.Postcode,
        };
    }

    public LocationInput ToInput() => new(Guid.TryParse(Id, out var id) ? id : null, Name, Address1, Address2, City, Postcode);
}

/// <summary>A weekly session, as the form's "Session" fieldset posts it.</summary>
public sealed class ScheduleRow
{
    public string? Id { get; set; }

    public string? Day { get; set; }

    public string? OpensAt { get; set; }

    public string? ClosesAt { get; set; }

    public bool IsEmpty => new[] { Day, OpensAt, ClosesAt }.All(string.IsNullOrWhiteSpace);

    public static ScheduleRow From(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new ScheduleRow
        {
            Id = schedule.Id.ToString(),
            Day = schedule.ByDay,
            OpensAt = schedule.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = schedule.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }
}
