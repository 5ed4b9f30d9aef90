using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.Referrals;

namespace Waymark.Web.Features.Matching;

/// <summary>
/// The directory as matching needs it, held in memory (<see cref="MatchingSnapshot"/>) so suggesting for a person
/// reads no directory rows: one per process, built from a few lean queries on first use and rebuilt whole when the
/// directory may have changed.
/// <para>
/// Freshness matters more than speed here — a paused service must not be suggested as running — so before each use
/// (<see cref="CurrentAsync"/>) it checks three things and rebuilds when any says the directory may have changed:
/// <list type="number">
/// <item><see cref="DirectoryVersion"/>, which this process moves on after every save (and commit) of directory data
/// through EF Core — pausing, verifying, editing, adding, bulk status changes and imports run in this process;</item>
/// <item>a stamp read from the database, the latest <c>services.LastModified</c> (one seek of its index), which
/// catches services changed by another process (the <c>waymark directory import</c> command, a second web
/// instance);</item>
/// <item>its age: after <c>Matching:IndexMaxAge</c> (default 5 minutes) it is rebuilt anyway, for what the stamp
/// cannot see — another process deleting a service, changing only a location, or importing records whose own
/// <c>last_modified</c> is older than the latest one here.</item>
/// </list>
/// The trade-off: the stamp costs one tiny query per suggestion, a change made by another process that the stamp
/// cannot see may be up to the maximum age old, and the first suggestion after any change waits for a rebuild
/// (about 0.3–0.4 s at 10,000 services and 1.5–1.8 s at 50,000, see <see cref="LastBuildTime"/> and docs/performance.md). Rebuilds are single-flight: callers
/// that find it stale at the same time wait for one rebuild instead of each running their own. The snapshot is never
/// changed once built, so readers need no lock.
/// </para>
/// </summary>
public sealed class MatchingIndex(DirectoryVersion version, TimeProvider clock, IConfiguration configuration) : IDisposable
{
    /// <summary>How long a snapshot is trusted without a change being seen, unless <c>Matching:IndexMaxAge</c> says otherwise.</summary>
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromMinutes(5);

    private readonly TimeSpan _maxAge = configuration.GetValue<TimeSpan?>("Matching:IndexMaxAge") ?? DefaultMaxAge;
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private Built? _current;
    private long _builds;

    /// <summary>How long the last build took (reading the directory and indexing it).</summary>
    public TimeSpan LastBuildTime { get; private set; }

    /// <summary>How many times it has been built in this process.</summary>
    public long Builds => Interlocked.Read(ref _builds);

    /// <summary>The snapshot, rebuilt first if the directory may have changed since it was built.</summary>
    public async Task<MatchingSnapshot> CurrentAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var seen = version.Current;
        var stamp = await StampAsync(db, cancellationToken);
        if (FreshOrNull(seen, stamp) is { } fresh)
        {
            return fresh;
        }

        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have rebuilt while this one waited; read the version and the stamp again so the
            // snapshot built here is no older than what they say.
            seen = version.Current;
            stamp = await StampAsync(db, cancellationToken);
            if (FreshOrNull(seen, stamp) is { } rebuilt)
            {
                return rebuilt;
            }

            var started = clock.GetTimestamp();
            var snapshot = await BuildAsync(db, cancellationToken);
            LastBuildTime = clock.GetElapsedTime(started);
            Volatile.Write(ref _current, new Built(snapshot, seen, stamp, clock.GetTimestamp()));
            Interlocked.Increment(ref _builds);
            return snapshot;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    public void Dispose() => _rebuilding.Dispose();

    private MatchingSnapshot? FreshOrNull(long seen, long? stamp) =>
        Volatile.Read(ref _current) is { } built && built.Version == seen && built.Stamp == stamp && clock.GetElapsedTime(built.At) < _maxAge
            ? built.Snapshot
            : null;

