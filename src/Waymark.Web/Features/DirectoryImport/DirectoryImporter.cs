using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>
/// Imports a directory feed: upserts each service with its children, organisation, locations, services at locations
/// and taxonomy terms by id. Quarantine by record: a service and everything in it is one record, checked through the
/// domain; a record with any mistake (or whose organisation or a location has one) is left out whole and every
/// mistake is reported by kind, id and field; all other records are imported. Re-runnable: a record that matches
/// what is stored is left alone and counted unchanged, and <c>last_modified</c> is the feed's own when it gives one.
/// Waymark's own fields (delivery modes, waiting time, referral method, requirements, verification) are never
/// overwritten: a new service gets in person or online from its locations, and link workers fill in the rest. Written
/// in batches, one transaction each, so large feeds import at a steady pace.
/// </summary>
public sealed class DirectoryImporter(AppDbContext db, TimeProvider clock)
{
    // Only to check a service whose organisation is missing, so the rest of its mistakes are reported too; never saved.
    private static readonly Guid UnknownOrganisation = new("00000000-0000-0000-0000-00000000000f");

    private static readonly JsonSerializerOptions FingerprintOptions = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async Task<DirectoryImportReport> ExecuteAsync(
        DirectoryFeed feed, DirectoryImportOptions? options = null, IProgress<DirectoryImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        options ??= new DirectoryImportOptions();
        var report = new DirectoryImportReport { DryRun = options.DryRun, Total = feed.Services.Count };
        report.AddRange(feed.Problems);
        report.Unread.AddRange(feed.Unread);
        if (!options.DryRun)
        {
            await db.EnsureNeedTaxonomyAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        var run = new HashSet<Guid>();
        var done = 0;
        progress?.Report(new DirectoryImportProgress(0, feed.Services.Count));
        foreach (var batch in feed.Services.Chunk(Math.Max(1, options.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (options.DryRun)
            {
                // Links to need terms must hold as they would for real; rolled back with the rest.
                await db.EnsureNeedTaxonomyAsync(cancellationToken);
            }

            var state = await LoadAsync(batch, cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var service in batch)
            {
                Import(service, state, report, run, now);
            }

            await RenameOtherListingsAsync(state, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (options.DryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            done += batch.Length;
            progress?.Report(new DirectoryImportProgress(done, feed.Services.Count));
        }

        return report;
    }

    private async Task<BatchState> LoadAsync(FeedService[] batch, CancellationToken cancellationToken)
    {
        var serviceIds = batch.Select(s => s.Id).Distinct().ToList();
        var organisationIds = batch.Select(s => s.Organisation?.Id ?? s.OrganisationId).OfType<Guid>().Distinct().ToList();
        var locationIds = batch.SelectMany(s => s.ServiceAtLocations ?? []).Select(x => x.Location.Id).Distinct().ToList();
        var termIds = batch.SelectMany(s => s.Attributes ?? []).Select(a => a.TermId).Distinct().ToList();
        var taxonomyIds = batch.SelectMany(s => s.Attributes ?? []).Select(a => a.Term?.Taxonomy?.Id).OfType<Guid>().Distinct().ToList();
        return new BatchState(
            await db.Services.Where(s => serviceIds.Contains(s.Id)).AsSplitQuery().ToDictionaryAsync(s => s.Id, cancellationToken),
            await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken),
            await db.Locations.Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken),
            await db.ServiceAtLocations.Where(x => serviceIds.Contains(x.ServiceId)).ToListAsync(cancellationToken),
            await db.TaxonomyTerms.Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken),
            await db.Taxonomies.Where(t => taxonomyIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken));
    }

    private void Import(FeedService feed, BatchState state, DirectoryImportReport report, HashSet<Guid> reportedOrganisations, DateTimeOffset now)
    {
        var check = new RecordCheck(feed.FeedId);
        check.AddRange(feed.Problems);
        var stamp = feed.LastModified ?? now;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        state.Services.TryGetValue(feed.Id, out var existing);

        // The organisation: checked whole; a service whose organisation is wrong is refused with it.
        Organisation? organisation = null;
        Organisation? checkedOrganisation = null;
        if (feed.Organisation is { } given)
        {
            var organisationCheck = new RecordCheck(given.FeedId, "organisation");
            organisationCheck.AddRange(given.Problems);
            organisationCheck.Try(string.Empty, () =>
            {
                checkedOrganisation = Organisation.Create(given.Name, OrganisationKind.Partner, null, stamp, given.Id == Guid.Empty ? null : given.Id);
                checkedOrganisation.UpdateDirectoryDetails(given.Details, today);
            });
            if (organisationCheck.Failed)
            {
                checkedOrganisation = null;
                if (reportedOrganisations.Add(given.Id))
                {
                    report.AddRange(organisationCheck.Problems);
                }

                check.Fail("Organization", $"Refused because its organisation {given.FeedId} has mistakes (listed under that organisation) – correct them and import again");
            }

            state.Organisations.TryGetValue(given.Id, out organisation);
        }
        else if (feed.OrganisationId is { } organisationId)
        {
            if (!state.Organisations.TryGetValue(organisationId, out organisation))
            {
                check.Fail("Organization", $"The feed names organisation {feed.OrganisationFeedId} but does not include it – include the organization in the service, or import the organisation first");
            }
        }
        else if (existing is null)
        {
            check.Fail("Organization", "Give the organisation that runs the service");
        }

        // A list item may leave the organisation out of a service already stored: it stays where it is.
        var organisationName = checkedOrganisation?.Name ?? organisation?.Name ?? existing?.OrganisationName;
        var ownerId = organisation?.Id ?? checkedOrganisation?.Id ?? existing?.OrganisationId;
        if (existing is not null && ownerId is { } owner && existing.OrganisationId != owner)
        {
            check.Fail("Organization", "The service is listed under another organisation in Waymark – a service cannot move between organisations; give it a new id");
        }

        // Taxonomy terms: a term the feed defines is created or updated; one it only names must already exist.
        var attributes = new List<ServiceAttribute>();
        var terms = new List<(TaxonomyTerm Checked, FeedTerm Feed)>();
        var taxonomies = new List<Taxonomy>();
        foreach (var (attribute, index) in (feed.Attributes ?? []).Select((a, i) => (a, i)))
        {
            var field = $"Attributes[{index}]";
            attributes.Add(new ServiceAttribute { Id = attribute.Id, LinkType = attribute.LinkType, TaxonomyTermId = attribute.TermId });
            var isNeed = NeedTaxonomy.NeedOf(attribute.TermId) is not null;
            if (attribute.Term is { } term && !isNeed)
            {
                check.Try(field + ".TaxonomyTerm", () => terms.Add((TaxonomyTerm.Create(term.Details, term.Id), term)));
                if (term.Taxonomy is { } taxonomy && !state.Taxonomies.ContainsKey(taxonomy.Id))
                {
                    check.Try(field + ".TaxonomyTerm.Taxonomy", () => taxonomies.Add(Taxonomy.Create(taxonomy.Name, taxonomy.Description, taxonomy.Uri, taxonomy.Version, taxonomy.Id)));
                }
            }
            else if (!isNeed && !state.Terms.ContainsKey(attribute.TermId))
            {
                check.Fail(field + ".TaxonomyTermId", $"The feed names taxonomy term {attribute.TermFeedId} but does not define it – include the term with its name, or add the term to Waymark first");
            }
        }

        // Locations and the service at each.
        var locations = new List<(Location Checked, Location? Existing, FeedLocation Feed)>();
        var atLocations = new List<(ServiceAtLocation Checked, ServiceAtLocation? Existing, FeedServiceAtLocation Feed)>();
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
            Location? location = null;
            check.Try(prefix + ".Location", () => location = Location.Create(at.Location.Details, existingLocation?.OrganisationId, stamp, at.Location.Id));
            if (location is not null)
            {
                var l = location;
                check.Try(prefix + ".Location", () => l.ReplaceAddresses(at.Location.Addresses ?? existingLocation?.Addresses, stamp));
                check.Try(prefix + ".Location", () => l.ReplaceAccessibility(at.Location.Accessibility ?? existingLocation?.Accessibility, stamp));
                check.Try(prefix + ".Location", () => l.ReplaceLanguages(at.Location.Languages ?? existingLocation?.Languages, stamp));
                check.Try(prefix + ".Location", () => l.ReplacePhones(at.Location.Phones ?? existingLocation?.Phones, stamp));
                check.Try(prefix + ".Location", () => l.ReplaceSchedules(at.Location.Schedules ?? existingLocation?.Schedules, stamp));
                locations.Add((l, existingLocation, at.Location));
            }

            var existingAt = state.AtLocations.FirstOrDefault(x => x.Id == at.Id) ?? state.AtLocations.FirstOrDefault(x => x.ServiceId == feed.Id && x.LocationId == at.Location.Id);
            if (existingAt is not null && (existingAt.ServiceId != feed.Id || existingAt.LocationId != at.Location.Id))
            {
                check.Fail(prefix + ".Id", $"This service at a location id is already used for another service or location – give it its own id");
                continue;
            }

            check.Try(prefix, () =>
            {
                var checkedAt = ServiceAtLocation.Create(feed.Id == Guid.Empty ? UnknownOrganisation : feed.Id, at.Location.Id, at.Description, stamp, existingAt?.Id ?? at.Id);
                checkedAt.ReplaceSchedules(at.Schedules ?? existingAt?.Schedules, stamp);
                checkedAt.ReplacePhones(at.Phones ?? existingAt?.Phones, stamp);
                checkedAt.ReplaceContacts(at.Contacts ?? existingAt?.Contacts, stamp);
                atLocations.Add((checkedAt, existingAt, at));
            });
        }

        // The service itself, checked on a fresh copy so nothing stored changes until the whole record is right.
        var service = CheckedService(feed, ownerId ?? UnknownOrganisation, organisationName ?? "Unknown organisation", stamp, check);
        var status = Status(feed, existing, check);
        if (service is not null)
        {
            var s = service;
            check.Try(string.Empty, () => s.ReplacePhones(feed.Phones ?? existing?.Phones, stamp));
            check.Try(string.Empty, () => s.ReplaceSchedules(feed.Schedules ?? existing?.Schedules, stamp));
            check.Try(string.Empty, () => s.ReplaceServiceAreas(feed.ServiceAreas ?? existing?.ServiceAreas, stamp));
            check.Try(string.Empty, () => s.ReplaceLanguages(feed.Languages ?? existing?.Languages, stamp));
            check.Try(string.Empty, () => s.ReplaceCostOptions(feed.CostOptions ?? existing?.CostOptions, stamp));
            check.Try(string.Empty, () => s.ReplaceContacts(feed.Contacts ?? existing?.Contacts, stamp));
            check.Try(string.Empty, () => s.ReplaceRequiredDocuments(feed.RequiredDocuments ?? existing?.RequiredDocuments, stamp));
            check.Try(string.Empty, () => s.ReplaceFunding(feed.Funding ?? existing?.Funding, stamp));
            check.Try(string.Empty, () => s.ReplaceAttributes(feed.Attributes is null ? existing?.Attributes : attributes, stamp));
            if (existing is not null)
            {
                check.Try(string.Empty, () => existing.Requirements.Validated(s.CostOptions));
            }

            if (status is { } target && target is OperatingStatus.Paused or OperatingStatus.Closed)
            {
                check.Try(string.Empty, () => s.ChangeStatus(target, StatusReason(feed.Status), null, today, stamp));
            }
        }

        if (check.Failed || service is null)
        {
            report.AddRange(check.Problems);
            report.Refused++;
            return;
        }

        // Everything is right: write what differs from what is stored.
        var changed = false;
        if (checkedOrganisation is not null)
        {
            if (organisation is null)
            {
                db.Organisations.Add(checkedOrganisation);
                state.Organisations[checkedOrganisation.Id] = checkedOrganisation;
                report.OrganisationsCreated++;
                changed = true;
            }
            else if (Fingerprint(OrganisationShape(organisation)) != Fingerprint(OrganisationShape(checkedOrganisation)))
            {
                if (organisation.Name != checkedOrganisation.Name)
                {
                    state.Renamed[organisation.Id] = checkedOrganisation.Name;
                }

                organisation.Update(checkedOrganisation.Name, organisation.OdsCode);
                organisation.UpdateDirectoryDetails(feed.Organisation!.Details, today);
                report.OrganisationsUpdated++;
                changed = true;
            }
        }

        foreach (var taxonomy in taxonomies.Where(t => !state.Taxonomies.ContainsKey(t.Id)))
        {
            db.Taxonomies.Add(taxonomy);
            state.Taxonomies[taxonomy.Id] = taxonomy;
        }

        foreach (var (term, feedTerm) in terms)
        {
            if (!state.Terms.TryGetValue(term.Id, out var stored))
            {
                db.TaxonomyTerms.Add(term);
                state.Terms[term.Id] = term;
                report.TermsCreated++;
                changed = true;
            }
            else if (Fingerprint(TermShape(stored)) != Fingerprint(TermShape(term)))
            {
                stored.Update(feedTerm.Details);
                changed = true;
            }
        }

        foreach (var (location, stored, feedLocation) in locations)
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
                stored.Update(feedLocation.Details, stored.OrganisationId, stamp);
                stored.ReplaceAddresses(location.Addresses, stamp);
                stored.ReplaceAccessibility(location.Accessibility, stamp);
                stored.ReplaceLanguages(location.Languages, stamp);
                stored.ReplacePhones(location.Phones, stamp);
                stored.ReplaceSchedules(location.Schedules, stamp);
                report.LocationsUpdated++;
                changed = true;
            }
        }

