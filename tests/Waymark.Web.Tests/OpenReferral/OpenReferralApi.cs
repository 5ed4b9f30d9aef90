using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Testing;
using Waymark.Testing.Standards;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.OpenReferral;

/// <summary>The app with people, referrals and staff (who must never show) and <see cref="DirectoryData"/>.</summary>
public sealed class OpenReferralApp : AppFixture
{
    public const string FamilyName = "Quarrington-Zebedee";
    public const string NhsNumber = "9434765919";

    public TestData Data { get; private set; } = null!;

    public DirectoryData Directory { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Data = await TestData.SeedAsync(App);
        await App.CaseAtAsync(Data.TeamId, EpisodeStatus.Active, Data.User(Domain.Staff.StaffRole.LinkWorker).Id, Data.PracticeId,
            Data.User(Domain.Staff.StaffRole.Referrer).Id, FamilyName, NhsNumber);
        Directory = await App.WithScopeAsync(services =>
            DirectoryData.SeedAsync(services.GetRequiredService<AppDbContext>(), TestContext.Current.CancellationToken));
    }
}

/// <summary>
/// The public Open Referral UK API: every answer validates against the ORUK 3.0 schemas, on Waymark's own listings
/// and on the official example; the lists page, filter and sort as ORUK says; it is open to anyone and any web
/// origin; and it never says anything about people, referrals or staff.
/// </summary>
public sealed class OpenReferralApi(OpenReferralApp fixture) : IClassFixture<OpenReferralApp>
{
    private DirectoryData D => fixture.Directory;

    private async Task<string> GetAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.TextAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private async Task<JsonObject> ObjectAsync(string url) => JsonNode.Parse(await GetAsync(url))!.AsObject();

    private async Task<List<string>> NamesAsync(string url, string path = "name") =>
        [.. (await ObjectAsync(url))["contents"]!.AsArray().Select(item => path.Split('.').Aggregate(item, (node, part) => node![part])!.GetValue<string>())];

