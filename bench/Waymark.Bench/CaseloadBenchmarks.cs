using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Waymark.Data;
using Waymark.Data.Interceptors;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Features.Caseload;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Reviews;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Bench;

/// <summary>
/// Issue 3's speed targets over the generated service (<see cref="ServiceGenerator"/>: 100,000 people, 1,000,000
/// contacts, 300 link workers) on SQLite and PostgreSQL: My caseload (≤ 50 ms p95) for a typical link worker, the
/// team caseload a senior sees, and the team waiting list (≤ 100 ms p95). Each call is one request's worth of work:
/// a new context, the app's own query classes, the caller's claims; the clock is fixed at the data's "today".
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class CaseloadBenchmarks
{
    private ServiceDatabase _database = null!;
    private ClaimsPrincipal _worker = null!;
    private ClaimsPrincipal _senior = null!;
    private Guid _teamId;
    private Action<string>? _sql;
    private readonly TimeProvider _clock = new FixedClock(ServiceGenerator.AsOf);

    /// <summary>Both databases, or those named in WAYMARK_BENCH_PROVIDERS (e.g. "Sqlite").</summary>
    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers =>
        Environment.GetEnvironmentVariable("WAYMARK_BENCH_PROVIDERS") is { Length: > 0 } chosen
            ? chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<DatabaseProvider>)
            : Enum.GetValues<DatabaseProvider>();

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "My caseload (typical worker)")]
    public Task<int> MyCaseload() => WithQueryAsync(async (query, _) =>
        (await query.ForWorkerAsync(_worker, new CaseloadCriteria())).TotalCount);

    [Benchmark(Description = "My caseload, overdue only, by next due")]
    public Task<int> MyCaseloadOverdue() => WithQueryAsync(async (query, _) =>
        (await query.ForWorkerAsync(_worker, new CaseloadCriteria(OverdueOnly: true, Sort: CaseloadSort.NextDue))).TotalCount);

    [Benchmark(Description = "Team caseload (senior, first page of 50)")]
    public Task<int> TeamCaseload() => WithQueryAsync(async (query, _) =>
        (await query.ForTeamAsync(_senior, new CaseloadCriteria(PageSize: 50))).TotalCount);

    [Benchmark(Description = "Team waiting list (first page of 25)")]
    public Task<int> TeamWaitingList() => WithQueryAsync(async (_, db) =>
        (await new WaitingListQuery(db, new EpisodeAccess(db, Audit(db)), _clock).ListAsync(_senior, _teamId, 1, 25)).TotalCount);

    /// <summary>
    /// A quick look without BenchmarkDotNet ("probe Sqlite 200"): each query's SQL once, then wall-clock percentiles
    /// and the process CPU time per call, which stays meaningful when the machine is shared and the wall clock is not.
    /// </summary>
    public static async Task ProbeAsync(DatabaseProvider provider, int iterations)
    {
        var bench = new CaseloadBenchmarks { Provider = provider };
        await bench.SetupAsync();
        (string Name, Func<Task<int>> Run)[] cases =
        [
            ("My caseload (typical worker)", bench.MyCaseload),
            ("My caseload, overdue only, by next due", bench.MyCaseloadOverdue),
            ("Team caseload (senior, first page of 50)", bench.TeamCaseload),
            ("Team waiting list (first page of 25)", bench.TeamWaitingList),
        ];
        foreach (var (name, run) in cases)
        {
            bench._sql = Console.WriteLine;
            Console.WriteLine($"--- {name}: {await run()} rows");
            bench._sql = null;
            for (var i = 0; i < 5; i++)
            {
                await run();
            }

            var times = new List<double>();
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < iterations; i++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await run();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            var cpuPerCall = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / iterations;
            times.Sort();
            Console.WriteLine(System.FormattableString.Invariant(
                $"=== {provider} | {name} | n={iterations} | median {times[times.Count / 2]:0.0} ms | p95 {times[(int)Math.Ceiling(times.Count * 0.95) - 1]:0.0} ms | max {times[^1]:0.0} ms | app CPU {cpuPerCall:0.0} ms/call"));
        }
    }

    private async Task SetupAsync()
    {
        _database = new ServiceDatabase(Provider, ServiceSize.Issue3);
        await _database.EnsureAsync(Console.Out);
        await using var db = _database.CreateContext();
        var senior = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "senior0@bench.waymark.example");
        _teamId = senior.TeamId!.Value;

        // A typical worker: the median caseload (allocated or active) of the team.
        var loads = await db.Episodes.AsNoTracking()
            .Where(e => e.TeamId == _teamId && e.WorkerId != null && (e.Status == EpisodeStatus.Allocated || e.Status == EpisodeStatus.Active))
            .GroupBy(e => e.WorkerId)
            .Select(g => new { WorkerId = g.Key!.Value, Count = g.Count() })
            .ToListAsync();
        var typical = loads.OrderBy(l => l.Count).ThenBy(l => l.WorkerId).ElementAt(loads.Count / 2);
        var waiting = await db.Episodes.CountAsync(e => e.TeamId == _teamId && e.Status == EpisodeStatus.Waiting);
        Console.WriteLine($"Team {_teamId}: {loads.Sum(l => l.Count)} allocated or active, {waiting} waiting; typical worker holds {typical.Count}.");

        _worker = Principal(typical.WorkerId, senior.OrganisationId, _teamId, StaffRole.LinkWorker);
        _senior = Principal(senior.Id, senior.OrganisationId, _teamId, StaffRole.SeniorLinkWorker);
    }

    private async Task<int> WithQueryAsync(Func<CaseloadQuery, AppDbContext, Task<int>> run)
    {
        await using var db = _database.CreateContext(_sql);
        var access = new EpisodeAccess(db, Audit(db));
        var onwardReferrals = new OnwardReferralQueries(db, access, Audit(db), _clock, new ConfigurationBuilder().Build());
        var query = new CaseloadQuery(db, access, onwardReferrals, new MeasureScheduleLoader(db), _clock);
        return await run(query, db);
    }

    private AuditTrail Audit(AppDbContext db) => new(db, new SystemAuditActorAccessor("bench"), _clock);

    private static ClaimsPrincipal Principal(Guid userId, Guid organisationId, Guid teamId, StaffRole role) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
            new Claim(ClaimTypes.Role, StaffRoles.Name(role)),
            new Claim(WaymarkClaims.OrganisationId, organisationId.ToString()),
            new Claim(WaymarkClaims.TeamId, teamId.ToString()),
        ],
        "bench"));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>Adds the percentiles the targets are set in (p95) beside BenchmarkDotNet's default columns.</summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() => AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
}
