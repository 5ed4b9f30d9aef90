namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>service_at_location</c>: a service delivered at a location, with the times, phones and contacts that
/// apply there only.
/// </summary>
public sealed class ServiceAtLocation : Common.Entity
{
    private readonly List<Schedule> _schedules = [];
    private readonly List<Phone> _phones = [];
    private readonly List<ServiceContact> _contacts = [];

    private ServiceAtLocation()
    {
    }

    public Guid ServiceId { get; private init; }

    public Guid LocationId { get; private init; }

    public string? Description { get; private set; }

    public DateTimeOffset LastModified { get; private set; }

    public IReadOnlyList<Schedule> Schedules => _schedules;

    public IReadOnlyList<Phone> Phones => _phones;

    public IReadOnlyList<ServiceContact> Contacts => _contacts;

    public static ServiceAtLocation Create(Guid serviceId, Guid locationId, string? description, DateTimeOffset now, Guid? id = null)
    {
        if (serviceId == Guid.Empty)
        {
            throw new Common.DomainException("Select the service", nameof(ServiceId));
        }

        if (locationId == Guid.Empty)
        {
            throw new Common.DomainException("Select the location", nameof(LocationId));
        }

        var at = new ServiceAtLocation
        {
            Id = id is { } given && given != Guid.Empty ? given : Guid.CreateVersion7(),
            ServiceId = serviceId,
            LocationId = locationId,
        };
        at.Describe(description, now);
        return at;
    }

    public void Describe(string? description, DateTimeOffset now)
    {
        Description = DirectoryText.Lengthy(description, nameof(Description), "the description of the service at this location");
        LastModified = now;
    }

    public void ReplaceSchedules(IEnumerable<Schedule>? schedules, DateTimeOffset now) =>
        Replace(_schedules, Schedule.ValidatedList(schedules, nameof(Schedules)), now);

    public void ReplacePhones(IEnumerable<Phone>? phones, DateTimeOffset now) => Replace(_phones, Phone.ValidatedList(phones, nameof(Phones)), now);

    public void ReplaceContacts(IEnumerable<ServiceContact>? contacts, DateTimeOffset now) =>
        Replace(_contacts, ServiceContact.ValidatedList(contacts, nameof(Contacts)), now);

    private void Replace<T>(List<T> list, List<T> items, DateTimeOffset now)
    {
        list.Clear();
        list.AddRange(items);
        LastModified = now;
    }
}
