using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Matching;
using Waymark.Web.Features.OpenReferral;
using Waymark.Web.Infrastructure;

namespace Waymark.Bench;

/// <summary>
/// The directory's speed through the public ORUK API: a deterministic directory (fixed seed) of <c>count</c>
/// services, 100 organisations and about 35 taxonomy terms (Waymark's need terms plus 20 activity types), with
/// locations spread around Leeds and a realistic spread of languages, delivery modes, ages and costs, on SQLite in
/// bench/data/ (generated once, then reused). The real app is served on Kestrel on loopback and each request is timed
/// over HTTP: p50 at one connection, then requests per second with 8 connections, load generator on the same machine
/// (<c>wrk</c> when it is installed — scripts/install-wrk — else HttpClient in this process). Then suggest-for-person.
/// Run: <c>dotnet run -c Release --project bench/Waymark.Bench -- directory 10000</c>; with <c>WAYMARK_BENCH_ONLY=search</c> only the
/// rows whose name holds that are timed (and not suggest), for trying a change quickly.
/// </summary>
internal static class DirectoryBench
{
    private const int Seed = 20261122;
    private const int Organisations = 100;

    private static readonly string[] Activities =
    [
        "Walking groups", "Gardening", "Arts and crafts", "Singing", "Men's sheds", "Befriending", "Debt advice", "Benefits advice", "Housing advice",
        "Cookery", "Exercise classes", "Swimming", "Volunteering", "Carers' support", "Peer support", "Bereavement support", "Digital skills",
        "English classes", "Book clubs", "Dance",
    ];

    private static readonly (string Code, string Name)[] Languages = [("en", "English"), ("pl", "Polish"), ("ur", "Urdu"), ("pa", "Punjabi"), ("ar", "Arabic"), ("ro", "Romanian")];

    private static readonly string[] Words = ["community", "friendly", "weekly", "group", "support", "local", "free", "drop-in", "wellbeing", "together", "health", "advice"];

    /// <summary>Generates (once) and serves a directory of <paramref name="count"/> services and times it; with
    /// <paramref name="suggestOnly"/>, only suggest-for-person and the in-process page 1 / page 500 probe.</summary>
    public static async Task RunAsync(int count, TextWriter log, bool suggestOnly = false)
    {
        var file = Path.Combine(RepositoryRoot(), "bench", "data", $"waymark_bench_directory_{count}.db");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var timer = Stopwatch.StartNew();
            await GenerateAsync(settings, count, file + ".part");
            File.Move(file + ".part", file);
            await log.WriteLineAsync($"Generated {count} services in {timer.Elapsed.TotalSeconds:N0} s: {file}");
        }
        else
        {
            await MigrateInPlaceAsync(settings, log);
        }

