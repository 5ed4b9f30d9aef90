using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
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
/// in batches, one transaction each, so large feeds import at a steady pace. The checks and writes of each kind of
/// record are in the other parts of this class (Organisations, Locations, Services).
/// </summary>
public sealed partial class DirectoryImporter(AppDbContext db, TimeProvider clock)
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

    /// <summary>Checks one record whole, then (only when all of it is right) writes what differs from what is stored.</summary>
    private void Import(FeedService feed, BatchState state, DirectoryImportReport report, HashSet<Guid> reportedOrganisations, DateTimeOffset now)
    {
        var check = new RecordCheck(feed.FeedId);
        check.AddRange(feed.Problems);
        var record = new RecordPlan(feed, feed.LastModified ?? now, DateOnly.FromDateTime(now.UtcDateTime));
        state.Services.TryGetValue(feed.Id, out var existing);
        record.Existing = existing;

        CheckOrganisation(record, state, report, reportedOrganisations, check);
        CheckTerms(record, state, check);
        CheckLocations(record, state, check);
        CheckService(record, check);
        if (check.Failed || record.Service is null)
        {
            report.AddRange(check.Problems);
            report.Refused++;
            return;
        }

        var changed = WriteOrganisation(record, state, report);
        changed |= WriteTerms(record, state, report);
        changed |= WriteLocations(record, state, report);
        var created = WriteService(record, state, ref changed);
        changed |= WriteServiceAtLocations(record, state);
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

    private static string Fingerprint(object shape) => JsonSerializer.Serialize(shape, FingerprintOptions);

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

    /// <summary>One record on its way in: the feed's service, what is stored of it, and each part once checked.</summary>
    private sealed class RecordPlan(FeedService feed, DateTimeOffset stamp, DateOnly today)
    {
        public FeedService Feed { get; } = feed;

        /// <summary>When the record was last changed: the feed's own <c>last_modified</c>, or now.</summary>
        public DateTimeOffset Stamp { get; } = stamp;

        public DateOnly Today { get; } = today;

        public Service? Existing { get; set; }

        /// <summary>The stored organisation the service belongs to (null when it is new or not given).</summary>
        public Organisation? Organisation { get; set; }

        /// <summary>The feed's organisation checked on a fresh copy (null when the feed only names it, or it is wrong).</summary>
        public Organisation? CheckedOrganisation { get; set; }

        public List<ServiceAttribute> Attributes { get; } = [];

        public List<(TaxonomyTerm Checked, FeedTerm Feed)> Terms { get; } = [];

        public List<Taxonomy> Taxonomies { get; } = [];

        public List<(Location Checked, Location? Existing, FeedLocation Feed)> Locations { get; } = [];

        public List<(ServiceAtLocation Checked, ServiceAtLocation? Existing, FeedServiceAtLocation Feed)> AtLocations { get; } = [];

        /// <summary>The service checked on a fresh copy, so nothing stored changes until the whole record is right.</summary>
        public Service? Service { get; set; }

        public OperatingStatus? Status { get; set; }
    }
}