        var created = existing is null;
        if (existing is null)
        {
            service.SetDelivery(InferredDelivery(feed), null, acceptingReferrals: true, stamp);
            db.Services.Add(service);
            state.Services[service.Id] = service;
        }
        else if (Fingerprint(ServiceShape(existing)) != Fingerprint(ServiceShape(service)))
        {
            Apply(existing, service, feed, status, stamp, today);
            changed = true;
        }

        foreach (var (at, stored, feedAt) in atLocations)
        {
            if (stored is null)
            {
                db.ServiceAtLocations.Add(at);
                state.AtLocations.Add(at);
                changed = true;
            }
            else if (Fingerprint(AtLocationShape(stored)) != Fingerprint(AtLocationShape(at)))
            {
                stored.Describe(feedAt.Description, stamp);
                stored.ReplaceSchedules(at.Schedules, stamp);
                stored.ReplacePhones(at.Phones, stamp);
                stored.ReplaceContacts(at.Contacts, stamp);
                changed = true;
            }
        }

        if (feed.ServiceAtLocations is not null)
        {
            var kept = atLocations.Select(a => a.Checked.LocationId).ToHashSet();
            foreach (var gone in state.AtLocations.Where(x => x.ServiceId == feed.Id && !kept.Contains(x.LocationId)).ToList())
            {
                db.ServiceAtLocations.Remove(gone);
                state.AtLocations.Remove(gone);
                changed = true;
            }
        }