        await using var app = WaymarkApp.Create(["--urls=http://127.0.0.1:0", "--Database:Provider=Sqlite", $"--ConnectionStrings:Waymark={settings.ConnectionString}", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        using var client = new HttpClient { BaseAddress = address };
        var anId = await FirstIdAsync(settings);
        var term = NeedTaxonomy.TermId(NeedCategory.LonelinessAndIsolation);
        var organisation = OrganisationId(7);
        (string Name, string Url)[] scenarios =
        [
            ("List, page 1 (50)", "/openreferral/services"),
            ("Page 1 of 10", "/openreferral/services?per_page=10&page=1"),
            ("Page 500 of 10", "/openreferral/services?per_page=10&page=500"),
            ("Text search 'garden' (50)", "/openreferral/services?search=garden"),
            ("Text search 'garden', page size 10", "/openreferral/services?search=garden&per_page=10"),
            ("Taxonomy term (need, 50)", $"/openreferral/services?taxonomy_term_id={term}"),
            ("Taxonomy term + age 67, page size 10", $"/openreferral/services?taxonomy_term_id={term}&age=67&per_page=10"),
            ("Three filters, page size 10", $"/openreferral/services?taxonomy_term_id={term}&organization_id={organisation}&modified_after=2026-01-01&per_page=10"),
            ("One service in full", $"/openreferral/services/{anId}"),
            ("Near a postcode, 5 km, page size 10", "/openreferral/service_at_locations?postcode=LS1%204AP&proximity=5000&per_page=10"),
        ];

        // WAYMARK_BENCH_ONLY (part of a row's name) times just those rows, skipping the rest and suggest: for iterating.
        var only = Environment.GetEnvironmentVariable("WAYMARK_BENCH_ONLY");
        if (!string.IsNullOrEmpty(only))
        {
            scenarios = [.. scenarios.Where(s => s.Name.Contains(only, StringComparison.OrdinalIgnoreCase))];
        }

        var wrk = LoadGenerator.Find();
        await log.WriteLineAsync(wrk is null
            ? "wrk not found (scripts/install-wrk installs it): timing with HttpClient in this process, so the CPU column counts the client too."
            : $"Load generator: {wrk} (a separate process); the CPU column is the app's own CPU time per request.");
        await log.WriteLineAsync($"Load average at the start: {LoadAverage()}");
        await log.WriteLineAsync($"| Request ({count:N0} services, SQLite) | p50 ms (1 connection) | {(wrk is null ? "p95" : "p90")} ms | requests/s (8 connections) | CPU ms per request |");
        await log.WriteLineAsync("| --- | ---: | ---: | ---: | ---: |");
        if (!suggestOnly)
        {
            // Warm every request up first (8 connections, 2 s each), so no row is timed while the JIT is still
            // recompiling the shared code paths (tiered compilation and dynamic PGO): the first rows measured used to
            // pay for it (page 1 of 10 cost more than page 500).
            foreach (var (_, url) in scenarios)
            {
                if (wrk is not null)
                {
                    try
                    {
                        await LoadGenerator.RunAsync(wrk, new Uri(address, url), 8, TimeSpan.FromSeconds(2));
                    }
                    catch (InvalidOperationException)
                    {
                        // A warm-up that timed out on a loaded machine has still warmed up; the timed run reports errors.
                    }
                }
                else
                {
                    await ThroughputAsync(client, url, 8, TimeSpan.FromSeconds(2));
                }
            }

            foreach (var (name, url) in scenarios)
            {
                await GetAsync(client, url);
                double p50, p95, throughput, cpu;
                if (wrk is not null)
                {
                    (p50, p95, _, _) = await LoadGenerator.RunAsync(wrk, new Uri(address, url), 1, TimeSpan.FromSeconds(3));
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    (_, _, throughput, var requests) = await LoadGenerator.RunAsync(wrk, new Uri(address, url), 8, TimeSpan.FromSeconds(4));
                    cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, requests);
                }
                else
                {
                    (p50, p95) = await LatencyAsync(client, url, 300);
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    (throughput, var requests) = await ThroughputAsync(client, url, 8, TimeSpan.FromSeconds(4));
                    cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / requests;
                }

                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {name} | {p50:N2} | {p95:N2} | {throughput:N0} | {cpu:N2} |"));
            }
        }

        if (string.IsNullOrEmpty(only))
        {
            await PagesAsync(app.Services, log);
            await SuggestAsync(app.Services, count, log);
        }

        await log.WriteLineAsync($"Load average at the end: {LoadAverage()}");
        await app.StopAsync();
    }

    /// <summary>
    /// Suggest-for-person: the app's own <see cref="MatchingCandidates"/> and <see cref="ServiceMatcher"/> (what
    /// SuggestServices runs once it has read the episode) for a person of 67 near LS1 4AP who is lonely and low, with a
    /// goal to walk and one to garden: p50 and p95 over 50 runs after 5 warm-ups. The first call builds the in-memory
    /// <see cref="MatchingIndex"/>; its build time is reported, with the time to rebuild it after a change.
    /// </summary>
    private static async Task SuggestAsync(IServiceProvider services, int count, TextWriter log)
    {
        var person = new MatchingPerson
        {
            Needs = [NeedCategory.LonelinessAndIsolation, NeedCategory.LowMoodOrAnxiety],
            Goals = ["Get out walking with other people once a week", "Join a gardening group"],
            Age = 67,
        };
        var timings = new List<double>();
        var matching = new List<double>();
        var (found, candidates) = (0, 0);
        var cpuAtStart = TimeSpan.Zero;
        var firstBuild = TimeSpan.Zero;
        for (var i = 0; i < 55; i++)
        {
            if (i == 5)
            {
                cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
            }

            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var started = Stopwatch.GetTimestamp();
            var centroid = await db.PostcodeCentroids.AsNoTracking().SingleAsync(c => c.Postcode == "LS1 4AP");
            var read = await scope.ServiceProvider.GetRequiredService<MatchingCandidates>().FindAsync(person, (centroid.Latitude, centroid.Longitude));
            var matched = Stopwatch.GetTimestamp();
            var result = ServiceMatcher.Match(person, read);
            if (i >= 5)
            {
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                matching.Add(Stopwatch.GetElapsedTime(matched).TotalMilliseconds);
            }

            (found, candidates) = (result.Suggestions.Count, read.Count);
            if (i == 0)
            {
                firstBuild = services.GetRequiredService<MatchingIndex>().LastBuildTime;
            }
        }

        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalMilliseconds / timings.Count;

        // A change in this process (as saving a service does) makes the next call rebuild the index.
        services.GetRequiredService<DirectoryVersion>().Changed();
        var rebuildStarted = Stopwatch.GetTimestamp();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MatchingCandidates>().FindAsync(person, null);
        }

