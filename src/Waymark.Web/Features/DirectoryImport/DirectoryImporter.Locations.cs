using Waymark.Domain.Directory;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>The places a service runs at: each location and the service at it, checked with the service and written after it.</summary>
public sealed partial class DirectoryImporter
{
    private static void CheckLocations(RecordPlan record, BatchState state, RecordCheck check)
    {
        var feed = record.Feed;
        var stamp = record.Stamp;
        var seenLocations = new HashSet<Guid>();
        foreach (var (at, index) in (feed.ServiceAtLocations ?? []).Select((x, i) => (x, i)))
        {
            var prefix = $"ServiceAtLocations[{index}]";
            if (!seenLocations.Add(at.Location.Id))
            {
                check.Fail(prefix + ".Location", "The service is at this location twice – list each location once");
                continue;
            }

            state.Locations.TryGetValue(at.Location.Id, out var existingLocation);
            if (CheckedLocation(at.Location, existingLocation, stamp, prefix + ".Location", check) is { } location)
            {
                record.Locations.Add((location, existingLocation, at.Location));
            }

            var existingAt = state.AtLocations.FirstOrDefault(x => x.Id == at.Id) ?? state.AtLocations.FirstOrDefault(x => x.ServiceId == feed.Id && x.LocationId == at.Location.Id);
            if (existingAt is not null && (existingAt.ServiceId != feed.Id || existingAt.LocationId != at.Location.Id))
            {
                check.Fail(prefix + ".Id", "This service at a location id is already used for another service or location – give it its own id");
                continue;
            }

            ServiceAtLocation? checkedAt = null;
            check.Try(prefix, () => checkedAt = ServiceAtLocation.Create(feed.Id == Guid.Empty ? UnknownOrganisation : feed.Id, at.Location.Id, at.Description, stamp, existingAt?.Id ?? at.Id));
            if (checkedAt is { } c)
            {
                check.EachItem(prefix, nameof(ServiceAtLocation.Schedules), at.Schedules ?? existingAt?.Schedules, list => c.ReplaceSchedules(list, stamp));
                check.EachItem(prefix, nameof(ServiceAtLocation.Phones), at.Phones ?? existingAt?.Phones, list => c.ReplacePhones(list, stamp));
                check.EachItem(prefix, nameof(ServiceAtLocation.Contacts), at.Contacts ?? existingAt?.Contacts, list => c.ReplaceContacts(list, stamp));
                record.AtLocations.Add((c, existingAt, at));
            }
        }
    }

    /// <summary>The location on a fresh copy, every field and list item at fault noted; what the feed leaves out is kept as stored.</summary>
    private static Location? CheckedLocation(FeedLocation given, Location? existing, DateTimeOffset stamp, string prefix, RecordCheck check)
    {
        Location? location = null;
        check.Each(prefix, given.Details, details => location = Location.Create(details, existing?.OrganisationId, stamp, given.Id), Without);
        if (location is not { } l)
        {
            return null;
        }

        check.EachItem(prefix, nameof(Location.Addresses), given.Addresses ?? existing?.Addresses, list => l.ReplaceAddresses(list, stamp));
        check.EachItem(prefix, nameof(Location.Accessibility), given.Accessibility ?? existing?.Accessibility, list => l.ReplaceAccessibility(list, stamp));
        check.EachItem(prefix, nameof(Location.Languages), given.Languages ?? existing?.Languages, list => l.ReplaceLanguages(list, stamp));
        check.EachItem(prefix, nameof(Location.Phones), given.Phones ?? existing?.Phones, list => l.ReplacePhones(list, stamp));
        check.EachItem(prefix, nameof(Location.Schedules), given.Schedules ?? existing?.Schedules, list => l.ReplaceSchedules(list, stamp));
        return l;
    }

    private static LocationDetails? Without(LocationDetails details, string? field) => field switch
    {
        nameof(LocationDetails.LocationType) => details with { LocationType = LocationType.Physical },
        nameof(LocationDetails.Latitude) or nameof(LocationDetails.Longitude) => details with { Latitude = null, Longitude = null },
        nameof(LocationDetails.Name) => details with { Name = null },
        nameof(LocationDetails.Description) => details with { Description = null },
        nameof(LocationDetails.ExternalIdentifier) => details with { ExternalIdentifier = null },
        nameof(LocationDetails.ExternalIdentifierType) => details with { ExternalIdentifierType = null },
        nameof(LocationDetails.Url) => details with { Url = null },
        _ => null,
    };

    private bool WriteLocations(RecordPlan record, BatchState state, DirectoryImportReport report)
    {
        var changed = false;
        foreach (var (location, stored, feedLocation) in record.Locations)
        {
            if (stored is null)
            {
                if (!state.Locations.ContainsKey(location.Id))
                {
                    db.Locations.Add(location);
                    state.Locations[location.Id] = location;
                    report.LocationsCreated++;
                    changed = true;
                }
            }
            else if (Fingerprint(LocationShape(stored)) != Fingerprint(LocationShape(location)))
            {
                stored.Update(feedLocation.Details, stored.OrganisationId, record.Stamp);
                stored.ReplaceAddresses(location.Addresses, record.Stamp);
                stored.ReplaceAccessibility(location.Accessibility, record.Stamp);
                stored.ReplaceLanguages(location.Languages, record.Stamp);
                stored.ReplacePhones(location.Phones, record.Stamp);
                stored.ReplaceSchedules(location.Schedules, record.Stamp);
                report.LocationsUpdated++;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Adds or updates the service at each location, and (when the feed lists them) removes the ones it no longer names.</summary>
    private bool WriteServiceAtLocations(RecordPlan record, BatchState state)
    {
        var changed = false;
        foreach (var (at, stored, feedAt) in record.AtLocations)
        {
            if (stored is null)
            {
                db.ServiceAtLocations.Add(at);
                state.AtLocations.Add(at);
                changed = true;
            }
            else if (Fingerprint(AtLocationShape(stored)) != Fingerprint(AtLocationShape(at)))
            {
                stored.Describe(feedAt.Description, record.Stamp);
                stored.ReplaceSchedules(at.Schedules, record.Stamp);
                stored.ReplacePhones(at.Phones, record.Stamp);
                stored.ReplaceContacts(at.Contacts, record.Stamp);
                changed = true;
            }
        }

        if (record.Feed.ServiceAtLocations is not null)
        {
            var kept = record.AtLocations.Select(a => a.Checked.LocationId).ToHashSet();
            foreach (var gone in state.AtLocations.Where(x => x.ServiceId == record.Feed.Id && !kept.Contains(x.LocationId)).ToList())
            {
                db.ServiceAtLocations.Remove(gone);
                state.AtLocations.Remove(gone);
                changed = true;
            }
        }

        return changed;
    }

    private static object LocationShape(Location l) => new
    {
        l.LocationType,
        l.Name,
        l.Description,
        l.Latitude,
        l.Longitude,
        l.ExternalIdentifier,
        l.ExternalIdentifierType,
        l.Url,
        l.Addresses,
        l.Accessibility,
        l.Languages,
        l.Phones,
        l.Schedules,
    };

    private static object AtLocationShape(ServiceAtLocation x) => new { x.ServiceId, x.LocationId, x.Description, x.Schedules, x.Phones, x.Contacts };
}
