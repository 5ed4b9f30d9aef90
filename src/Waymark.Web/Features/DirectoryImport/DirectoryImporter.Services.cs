using Waymark.Domain.Directory;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>The service itself: its ORUK fields and child lists checked on a fresh copy, then written over the stored listing.</summary>
public sealed partial class DirectoryImporter
{
    private static void CheckService(RecordPlan record, RecordCheck check)
    {
        var (feed, existing, stamp) = (record.Feed, record.Existing, record.Stamp);
        var service = CheckedService(feed, OwnerId(record) ?? UnknownOrganisation, OrganisationName(record) ?? "Unknown organisation", stamp, check);
        record.Status = Status(feed, existing, check);
        if (service is not { } s)
        {
            return;
        }

        check.EachItem(string.Empty, nameof(Service.Phones), feed.Phones ?? existing?.Phones, list => s.ReplacePhones(list, stamp));
        check.EachItem(string.Empty, nameof(Service.Schedules), feed.Schedules ?? existing?.Schedules, list => s.ReplaceSchedules(list, stamp));
        check.EachItem(string.Empty, nameof(Service.ServiceAreas), feed.ServiceAreas ?? existing?.ServiceAreas, list => s.ReplaceServiceAreas(list, stamp));
        check.EachItem(string.Empty, nameof(Service.Languages), feed.Languages ?? existing?.Languages, list => s.ReplaceLanguages(list, stamp));
        check.EachItem(string.Empty, nameof(Service.CostOptions), feed.CostOptions ?? existing?.CostOptions, list => s.ReplaceCostOptions(list, stamp));
        check.EachItem(string.Empty, nameof(Service.Contacts), feed.Contacts ?? existing?.Contacts, list => s.ReplaceContacts(list, stamp));
        check.EachItem(string.Empty, nameof(Service.RequiredDocuments), feed.RequiredDocuments ?? existing?.RequiredDocuments, list => s.ReplaceRequiredDocuments(list, stamp));
        check.EachItem(string.Empty, nameof(Service.Funding), feed.Funding ?? existing?.Funding, list => s.ReplaceFunding(list, stamp));
        check.EachItem(string.Empty, nameof(Service.Attributes), feed.Attributes is null ? existing?.Attributes : (IReadOnlyList<ServiceAttribute>)record.Attributes, list => s.ReplaceAttributes(list, stamp));
        if (existing is not null)
        {
            check.Try(string.Empty, () => existing.Requirements.Validated(s.CostOptions));
        }

        if (record.Status is { } target && target is OperatingStatus.Paused or OperatingStatus.Closed)
        {
            check.Try(string.Empty, () => s.ChangeStatus(target, StatusReason(feed.Status), null, record.Today, stamp));
        }

        record.Service = s;
    }

    /// <summary>Adds a new listing, or copies the checked one's ORUK fields onto the stored one; true when it is new.</summary>
    private bool WriteService(RecordPlan record, BatchState state, ref bool changed)
    {
        var service = record.Service!;
        if (record.Existing is not { } existing)
        {
            service.SetDelivery(InferredDelivery(record.Feed), null, acceptingReferrals: true, record.Stamp);
            db.Services.Add(service);
            state.Services[service.Id] = service;
            return true;
        }

        if (Fingerprint(ServiceShape(existing)) != Fingerprint(ServiceShape(service)))
        {
            Apply(existing, service, record.Feed, record.Status, record.Stamp, record.Today);
            changed = true;
        }

        return false;
    }

    /// <summary>
    /// The service's own fields checked on a fresh listing. The domain stops at the first mistake, so each mistake
    /// found is noted and that field set aside, and the check runs again, to report every field at fault at once.
    /// </summary>
    private static Service? CheckedService(FeedService feed, Guid ownerId, string organisationName, DateTimeOffset stamp, RecordCheck check)
    {
        Service? service = null;
        var id = feed.Id == Guid.Empty ? (Guid?)null : feed.Id;
        check.Each(string.Empty, feed.Details, details => service = Service.Create(ownerId, organisationName, details, stamp, id), Without);
        return service;
    }