        if (created)
        {
            report.Created++;
        }
        else if (changed)
        {
            report.Updated++;
        }
        else
        {
            report.Unchanged++;
        }
    }

    /// <summary>
    /// The service's own fields checked on a fresh listing. The domain stops at the first mistake, so each mistake
    /// found is noted and that field set aside, and the check runs again, to report every field at fault at once.
    /// </summary>
    private static Service? CheckedService(FeedService feed, Guid ownerId, string organisationName, DateTimeOffset stamp, RecordCheck check)
    {
        var details = feed.Details;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                var service = Service.Create(ownerId, organisationName, details, stamp, feed.Id == Guid.Empty ? null : feed.Id);
                return service;
            }
            catch (DomainException ex)
            {
                check.Fail(ex.Field, ex.Message);
                var without = Without(details, ex.Field);
                if (without is null)
                {
                    return null;
                }

                details = without;
            }
        }

        return null;
    }

    private static ServiceDetails? Without(ServiceDetails details, string? field) => field switch
    {
        nameof(ServiceDetails.Name) => details with { Name = "Unnamed" },
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

    /// <summary>Other listings of a renamed organisation carry its name too (for their search text).</summary>
    private async Task RenameOtherListingsAsync(BatchState state, CancellationToken cancellationToken)
    {
        foreach (var (organisationId, name) in state.Renamed)
        {
            var others = await db.Services.Where(s => s.OrganisationId == organisationId && s.OrganisationName != name).ToListAsync(cancellationToken);
            foreach (var other in others.Where(o => o.OrganisationName != name))
            {
                other.OrganisationRenamed(name, other.LastModified);
            }
        }
    }

    private static string Fingerprint(object shape) => JsonSerializer.Serialize(shape, FingerprintOptions);

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

    private static object OrganisationShape(Organisation o) => new
    {
        o.Name,
        o.Description,
        o.Website,
        o.Email,
        o.Logo,
        o.Uri,
        o.LegalStatus,
        o.YearIncorporated,
        o.ParentOrganisationId,
        o.Identifiers,
    };

    private static object TermShape(TaxonomyTerm t) => new { t.Code, t.Name, t.Description, t.ParentId, t.TaxonomyName, t.TaxonomyId, t.Language, t.TermUri };

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

    /// <summary>What one batch found stored, and what it has added so far (so a feed naming a record twice finds the first).</summary>
    private sealed record BatchState(
        Dictionary<Guid, Service> Services,
        Dictionary<Guid, Organisation> Organisations,
        Dictionary<Guid, Location> Locations,
        List<ServiceAtLocation> AtLocations,
        Dictionary<Guid, TaxonomyTerm> Terms,
        Dictionary<Guid, Taxonomy> Taxonomies)
    {
        public Dictionary<Guid, string> Renamed { get; } = [];
    }

    /// <summary>Collects every mistake in one record, each with its field (<c>Schedules[0].ClosesAt</c>), instead of stopping at the first.</summary>
    private sealed class RecordCheck(string id, string kind = "service")
    {
        private readonly List<ImportProblem> _problems = [];

        public IReadOnlyList<ImportProblem> Problems => _problems;

        public bool Failed => _problems.Count > 0;

        public void Fail(string? field, string message) => _problems.Add(new ImportProblem(kind, id, field, message));

        public void AddRange(IEnumerable<ImportProblem> problems)
        {
            foreach (var problem in problems)
            {
                Fail(problem.Field, problem.Message);
            }
        }

        public void Try(string prefix, Action action)
        {
            try
            {
                action();
            }
            catch (DomainException ex)
            {
                var field = string.IsNullOrEmpty(prefix) ? ex.Field : ex.Field is null ? prefix : $"{prefix}.{ex.Field}";
                Fail(field, ex.Message);
            }
        }
    }
}
