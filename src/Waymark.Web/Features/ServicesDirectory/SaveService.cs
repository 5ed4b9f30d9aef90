using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Web.Features.People;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>
/// Adds or changes a listing through the domain's own methods, all or nothing: every rule is checked, every refusal
/// reported together (<see cref="DomainErrorsException"/>), and the listing, its locations and taxonomy links saved
/// once. Managers may list a service under any partner or provider; partners only under their own organisation, and
/// only change their own organisation's listings (others are not found).
/// </summary>
public sealed class SaveService(AppDbContext db, DirectoryAccess access, TimeProvider clock)
{
    public async Task<Service> CreateAsync(ClaimsPrincipal user, ServiceInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow();
        var (organisationId, organisationName) = await OrganisationAsync(user, input.OrganisationId, cancellationToken);
        var errors = new List<DomainException>();
        Service? service = null;
        Collect(errors, () => service = Service.Create(organisationId, organisationName, Details(input), now));

        // The rest can only be checked on a service: when the core fields are refused, check it on a stand-in so
        // every problem shows at once.
        var target = service ?? Service.Create(organisationId, organisationName, new ServiceDetails("Checking"), now);
        errors.AddRange(await ApplyAsync(target, input, [], now, cancellationToken));
        errors.AddRange(await PlaceAsync(target, input.Locations, [], now, cancellationToken));
        ThrowIfAny(errors);
        db.Services.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return target;
    }

    public async Task<Service> UpdateAsync(ClaimsPrincipal user, Guid id, ServiceInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var service = await access.FindForMaintenanceAsync(user, id, cancellationToken);
        var now = clock.GetUtcNow();
        var errors = new List<DomainException>();
        if (DirectoryAccess.MaintainsWholeDirectory(user) && input.OrganisationId is { } organisationId && organisationId != service.OrganisationId)
        {
            errors.Add(new DomainException("A listing stays with the organisation that runs it – add a new listing for the other organisation", nameof(ServiceInput.OrganisationId)));
        }

        Collect(errors, () => service.Update(Details(input, service), now));
        errors.AddRange(await ApplyAsync(service, input, service.Schedules.Where(s => !WeeklySessions.IsSimple(s)).ToList(), now, cancellationToken));
        var existing = await (
            from at in db.ServiceAtLocations
            join l in db.Locations on at.LocationId equals l.Id
            where at.ServiceId == id
            select new { At = at, Location = l }).ToListAsync(cancellationToken);
        errors.AddRange(await PlaceAsync(service, input.Locations, existing.Select(e => (e.At, e.Location)).ToList(), now, cancellationToken));
        ThrowIfAny(errors);
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    private static ServiceDetails Details(ServiceInput input, Service? current = null) => new(
        input.Name,
        input.Description,
        current?.AlternateName,
        input.Url,
        input.Email,
        current?.InterpretationServices,
        current?.ApplicationProcess,
        current?.FeesDescription,
        current?.Accreditations,
        input.EligibilityDescription,
        input.MinimumAge,
        input.MaximumAge,
        current?.AssuredDate,
        current?.AssurerEmail,
        current?.Alert,
        current?.WaitTime);

    /// <summary>Everything after the descriptive fields, each step checked on its own so all refusals are reported.</summary>
    private async Task<List<DomainException>> ApplyAsync(
        Service service, ServiceInput input, IReadOnlyList<Schedule> keptSchedules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new List<DomainException>();
        Collect(errors, () => service.SetDelivery(input.DeliveryModes, input.WaitingDays, input.AcceptingReferrals, now));
        Collect(errors, () => service.SetReferralMethod(
            input.ReferralMethod ?? throw new DomainException("Select how people are referred to the service", nameof(ServiceInput.ReferralMethod)),
            input.ReferralEmail, input.ReferralPhone, input.ReferralFormUrl, now));
        errors.AddRange(ServiceChildren.Apply(service, input, now));
        Collect(errors, () => service.ReplaceLanguages(Languages(service, input.LanguageCodes), now));
        Collect(errors, () => service.ReplaceSchedules([.. input.Schedules.Select(s => s with { Freq = ScheduleFrequency.Weekly }), .. keptSchedules], now));
        Collect(errors, () => service.SetVerificationInterval(input.VerificationIntervalDays ?? Service.DefaultVerificationIntervalDays, now));
        try
        {
            var attributes = await AttributesAsync(service, input, cancellationToken);
            service.ReplaceAttributes(attributes, now);
        }
        catch (DomainException error)
        {
            errors.Add(error);
        }

        return errors;
    }

    private static List<Language> Languages(Service service, IReadOnlyCollection<string> codes)
    {
        var unknown = codes.FirstOrDefault(c => DirectoryLanguages.Common.All(l => l.Code != c));
        if (unknown is not null)
        {
            throw new DomainException("Select languages from the list", nameof(ServiceInput.LanguageCodes));
        }

        var kept = service.Languages.Where(l => DirectoryLanguages.Common.All(c => c.Code != l.Code)).ToList();
        var chosen = codes.Distinct().Select(code => service.Languages.FirstOrDefault(l => l.Code == code)
            ?? Language.Of(code, DirectoryLanguages.NameOf(code)));
        return [.. chosen, .. kept];
    }

    /// <summary>The need terms and other terms chosen, keeping each existing link (its id and link type) that stays.</summary>
    private async Task<List<ServiceAttribute>> AttributesAsync(Service service, ServiceInput input, CancellationToken cancellationToken)
    {
        var needTerms = input.Needs.Distinct().Where(n => NeedTaxonomy.Needs.Contains(n)).Select(NeedTaxonomy.TermId).ToList();
        var others = input.TermIds.Distinct().Where(t => NeedTaxonomy.NeedOf(t) is null).ToList();
        var known = await db.TaxonomyTerms.Where(t => others.Contains(t.Id)).CountAsync(cancellationToken);
        if (known != others.Count)
        {
            throw new DomainException("Select taxonomy terms from the list", nameof(ServiceInput.TermIds));
        }

        return [.. needTerms.Concat(others).Select(termId =>
            service.Attributes.FirstOrDefault(a => a.TaxonomyTermId == termId) ?? new ServiceAttribute { TaxonomyTermId = termId })];
    }

    /// <summary>
    /// Where the service runs: existing locations (by id) are changed, new ones added, and ones no longer given are
    /// unlinked (and removed when no other service uses them). A known postcode gives the place its coordinates.
    /// </summary>
    private async Task<List<DomainException>> PlaceAsync(
        Service service, IReadOnlyList<LocationInput> inputs, List<(ServiceAtLocation At, Location Location)> existing, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var errors = new List<DomainException>();
        var kept = new HashSet<Guid>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"{nameof(ServiceInput.Locations)}[{i}]";
            string? postcode;
            try
            {
                postcode = Domain.People.Postcode.NormaliseOptional(input.Postcode, $"{field}.Postcode");
            }
            catch (DomainException error)
            {
                errors.Add(error);
                continue;
            }

            var current = existing.FirstOrDefault(e => input.Id is { } id && e.Location.Id == id);
            var location = current.Location;
            var coordinates = postcode is null ? null
                : await db.PostcodeCentroids.AsNoTracking().Where(c => c.Postcode == postcode)
                    .Select(c => new GeoPoint(c.Latitude, c.Longitude)).Cast<GeoPoint?>().FirstOrDefaultAsync(cancellationToken);
            var keepCoordinates = location is not null && location.Postcode == postcode && location.HasCoordinates;
            var details = new LocationDetails(
                LocationType.Physical, input.Name,
                Latitude: keepCoordinates ? location!.Latitude : coordinates?.Latitude,
                Longitude: keepCoordinates ? location!.Longitude : coordinates?.Longitude);
            try
            {
                var address = new Address
                {
                    Address1 = input.Address1 ?? string.Empty,
                    Address2 = input.Address2,
                    City = input.City,
                    PostalCode = postcode,
                    Country = "GB",
                    Id = location is { Addresses.Count: > 0 } ? location.Addresses[0].Id : Guid.Empty,
                };
                if (location is null)
                {
                    location = Location.Create(details, service.OrganisationId, now);
                    location.ReplaceAddresses([address], now);
                    db.Locations.Add(location);
                    db.ServiceAtLocations.Add(ServiceAtLocation.Create(service.Id, location.Id, null, now));
                }
                else
                {
                    location.Update(details with { Description = location.Description, Url = location.Url }, location.OrganisationId, now);
                    location.ReplaceAddresses([address, .. location.Addresses.Skip(1)], now);
                    kept.Add(location.Id);
                }
            }
            catch (DomainException error)
            {
                errors.Add(new DomainException(error.Message, $"{field}.{LocationField(error.Field)}"));
            }
        }

        foreach (var (at, location) in existing.Where(e => !kept.Contains(e.Location.Id)))
        {
            db.ServiceAtLocations.Remove(at);
            if (!await db.ServiceAtLocations.AnyAsync(other => other.LocationId == location.Id && other.ServiceId != service.Id, cancellationToken))
            {
                db.Locations.Remove(location);
            }
        }

        return errors;
    }