    /// <summary>The latest change to any service, as UTC ticks (the same on both databases); null when there are none.</summary>
    private static async Task<long?> StampAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.Services.AsNoTracking().MaxAsync(s => (DateTimeOffset?)s.LastModified, cancellationToken))?.UtcTicks;

    /// <summary>
    /// Four lean reads: the matching columns of every service (no owned collections, no JSON columns), the links to
    /// need terms, the languages, and every service's location coordinates. Search words are the distinct words of
    /// each service's search text, as the service keeps them, so they are not read again.
    /// </summary>
    private static async Task<MatchingSnapshot> BuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Services.AsNoTracking()
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.OrganisationName,
                s.OperatingStatus,
                s.StatusReason,
                s.ExpectedReturn,
                s.DeliveryModes,
                s.Requirements.NeedsInternet,
                s.Requirements.NeedsToReadEnglish,
                s.Requirements.NeedsToTravel,
                s.Requirements.StepFreeAccess,
                RequiredCost = s.Requirements.Cost,
                s.Cost,
                s.WaitingDays,
                s.AcceptingReferrals,
                s.MinimumAge,
                s.MaximumAge,
                OffersInterpreting = !string.IsNullOrWhiteSpace(s.InterpretationServices),
                s.SearchText,
            })
            .ToListAsync(cancellationToken);

        // The need of each link to a need term, as its number, so each row brings one id to parse, not two.
        var needs = NeedTaxonomy.Needs;
        var links = await db.Database.SqlQuery<NeedLink>(FormattableStringFactory.Create(
                $"""SELECT "ServiceId", CASE "TaxonomyTermId" {string.Concat(needs.Select((n, i) => $"WHEN {{{i}}} THEN {(int)n} "))}END AS "Need" FROM service_attributes WHERE "TaxonomyTermId" IN ({string.Join(", ", needs.Select((_, i) => "{" + i + "}"))})""",
                [.. needs.Select(NeedTaxonomy.TermId).Cast<object>()]))
            .ToListAsync(cancellationToken);
        var languages = await db.Database.SqlQuery<LanguageRow>($"""SELECT "ServiceId", "Code", "Name" FROM service_languages ORDER BY "RowId" """)
            .ToListAsync(cancellationToken);
        var places = await (
            from at in db.ServiceAtLocations.AsNoTracking()
            join location in db.Locations.AsNoTracking() on at.LocationId equals location.Id
            select new { at.ServiceId, location.Latitude, location.Longitude })
            .ToListAsync(cancellationToken);

        var needsOf = links.ToLookup(l => l.ServiceId, l => (NeedCategory)l.Need);
        var languagesOf = languages.ToLookup(l => l.ServiceId, l => new Language { Code = l.Code, Name = l.Name });
        var placesOf = places.ToLookup(p => p.ServiceId);
        return MatchingSnapshot.Create(rows.Select(r =>
        {
            var listed = needsOf[r.Id].ToList();
            var at = placesOf[r.Id].ToList();
            return new IndexedService(
                new MatchingService
                {
                    Id = r.Id,
                    Name = r.Name,
                    OrganisationName = r.OrganisationName,
                    Status = r.OperatingStatus,
                    StatusReason = r.StatusReason,
                    ExpectedReturn = r.ExpectedReturn,
                    DeliveryModes = r.DeliveryModes,
                    Requirements = new ServiceRequirements(r.NeedsInternet, r.NeedsToReadEnglish, r.NeedsToTravel, r.StepFreeAccess, r.RequiredCost),
                    Cost = r.Cost,
                    WaitingDays = r.WaitingDays,
                    AcceptingReferrals = r.AcceptingReferrals,
                    MinimumAge = r.MinimumAge,
                    MaximumAge = r.MaximumAge,
                    OffersInterpreting = r.OffersInterpreting,
                    SearchText = r.SearchText,
                    Needs = [.. listed.Distinct()],
                    Languages = [.. languagesOf[r.Id]],
                },
                listed,
                [.. at.Where(p => p.Latitude is not null && p.Longitude is not null).Select(p => (p.Latitude!.Value, p.Longitude!.Value))],
                at.Count > 0);
        }));
    }

    private sealed record Built(MatchingSnapshot Snapshot, long Version, long? Stamp, long At);

    private sealed record NeedLink(Guid ServiceId, int Need);

    private sealed record LanguageRow(Guid ServiceId, string? Code, string? Name);
}