    [Fact]
    public async Task The_root_says_which_version_and_profile_it_follows()
    {
        var json = await GetAsync("/openreferral/");

        await OrukSchemas.AssertValidAsync("api_details", json);
        Assert.Equal("HSDS-UK-3.0", JsonNode.Parse(json)!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_service_validates_against_the_ORUK_service_schema()
    {
        foreach (var id in DirectoryData.Ids(D))
        {
            await OrukSchemas.AssertValidAsync("service", await GetAsync($"/openreferral/services/{id}"));
        }
    }

    [Fact]
    public async Task A_rich_service_carries_every_ORUK_part_and_leaves_out_what_is_empty()
    {
        var walking = await ObjectAsync($"/openreferral/services/{D.Walking}");

        foreach (var field in new[] { "description", "url", "email", "fees", "accreditations", "minimum_age", "maximum_age", "assured_date", "assurer_email", "alert", "last_modified", "schedules", "service_areas", "service_at_locations", "languages", "organization", "funding", "cost_options", "contacts", "attributes" })
        {
            Assert.True(walking.ContainsKey(field), $"{field} is missing");
        }

        var location = walking["service_at_locations"]![0]!["location"]!;
        Assert.Equal("Mansion Lane", location["addresses"]![0]!["address_1"]!.GetValue<string>());
        Assert.Equal("Step-free paths", location["accessibility"]![0]!["description"]!.GetValue<string>());
        Assert.Equal("Walking groups", walking["attributes"]!.AsArray().Single(a => a!["link_type"]!.GetValue<string>() == "service_type")!["taxonomy_term"]!["name"]!.GetValue<string>());
        Assert.Equal("1234567", walking["organization"]!["organization_identifiers"]![0]!["identifier"]!.GetValue<string>());
        Assert.Equal("TU,TH", walking["schedules"]![0]!["byday"]!.GetValue<string>());
        Assert.Equal("10:00:00", walking["schedules"]![0]!["opens_at"]!.GetValue<string>());

        // Nothing null, no empty lists, anywhere; and the second organisation, without directory details, still has the required description.
        var art = await GetAsync($"/openreferral/services/{D.ArtClub}");
        foreach (var json in new[] { walking.ToJsonString(), art })
        {
            Assert.DoesNotContain("null", json, StringComparison.Ordinal);
            Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        }

        var artJson = JsonNode.Parse(art)!;
        Assert.Equal("Riverside Arts Collective", artJson["organization"]!["description"]!.GetValue<string>());
        var address = artJson["service_at_locations"]![0]!["location"]!["addresses"]![0]!;
        Assert.Equal("GB", address["country"]!.GetValue<string>());
        Assert.NotNull(address["city"]);
    }

    [Fact]
    public async Task The_official_example_is_served_back_with_everything_it_published()
    {
        var published = OrukExamples.Load("service_full.json");

        var served = await ObjectAsync($"/openreferral/services/{D.Example}");

        Assert.Null(OrukExamples.FirstMissing(published, served));
    }

    [Fact]
    public async Task Paused_and_closed_services_carry_the_ORUK_status_that_fits()
    {
        Assert.Equal("temporarily closed", (await ObjectAsync($"/openreferral/services/{D.ArtClub}"))["status"]!.GetValue<string>());
        Assert.Equal("defunct", (await ObjectAsync($"/openreferral/services/{D.DebtAdvice}"))["status"]!.GetValue<string>());
        Assert.Equal("active", (await ObjectAsync($"/openreferral/services/{D.Befriending}"))["status"]!.GetValue<string>());
        Assert.Equal("active", (await ObjectAsync($"/openreferral/services/{D.Walking}"))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/openreferral/services", "service_list")]
    [InlineData("/openreferral/services?per_page=2&page=2", "service_list")]
    [InlineData("/openreferral/taxonomies", "taxonomy_list")]
    [InlineData("/openreferral/taxonomy_terms", "taxonomy_term_list")]
    [InlineData("/openreferral/organizations", "organization_list")]
    [InlineData("/openreferral/service_at_locations", "service_at_location_list")]
    [InlineData("/openreferral/service_at_locations?postcode=LS1%204AP&proximity=5000", "service_at_location_list")]
    public async Task Every_list_validates_against_its_ORUK_schema(string url, string schema)
    {
        var json = await GetAsync(url);

        await OrukSchemas.AssertValidAsync(schema, json);
        Assert.NotEmpty(JsonNode.Parse(json)!["contents"]!.AsArray());
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_single_record_validates_against_its_ORUK_schema()
    {
        await OrukSchemas.AssertValidAsync("taxonomy", await GetAsync($"/openreferral/taxonomies/{D.ServiceTypesId}"));
        await OrukSchemas.AssertValidAsync("taxonomy_term", await GetAsync($"/openreferral/taxonomy_terms/{D.WalkingTermId}"));
        await OrukSchemas.AssertValidAsync("organization", await GetAsync($"/openreferral/organizations/{D.PartnerId}"));
        foreach (var at in new[] { D.WalkingAtId, D.ArtClubAtId, D.DebtAdviceAtId })
        {
            await OrukSchemas.AssertValidAsync("service_at_location", await GetAsync($"/openreferral/service_at_locations/{at}"));
        }

        var terms = (await ObjectAsync($"/openreferral/taxonomies/{D.ServiceTypesId}"))["taxonomy_terms"]!.AsArray();
        Assert.Equal(3, terms.Count);
    }

    [Fact]
    public async Task The_paging_envelope_counts_pages_and_says_which_page_this_is()
    {
        var first = await ObjectAsync("/openreferral/services?per_page=2");
        var last = await ObjectAsync("/openreferral/services?per_page=2&page=3");
        var beyond = await ObjectAsync("/openreferral/services?per_page=2&page=4");
        var all = await ObjectAsync("/openreferral/services");

        Assert.Equal(5, first["total_items"]!.GetValue<int>());
        Assert.Equal(3, first["total_pages"]!.GetValue<int>());
        Assert.Equal((1, 2, true, false, false), (first["page_number"]!.GetValue<int>(), first["size"]!.GetValue<int>(), first["first_page"]!.GetValue<bool>(), first["last_page"]!.GetValue<bool>(), first["empty"]!.GetValue<bool>()));
        Assert.Equal(2, first["contents"]!.AsArray().Count);
        Assert.Equal((3, false, true, false), (last["page_number"]!.GetValue<int>(), last["first_page"]!.GetValue<bool>(), last["last_page"]!.GetValue<bool>(), last["empty"]!.GetValue<bool>()));
        Assert.Single(last["contents"]!.AsArray());
        Assert.True(beyond["empty"]!.GetValue<bool>());
        Assert.Empty(beyond["contents"]!.AsArray());
        Assert.Equal(50, all["size"]!.GetValue<int>());
        Assert.Equal(1, all["total_pages"]!.GetValue<int>());

        // Pages follow one stable order (name, then id) with nothing repeated or skipped.
        var paged = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            paged.AddRange(await NamesAsync($"/openreferral/services?per_page=2&page={page}"));
        }

        Assert.Equal(await NamesAsync("/openreferral/services"), paged);
        Assert.Equal(paged.Order(StringComparer.Ordinal), paged);
    }

    [Fact]
    public async Task Services_filter_by_words_term_taxonomy_organisation_and_change_time()
    {
        Assert.Equal(["Walking for health"], await NamesAsync("/openreferral/services?search=ROUNDHAY%20park"));
        Assert.Equal(["Art club"], await NamesAsync("/openreferral/services?search=riverside%20arts"));
        Assert.Equal(["Walking for health"], await NamesAsync($"/openreferral/services?taxonomy_term_id={D.WalkingTermId}"));
        Assert.Equal(["Walking for health"], await NamesAsync($"/openreferral/services?taxonomy_term_id={Domain.Directory.NeedTaxonomy.TermId(Domain.Referrals.NeedCategory.LonelinessAndIsolation)}"));
        Assert.Equal(["Art club", "Walking for health"], await NamesAsync($"/openreferral/services?taxonomy_id={D.ServiceTypesId}"));
        Assert.Equal(["Debt advice drop-in", "Telephone befriending", "Walking for health"], await NamesAsync($"/openreferral/services?organization_id={D.PartnerId}"));
        Assert.Equal(["Art club", "Debt advice drop-in"], await NamesAsync("/openreferral/services?modified_after=2026-10-01T00:00:00Z"));
        Assert.Equal(["Art club", "Debt advice drop-in"], await NamesAsync("/openreferral/services?modified_after=2026-10-15T12:00:00Z"));
        Assert.Empty(await NamesAsync("/openreferral/services?modified_after=2026-10-15T12:00:01Z"));
        Assert.Equal(["Walking for health"], await NamesAsync($"/openreferral/services?organization_id={D.PartnerId}&search=walks&taxonomy_term_id={D.WalkingTermId}"));
        Assert.Equal(["Walking groups"], await NamesAsync($"/openreferral/taxonomy_terms?parent_id={D.ActivitiesTermId}"));
        Assert.Contains("Physical activities", await NamesAsync($"/openreferral/taxonomy_terms?taxonomy_id={D.ServiceTypesId}&top_only=true"));
        Assert.DoesNotContain("Walking groups", await NamesAsync($"/openreferral/taxonomy_terms?taxonomy_id={D.ServiceTypesId}&top_only=true"));
    }

    [Fact]
    public async Task Services_filter_by_the_age_of_a_person_they_must_take_alone_or_with_a_term()
    {
        var everyone = await NamesAsync("/openreferral/services");

        Assert.Equal([.. everyone.Where(n => n != "Walking for health")], await NamesAsync("/openreferral/services?age=17"));
        Assert.Equal(everyone, await NamesAsync("/openreferral/services?age=18"));
        Assert.Equal(everyone, await NamesAsync("/openreferral/services?age=99"));
        Assert.Equal(["Walking for health"], await NamesAsync($"/openreferral/services?taxonomy_term_id={D.WalkingTermId}&age=67"));
        Assert.Empty(await NamesAsync($"/openreferral/services?taxonomy_term_id={D.WalkingTermId}&age=100"));
    }

    [Fact]
    public async Task The_total_counts_each_matching_service_once_whichever_filters_are_given()
    {
        foreach (var query in (string[])[$"taxonomy_term_id={D.WalkingTermId}", "search=walk", "search=walks%20park", $"search=walk&taxonomy_term_id={D.WalkingTermId}", "search=zzz",
            $"taxonomy_term_id={D.WalkingTermId}&age=67", $"taxonomy_term_id={D.WalkingTermId}&age=100", "age=17"])
        {
            var list = await ObjectAsync($"/openreferral/services?{query}");
            Assert.Equal(list["contents"]!.AsArray().Count, (int)list["total_items"]!);
        }

        Assert.Equal(1, (int)(await ObjectAsync($"/openreferral/services?taxonomy_term_id={D.WalkingTermId}"))["total_items"]!);
    }

    [Fact]
    public async Task Services_at_locations_near_a_postcode_come_nearest_first_within_the_proximity()
    {
        const string path = "service.name";

        Assert.Equal(["Walking for health", "Debt advice drop-in"], await NamesAsync("/openreferral/service_at_locations?postcode=ls14ap&proximity=5000", path));
        Assert.Equal(["Walking for health"], await NamesAsync("/openreferral/service_at_locations?postcode=LS1%204AP&proximity=500", path));
        Assert.Equal(["Walking for health", "Debt advice drop-in", "Art club"], await NamesAsync("/openreferral/service_at_locations?postcode=LS1%204AP", path));
        Assert.Equal(["Art club"], await NamesAsync($"/openreferral/service_at_locations?postcode=LS1%204AP&organization_id={D.OtherPartnerId}", path));

        // Without a postcode: every service at a location (the example's placeholder coordinates included), by service name.
        var all = await NamesAsync("/openreferral/service_at_locations", path);
        Assert.Equal(4, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
    }

    [Fact]
    public async Task Organisations_are_those_that_run_services_and_never_GP_practices()
    {
        var names = await NamesAsync("/openreferral/organizations");

        Assert.Equal(["Age Well Northfield Directory", "Example Organization Inc.", "Riverside Arts Collective"], names);
        Assert.Equal(["Riverside Arts Collective"], await NamesAsync("/openreferral/organizations?search=riverside"));
        using var client = fixture.App.CreateClient();
        using var practice = await client.GetAsync(new Uri($"/openreferral/organizations/{fixture.Data.PracticeId}", UriKind.Relative), TestContext.Current.CancellationToken);
        await practice.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anyone_may_call_it_from_any_web_origin_but_only_here()
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openreferral/services");
        request.Headers.Add("Origin", "https://directory.example.org");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/openreferral/services/" + D.Walking);
        preflight.Headers.Add("Origin", "https://directory.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var allowed = await client.SendAsync(preflight, TestContext.Current.CancellationToken);
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        elsewhere.Headers.Add("Origin", "https://directory.example.org");
        using var notOpened = await client.SendAsync(elsewhere, TestContext.Current.CancellationToken);
        Assert.False(notOpened.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Nothing_about_people_referrals_or_staff_is_ever_published()
    {
        var urls = new List<string>
        {
            "/openreferral/", "/openreferral/services", "/openreferral/taxonomies", "/openreferral/taxonomy_terms", "/openreferral/organizations",
            "/openreferral/service_at_locations", "/openreferral/service_at_locations?postcode=LS1%204AP",
            $"/openreferral/organizations/{D.PartnerId}", $"/openreferral/taxonomies/{D.ServiceTypesId}",
        };
        urls.AddRange(DirectoryData.Ids(D).Select(id => $"/openreferral/services/{id}"));
        urls.AddRange(new[] { D.WalkingAtId, D.ArtClubAtId, D.DebtAdviceAtId }.Select(id => $"/openreferral/service_at_locations/{id}"));

        foreach (var url in urls)
        {
            var body = await GetAsync(url);
            foreach (var secret in new[] { OpenReferralApp.FamilyName, OpenReferralApp.NhsNumber, "943 476 5919", "test.waymark.example", "Test Link worker", "Has felt alone", "Northfield Wellbeing Service", "Riverside Medical Centre", "Hilltop Surgery", "Northfield ICB" })
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} publishes {secret}");
            }
        }
    }

    [Theory]
    [InlineData("/openreferral/services?page=0", "page")]
    [InlineData("/openreferral/services?page=two", "page")]
    [InlineData("/openreferral/services?per_page=101", "per_page")]
    [InlineData("/openreferral/services?per_page=0", "per_page")]
    [InlineData("/openreferral/services?modified_after=last%20week", "modified_after")]
    [InlineData("/openreferral/services?taxonomy_term_id=walking", "taxonomy_term_id")]
    [InlineData("/openreferral/services?organization_id=42", "organization_id")]
    [InlineData("/openreferral/services?age=-1", "age")]
    [InlineData("/openreferral/services?age=121", "age")]
    [InlineData("/openreferral/services?age=old", "age")]
    [InlineData("/openreferral/taxonomy_terms?top_only=maybe", "top_only")]
    [InlineData("/openreferral/organizations?per_page=-1", "per_page")]
    [InlineData("/openreferral/taxonomies?page=1.5", "page")]
    [InlineData("/openreferral/service_at_locations?postcode=LS1%204AP&proximity=-5", "proximity")]
    [InlineData("/openreferral/service_at_locations?postcode=LS1%204AP&proximity=far", "proximity")]
    [InlineData("/openreferral/service_at_locations?proximity=5000", "proximity")]
    [InlineData("/openreferral/service_at_locations?postcode=not-a-postcode", "postcode")]
    [InlineData("/openreferral/service_at_locations?postcode=ZZ9%209ZZ&proximity=5000", "postcode")]
    public async Task A_bad_parameter_is_a_400_problem_that_names_it_and_says_how_to_fix_it(string url, string parameter)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.Matches("^(Enter|Give|Waymark does not know)", message);
    }

    [Theory]
    [InlineData("/openreferral/services/{0}")]
    [InlineData("/openreferral/services/not-a-uuid")]
    [InlineData("/openreferral/taxonomies/{0}")]
    [InlineData("/openreferral/taxonomy_terms/{0}")]
    [InlineData("/openreferral/organizations/{0}")]
    [InlineData("/openreferral/service_at_locations/{0}")]
    public async Task An_unknown_id_is_a_404_problem(string url)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, Guid.NewGuid()), UriKind.Relative), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_items_are_the_one_to_one_fields_without_nested_lists()
    {
        var item = (await ObjectAsync($"/openreferral/services?search=roundhay"))["contents"]![0]!.AsObject();

        Assert.Equal(D.Walking.ToString(), item["id"]!.GetValue<string>());
        Assert.False(item.ContainsKey("schedules"));
        Assert.False(item.ContainsKey("attributes"));
        Assert.Equal("Age Well Northfield Directory", item["organization"]!["name"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.Number, JsonDocument.Parse(item.ToJsonString()).RootElement.GetProperty("minimum_age").ValueKind);
    }
}
