using BenchmarkDotNet.Attributes;
using Waymark.Data;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Organisations;

namespace Waymark.Bench;

/// <summary>
/// The administrator's organisation list: one page of 25, sorted, with and without a search term and a kind filter,
/// over a SQLite database of 5,000 organisations. A baseline for the paging and search used across Waymark.
/// </summary>
[MemoryDiagnoser]
public class OrganisationListBenchmarks
{
    private readonly BenchDatabase _database = new();
    private AppDbContext _db = null!;
    private OrganisationQueries _queries = null!;

    [Params(5_000)]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database.CreateAsync(Organisations).GetAwaiter().GetResult();
        _db = _database.CreateContext();
        _queries = new OrganisationQueries(_db);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<int> FirstPageByName() => Count(_queries.ListAsync(null, null, false, OrganisationSort.Name, 1, 25));

    [Benchmark]
    public Task<int> SearchByName() => Count(_queries.ListAsync("river", null, false, OrganisationSort.Name, 1, 25));

    [Benchmark]
    public Task<int> PracticesByOdsCodeLastPage() => Count(_queries.ListAsync(null, OrganisationKind.GpPractice, false, OrganisationSort.OdsCode, 10_000, 25));

    private static async Task<int> Count(Task<Waymark.Web.Features.Common.Paged<OrganisationSummary>> page) => (await page).TotalCount;
}