        var rebuildCall = Stopwatch.GetElapsedTime(rebuildStarted).TotalMilliseconds;
        var index = services.GetRequiredService<MatchingIndex>();

        timings.Sort();
        matching.Sort();
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Suggest for a person ({count:N0} services; {candidates:N0} candidates read, {found:N0} suggestions): p50 {timings[timings.Count / 2]:N2} ms, p95 {timings[(int)(timings.Count * 0.95)]:N2} ms (of which weighing in memory: p50 {matching[matching.Count / 2]:N2} ms); process CPU {cpuPerCall:N2} ms per call"));
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Matching index ({count:N0} services): built in {firstBuild.TotalMilliseconds:N0} ms on the first suggestion after start; rebuilt after a change in {index.LastBuildTime.TotalMilliseconds:N0} ms (that suggestion {rebuildCall:N0} ms)"));
    }

    /// <summary>
    /// Page 1 and page 500 of 10 through the app's own <see cref="OrukQueries.ServicesAsync"/>, in process, in blocks of
    /// 200 calls (page 1, page 500, page 1 again) after 50 warm-up calls of each: the process's CPU time per call for
    /// each block, which a loaded machine disturbs less than wall time.
    /// </summary>
    private static async Task PagesAsync(IServiceProvider services, TextWriter log)
    {
        async Task<double> BlockAsync(int page, int calls)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < calls; i++)
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OrukQueries>().ServicesAsync(new ServiceFilter(), page, 10, CancellationToken.None);
            }

            return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / calls;
        }

        await BlockAsync(1, 50);
        await BlockAsync(500, 50);
        var (first, deep, again) = (await BlockAsync(1, 200), await BlockAsync(500, 200), await BlockAsync(1, 200));
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Page of 10 in process (OrukQueries.ServicesAsync), CPU per call: page 1 {first:N2} ms, page 500 {deep:N2} ms, page 1 again {again:N2} ms"));
    }

    /// <summary>A directory generated before a migration (a new index or table) is brought up to date in place.</summary>
    private static async Task MigrateInPlaceAsync(DatabaseSettings settings, TextWriter log)
    {
        await using var db = Context(settings);
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await log.WriteLineAsync("Applying migrations added since the directory was generated...");
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<(double P50, double P95)> LatencyAsync(HttpClient client, string url, int times)
    {
        for (var i = 0; i < 30; i++)
        {
            await GetAsync(client, url);
        }

        var timings = new List<double>(times);
        for (var i = 0; i < times; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await GetAsync(client, url);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        timings.Sort();
        return (timings[times / 2], timings[(int)(times * 0.95)]);
    }

    /// <summary>Requests per second, and how many were made (CPU time per request counts the client's share too).</summary>
    private static async Task<(double PerSecond, int Requests)> ThroughputAsync(HttpClient client, string url, int connections, TimeSpan duration)
    {
        var done = 0;
        var timer = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (timer.Elapsed < duration)
            {
                await GetAsync(client, url);
                Interlocked.Increment(ref done);
            }
        }));
        return (done / timer.Elapsed.TotalSeconds, done);
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<Guid> FirstIdAsync(DatabaseSettings settings)
    {
        await using var db = Context(settings);
        return await db.Services.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(1234 % await db.Services.CountAsync()).Select(s => s.Id).FirstAsync();
    }

    private static Guid OrganisationId(int number) => new($"0195f3b0-0000-7000-8000-{number:D12}");

    private static AppDbContext Context(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.UseDatabase(options, settings);
        return new AppDbContext(options.Options);
    }

    /// <summary>Builds the directory through the domain, written without tracking or auditing, in batches.</summary>
    internal static async Task GenerateAsync(DatabaseSettings settings, int count, string file)
    {
        File.Delete(file);
        var building = settings with { ConnectionString = $"Data Source={file}" };
        var random = new Random(Seed);
        var now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await using (var db = Context(building))
        {
            await db.Database.MigrateAsync();
            var organisations = Enumerable.Range(1, Organisations).Select(n =>
            {
                var organisation = Organisation.Create($"{Pick(random, Words)} {Pick(random, Activities)} trust {n}", OrganisationKind.Partner, null, now, OrganisationId(n));
                organisation.UpdateDirectoryDetails(new OrganisationDirectoryDetails($"A local charity, number {n}.", $"https://org{n}.example.org", null, null, null, null, null, null, []), DateOnly.FromDateTime(now.UtcDateTime));
                return organisation;
            }).ToList();
            var types = Taxonomy.Create("Activity types", "Kinds of community activity.", null, "1");
            var activityTerms = Activities.Select(a => TaxonomyTerm.Create(new TaxonomyTermDetails(a, $"Services offering {a.ToLowerInvariant()}.", a.ToLowerInvariant().Replace(' ', '-'), TaxonomyName: types.Name, TaxonomyId: types.Id))).ToList();
            db.AddRange(organisations);
            db.Add(types);
            await db.EnsureNeedTaxonomyAsync();
            db.AddRange(activityTerms);
            db.Add(PostcodeCentroid.Create("LS1 4AP", 53.7997, -1.5492));
            await db.SaveChangesAsync();

            var needTerms = NeedTaxonomy.Needs.Select(NeedTaxonomy.TermId).ToList();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < count; i++)
            {
                var organisation = organisations[random.Next(organisations.Count)];
                var activity = random.Next(Activities.Length);
                var changed = now.AddDays(-random.Next(0, 700));
                var minimum = random.Next(4) switch { 0 => (int?)null, 1 => 18, 2 => 50, _ => 16 };
                var maximum = random.Next(5) == 0 ? 25 : (int?)null;
                var service = Service.Create(organisation.Id, organisation.Name, new ServiceDetails(
                    $"{Activities[activity]} {Pick(random, Words)} {i + 1}",
                    $"A {Pick(random, Words)} {Pick(random, Words)} {Activities[activity].ToLowerInvariant()} session for people in Leeds.",
                    MinimumAge: minimum, MaximumAge: maximum < minimum ? null : maximum), changed);
                var modes = (DeliveryModes)random.Next(1, 32);
                service.SetDelivery(modes, random.Next(3) == 0 ? null : random.Next(0, 90), random.Next(10) > 0, changed);
                service.ReplaceLanguages(Languages.Where((_, n) => n == 0 || random.Next(6) == 0).Select(l => Language.Of(l.Code, l.Name)), changed);
                service.ReplaceCostOptions(random.Next(3) switch
                {
                    0 => [],
                    1 => [new CostOption { Option = "Per session", Amount = random.Next(1, 5) }],
                    _ => [new CostOption { Option = "Per session", Amount = random.Next(6, 30) }],
                }, changed);
                service.ReplaceSchedules([new Schedule { Freq = ScheduleFrequency.Weekly, ByDay = Schedule.Days[random.Next(7)], OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(12, 0) }], changed);
                service.ReplacePhones([new Phone { Number = "0113 496 " + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) }], changed);
                service.ReplaceAttributes(
                    [
                        new ServiceAttribute { TaxonomyTermId = activityTerms[activity].Id },
                        .. needTerms.Where(_ => random.Next(5) == 0).Select(t => new ServiceAttribute { TaxonomyTermId = t }),
                    ],
                    changed);
                if (random.Next(20) == 0)
                {
                    service.Pause("Volunteer shortage", null, DateOnly.FromDateTime(changed.UtcDateTime), changed);
                }

                var location = Location.Create(new LocationDetails(LocationType.Physical, $"Venue {i + 1}", Latitude: 53.8 + ((random.NextDouble() - 0.5) * 0.4), Longitude: -1.55 + ((random.NextDouble() - 0.5) * 0.6)), organisation.Id, changed);
                location.ReplaceAddresses([new Address { Address1 = $"{random.Next(1, 200)} High Street", City = "Leeds", PostalCode = "LS1 4AP" }], changed);
                db.AddRange(service, location, ServiceAtLocation.Create(service.Id, location.Id, null, changed));
                if ((i + 1) % 1000 == 0)
                {
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    /// <summary>The repository the bench was built in, or else the one it is run from.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Waymark.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
