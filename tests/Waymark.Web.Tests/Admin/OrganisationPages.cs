using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Organisations;

namespace Waymark.Web.Tests.Admin;

public sealed class OrganisationPages(SeededApp seeded) : IClassFixture<SeededApp>
{
    private const string List = "/admin/organisations";
    private const string Add = "/admin/organisations/add";

    [Fact]
    public async Task An_administrator_can_add_an_organisation_and_see_it_in_the_list()
    {
        var admin = await seeded.AdminAsync();
        var name = $"Meadow Practice {seeded.Next()}";
        var ods = $"M{seeded.Next():00000}";

        var response = await admin.PostFieldsAsync(Add, [("Input.Name", name), ("Input.Kind", "GpPractice"), ("Input.OdsCode", ods.ToLowerInvariant())]);

        var list = await admin.FollowAsync(response, List);
        Assert.Equal($"Organisation added: {name}", list.Banner());
        var found = await admin.GetPageAsync($"{List}?search={Uri.EscapeDataString(name)}");
        Assert.Equal([name, "GP practice", ods, "Active"], found.Row(name));
    }

    [Fact]
    public async Task An_administrator_can_rename_and_deactivate_an_organisation()
    {
        var admin = await seeded.AdminAsync();
        var id = await CreateAsync($"Walking Group {seeded.Next()}", OrganisationKind.Partner);
        var edit = $"/admin/organisations/{id}/edit";
        var form = await admin.GetPageAsync(edit);
        Assert.StartsWith("Walking Group", form.ValueOf("Input_Name"));
        Assert.Equal(["true"], form.CheckedValues("Input.IsActive"));

        var renamed = $"Northfield Walkers {seeded.Next()}";
        var response = await admin.PostFieldsAsync(edit, [("Input.Name", renamed), ("Input.OdsCode", "")]);

        var list = await admin.FollowAsync(response, List);
        Assert.Equal($"Organisation updated: {renamed}", list.Banner());
        var found = await admin.GetPageAsync($"{List}?search={Uri.EscapeDataString(renamed)}");
        Assert.Equal([renamed, "Partner organisation", "None", "Inactive"], found.Row(renamed));
    }

    [Fact]
    public async Task Adding_a_GP_practice_without_an_ODS_code_shows_the_error_and_keeps_what_was_typed()
    {
        var admin = await seeded.AdminAsync();

        var response = await admin.PostFieldsAsync(Add, [("Input.Name", "Brookside Surgery"), ("Input.Kind", "GpPractice"), ("Input.OdsCode", "")]);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Enter the ODS code"], page.ErrorSummary());
        Assert.Equal("#Input_OdsCode", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("Enter the ODS code", page.FieldError("Input_OdsCode"));
        Assert.Equal("Brookside Surgery", page.ValueOf("Input_Name"));
        Assert.Equal(["GpPractice"], page.CheckedValues("Input.Kind"));
    }

    [Fact]
    public async Task An_ODS_code_another_organisation_has_is_refused_by_the_field()
    {
        var admin = await seeded.AdminAsync();

        var response = await admin.PostFieldsAsync(Add, [("Input.Name", "Copycat Surgery"), ("Input.Kind", "GpPractice"), ("Input.OdsCode", "Y10001")]);

        var page = await Html.ParseAsync(response);
        Assert.Equal("Another organisation already has the ODS code Y10001", page.FieldError("Input_OdsCode"));
        Assert.Equal("Copycat Surgery", page.ValueOf("Input_Name"));
    }

    [Fact]
    public async Task Choosing_no_kind_asks_for_one()
    {
        var admin = await seeded.AdminAsync();

        var page = await Html.ParseAsync(await admin.PostFieldsAsync(Add, [("Input.Name", "Mystery Org")]));

        Assert.Equal("Select the kind of organisation", page.FieldError("Input_Kind"));
    }

    [Fact]
    public async Task The_list_searches_filters_and_sorts()
    {
        var admin = await seeded.AdminAsync();

        var search = await admin.GetPageAsync($"{List}?search=riverside");
        Assert.Equal(["Riverside Medical Centre"], search.Rows().Select(r => r[0]));

        var partners = await admin.GetPageAsync($"{List}?kind=Partner&search=Age");
        Assert.Equal(["Age Well Northfield"], partners.Rows().Select(r => r[0]));

        var byOds = await admin.GetPageAsync($"{List}?sort=OdsCode&kind=GpPractice");
        var sorted = byOds.QuerySelectorAll("th[aria-sort='ascending'] a").Select(a => a.TextContent.Trim());
        Assert.Equal(["ODS code"], sorted);
        var codes = byOds.Rows().Select(r => r[2]).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Contains("kind=GpPractice", byOds.QuerySelector("th[aria-sort='none'] a")!.GetAttribute("href"));

        var nothing = await admin.GetPageAsync($"{List}?search=no-such-organisation");
        Assert.Contains("No organisations match your search", nothing.Body!.TextContent);
    }

    [Fact]
    public async Task A_long_list_is_paged_with_numbered_pagination()
    {
        var admin = await seeded.AdminAsync();
        var prefix = $"Paging Board {seeded.Next()}";
        for (var i = 0; i < 27; i++)
        {
            await CreateAsync($"{prefix} {i:00}", OrganisationKind.Commissioner);
        }

        var first = await admin.GetPageAsync($"{List}?search={Uri.EscapeDataString(prefix)}");
        Assert.Equal(25, first.Rows().Count);
        Assert.Equal("1", first.QuerySelector(".nhsuk-pagination [aria-current='page']")!.TextContent.Trim());
        var next = first.QuerySelector(".nhsuk-pagination__next")!.GetAttribute("href")!;

        var second = await admin.GetPageAsync(next);
        Assert.Equal(2, second.Rows().Count);
        Assert.Equal("2", second.QuerySelector(".nhsuk-pagination [aria-current='page']")!.TextContent.Trim());
        Assert.Null(second.QuerySelector(".nhsuk-pagination__next"));
    }

    private Task<Guid> CreateAsync(string name, OrganisationKind kind) => seeded.App.WithScopeAsync(async services =>
        (await services.GetRequiredService<CreateOrganisation>().ExecuteAsync(new(name, kind, null))).Id);
}
