using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Api;

/// <summary>/api/organisations: paging, search and filtering over the real database.</summary>
public sealed class OrganisationsApi(SeededApp fixture) : IClassFixture<SeededApp>
{
    private const int Made = 30;
    private const string Prefix = "Paging Test Org";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lists_a_page_at_a_time_with_the_total()
    {
        await MakeManyAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await GetAsync(client, "/api/organisations?page=2&pageSize=10");

        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(10, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("totalCount").GetInt32() >= Made, page.ToString());

        // Page 2 carries on from page 1, in name order.
        var first = await GetAsync(client, "/api/organisations?page=1&pageSize=10");
        var names = Names(first).Concat(Names(page)).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal(20, names.Distinct().Count());
    }

    [Fact]
    public async Task Finds_organisations_by_part_of_their_name_or_ODS_code_whatever_the_case()
    {
        await MakeManyAsync();
        var client = await fixture.SignedInAsync(StaffRole.Referrer);

        var byName = await GetAsync(client, "/api/organisations?search=paging%20test&pageSize=100");
        var byCode = await GetAsync(client, "/api/organisations?search=y10002");

        Assert.Equal(Made, byName.GetProperty("totalCount").GetInt32());
        Assert.All(Names(byName), name => Assert.StartsWith(Prefix, name, StringComparison.Ordinal));
        Assert.Equal("Hilltop Surgery", Assert.Single(Names(byCode)));
    }

    [Fact]
    public async Task Filters_by_kind()
    {
        await MakeManyAsync();
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var practices = await GetAsync(client, "/api/organisations?kind=GpPractice&pageSize=100");

        var items = practices.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, o => Assert.Equal("GpPractice", o.GetProperty("kind").GetString()));
        Assert.Contains(items, o => o.GetProperty("id").GetGuid() == fixture.Data.PracticeId);
        Assert.Contains(items, o => o.GetProperty("id").GetGuid() == fixture.Data.OtherPracticeId);
        Assert.Equal(items.Count, practices.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_administrator_creates_and_reads_back_an_organisation()
    {
        var client = await fixture.SignedInAsync(StaffRole.Administrator);

        var created = await client.PostAsJsonAsync("/api/organisations", new { name = "  Brookside Practice ", kind = "GpPractice", odsCode = " b12345 " }, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        var read = await GetAsync(client, created.RedirectTarget().PathAndQuery);
        Assert.Equal($"/api/organisations/{body.GetProperty("id").GetGuid()}", created.RedirectTarget().AbsolutePath);
        Assert.Equal("Brookside Practice", read.GetProperty("name").GetString());
        Assert.Equal("B12345", read.GetProperty("odsCode").GetString());
        Assert.Equal("GpPractice", read.GetProperty("kind").GetString());
        Assert.True(read.GetProperty("isActive").GetBoolean());
    }

    private async Task MakeManyAsync()
    {
        // Through the use case: these tests are about reading. Made once per app (the fixture is shared).
        await fixture.App.WithScopeAsync(async services =>
        {
            var queries = services.GetRequiredService<OrganisationQueries>();
            if ((await queries.ListAsync(Prefix, null, true, OrganisationSort.Name, 1, 1, Cancel)).TotalCount > 0)
            {
                return;
            }

            var create = services.GetRequiredService<CreateOrganisation>();
            for (var i = 1; i <= Made; i++)
            {
                await create.ExecuteAsync(new($"{Prefix} {i:00}", OrganisationKind.Partner, null), Cancel);
            }
        });
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static List<string> Names(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("name").GetString()!)];
}