    private static string LocationField(string? field) => field switch
    {
        { } f when f.EndsWith(".Address1", StringComparison.Ordinal) => "Address1",
        { } f when f.EndsWith(".Address2", StringComparison.Ordinal) => "Address2",
        { } f when f.EndsWith(".City", StringComparison.Ordinal) => "City",
        { } f when f.EndsWith(".PostalCode", StringComparison.Ordinal) => "Postcode",
        _ => "Name",
    };

    private async Task<(Guid Id, string Name)> OrganisationAsync(ClaimsPrincipal user, Guid? chosen, CancellationToken cancellationToken)
    {
        var organisationId = DirectoryAccess.PartnerOrganisation(user)
            ?? (DirectoryAccess.MaintainsWholeDirectory(user) ? chosen : null)
            ?? throw new DomainErrorsException([new DomainException("Select the organisation that runs the service", nameof(ServiceInput.OrganisationId))]);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId && o.IsActive)
            .Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainErrorsException([new DomainException("Select the organisation that runs the service", nameof(ServiceInput.OrganisationId))]);
        return (organisation.Id, organisation.Name);
    }

    private static void Collect(List<DomainException> errors, Action step)
    {
        try
        {
            step();
        }
        catch (DomainException error)
        {
            errors.Add(error);
        }
    }

    private static void ThrowIfAny(List<DomainException> errors)
    {
        if (errors.Count > 0)
        {
            throw new DomainErrorsException(errors);
        }
    }
}

/// <summary>The weekly sessions the listing form edits, as opposed to schedules it leaves alone.</summary>
public static class WeeklySessions
{
    /// <summary>Whether a schedule is one row of the simple weekly form: weekly (or unstated), one day, no other rules.</summary>
    public static bool IsSimple(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Freq is null or ScheduleFrequency.Weekly && schedule.Interval is null or 1 && schedule.ByDay is { } day
            && Schedule.Days.Contains(day) && schedule.ByMonthDay is null && schedule.Description is null && schedule.Notes is null
            && schedule.ValidFrom is null && schedule.ValidTo is null && schedule.DtStart is null && schedule.ScheduleLink is null
            && schedule.AttendingType is null;
    }
}