    private static ServiceDetails? Without(ServiceDetails details, string? field) => field switch
    {
        nameof(ServiceDetails.Name) => details.Name == "Unnamed" ? null : details with { Name = "Unnamed" },
        nameof(ServiceDetails.Description) => details with { Description = null },
        nameof(ServiceDetails.AlternateName) => details with { AlternateName = null },
        nameof(ServiceDetails.Url) => details with { Url = null },
        nameof(ServiceDetails.Email) => details with { Email = null },
        nameof(ServiceDetails.InterpretationServices) => details with { InterpretationServices = null },
        nameof(ServiceDetails.ApplicationProcess) => details with { ApplicationProcess = null },
        nameof(ServiceDetails.FeesDescription) => details with { FeesDescription = null },
        nameof(ServiceDetails.Accreditations) => details with { Accreditations = null },
        nameof(ServiceDetails.EligibilityDescription) => details with { EligibilityDescription = null },
        nameof(ServiceDetails.MinimumAge) or nameof(ServiceDetails.MaximumAge) => details with { MinimumAge = null, MaximumAge = null },
        nameof(ServiceDetails.AssurerEmail) => details with { AssurerEmail = null },
        nameof(ServiceDetails.Alert) => details with { Alert = null },
        nameof(ServiceDetails.WaitTime) => details with { WaitTime = null },
        _ => null,
    };

    private static OperatingStatus? Status(FeedService feed, Service? existing, RecordCheck check)
    {
        if (feed.Status is not { } text)
        {
            return null;
        }

        var target = OrukServiceStatus.ToOperatingStatus(text.Trim().ToLowerInvariant());
        if (target is null)
        {
            check.Fail("Status", $"\"{text}\" is not a service status – give active, inactive, defunct or temporarily closed");
            return null;
        }

        if (existing is not null && existing.OrukStatus != OrukServiceStatus.Of(target.Value) && existing.RefusalToChangeTo(target.Value) is { } refusal)
        {
            check.Fail("Status", refusal);
        }

        return target;
    }

    private static string StatusReason(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        OrukServiceStatus.Defunct => "No longer running: the imported directory lists it as defunct",
        OrukServiceStatus.Inactive => "Not running: the imported directory lists it as inactive",
        _ => "Temporarily closed: the imported directory lists it so",
    };

    /// <summary>What the feed shows of how a new service is delivered: in person at a physical place, online at a virtual one.</summary>
    private static DeliveryModes InferredDelivery(FeedService feed)
    {
        var modes = DeliveryModes.None;
        foreach (var at in feed.ServiceAtLocations ?? [])
        {
            modes |= at.Location.Details.LocationType switch
            {
                LocationType.Physical => DeliveryModes.InPerson,
                LocationType.Virtual => DeliveryModes.Online,
                _ => DeliveryModes.None,
            };
        }

        return modes;
    }

    /// <summary>Copies a checked listing's ORUK fields onto the stored one, keeping Waymark's own fields.</summary>
    private static void Apply(Service stored, Service checkedService, FeedService feed, OperatingStatus? status, DateTimeOffset stamp, DateOnly today)
    {
        stored.Update(feed.Details, stamp);
        if (stored.OrganisationName != checkedService.OrganisationName)
        {
            stored.OrganisationRenamed(checkedService.OrganisationName, stamp);
        }

        stored.ReplacePhones(checkedService.Phones, stamp);
        stored.ReplaceSchedules(checkedService.Schedules, stamp);
        stored.ReplaceServiceAreas(checkedService.ServiceAreas, stamp);
        stored.ReplaceLanguages(checkedService.Languages, stamp);
        stored.ReplaceCostOptions(checkedService.CostOptions, stamp);
        stored.ReplaceContacts(checkedService.Contacts, stamp);
        stored.ReplaceRequiredDocuments(checkedService.RequiredDocuments, stamp);
        stored.ReplaceFunding(checkedService.Funding, stamp);
        if (feed.Attributes is not null)
        {
            stored.ReplaceAttributes(checkedService.Attributes, stamp);
        }

        if (status is { } target && stored.OrukStatus != OrukServiceStatus.Of(target))
        {
            stored.ChangeStatus(target, target == OperatingStatus.Running ? null : StatusReason(feed.Status), null, today, stamp);
        }
    }

    private static object ServiceShape(Service s) => new
    {
        s.OrganisationId,
        s.OrganisationName,
        s.Name,
        s.AlternateName,
        s.Description,
        s.Url,
        s.Email,
        s.InterpretationServices,
        s.ApplicationProcess,
        s.FeesDescription,
        s.Accreditations,
        s.EligibilityDescription,
        s.MinimumAge,
        s.MaximumAge,
        s.AssuredDate,
        s.AssurerEmail,
        s.Alert,
        s.WaitTime,
        s.OrukStatus,
        s.Phones,
        s.Schedules,
        s.ServiceAreas,
        s.Languages,
        s.CostOptions,
        s.Contacts,
        s.RequiredDocuments,
        s.Funding,
        s.Attributes,
    };
}
