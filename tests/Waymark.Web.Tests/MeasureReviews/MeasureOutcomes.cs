using System.Net;
using System.Text.Json;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.MeasureReviews;

/// <summary>/measures/outcomes and GET /api/measures/outcomes: shares improved, unchanged and worse, in protected counts.</summary>
public sealed class MeasureOutcomes(MeasureReviewsApp app) : IClassFixture<MeasureReviewsApp>
{
    private static readonly string[] AllOutcomes = ["improved", "unchanged", "worse", "reviewed", "awaiting"];
    private static readonly string[] ReviewOutcomes = ["improved", "unchanged", "worse", "reviewed"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// A North team programme: 6 people whose life satisfaction rose 3 → 7 (improved), 2 whose fell 3 → 1 (worse), and
    /// 1 with a baseline only; the other ONS4 items stay at 5 (unchanged). Baselines 100 days ago, reviews 10 days ago.
    /// </summary>
    private async Task<Guid> ProgrammeWithOutcomesAsync()
    {
        if (app.OutcomesProgrammeId is { } made)
        {
            return made;
        }

        var programmeId = await app.ProgrammeAsync(_ => { });
        foreach (var latest in new int?[] { 7, 7, 7, 7, 7, 7, 1, 1, null })
        {
            var person = await app.AllocatedAsync(110, programmeId);
            await app.RecordOns4Async(person, MeasureReviewsApp.Start.AddDays(-100), satisfaction: 3);
            if (latest is { } score)
            {
                await app.RecordOns4Async(person, MeasureReviewsApp.Start.AddDays(-10), satisfaction: score);
            }
        }

        app.OutcomesProgrammeId = programmeId;
        return programmeId;
    }

    private static JsonElement Measure(JsonElement json, string id) =>
        json.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("measureId").GetString() == id);

    [Fact]
    public async Task A_senior_sees_their_teams_outcomes_with_small_numbers_suppressed_and_no_worker()
    {
        var programmeId = await ProgrammeWithOutcomesAsync();

        var page = await (await app.ClientAsync(app.Senior)).GetPageAsync($"/measures/outcomes?ProgrammeId={programmeId}");

        Assert.Equal("Wellbeing outcomes", page.QuerySelector("h1")!.TextContent.Trim());
        string Cell(string measure, string outcome) => page.QuerySelector($"tr[data-measure='{measure}'] [data-outcome='{outcome}']")!.TextContent.Trim();
        Assert.Equal(
            ["5 (50%)", "0", "fewer than 5", "10", "fewer than 5"],
            AllOutcomes.Select(o => Cell("life-satisfaction", o)));
        Assert.Equal(["0", "10 (100%)", "0", "10"], ReviewOutcomes.Select(o => Cell("anxiety", o)));
        Assert.Equal(["Life satisfaction", "Worthwhile", "Happiness", "Anxiety"], page.QuerySelectorAll("[data-outcomes] tbody th").Select(th => th.ChildNodes[0].TextContent.Trim()));
        Assert.DoesNotContain("Test Link worker", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("caption"));
        Assert.All(page.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public async Task The_API_gives_protected_counts_and_shares_and_filters_by_the_baseline_date()
    {
        var programmeId = await ProgrammeWithOutcomesAsync();
        var client = await app.ClientAsync(StaffRole.ServiceManager);

        var json = await (await client.GetAsync($"/api/measures/outcomes?programmeId={programmeId}", Cancel)).JsonAsync();

        var satisfaction = Measure(json, "life-satisfaction");
        Assert.Equal("ONS4 personal wellbeing", satisfaction.GetProperty("questionnaireTitle").GetString());
        var improved = satisfaction.GetProperty("improved");
        Assert.Equal((5, false, "5", 50), (improved.GetProperty("count").GetInt32(), improved.GetProperty("suppressed").GetBoolean(), improved.GetProperty("shown").GetString(), improved.GetProperty("sharePercent").GetInt32()));
        var worse = satisfaction.GetProperty("worse");
        Assert.Equal((JsonValueKind.Null, true, "fewer than 5", JsonValueKind.Null), (worse.GetProperty("count").ValueKind, worse.GetProperty("suppressed").GetBoolean(), worse.GetProperty("shown").GetString(), worse.GetProperty("sharePercent").ValueKind));

        var within = await (await client.GetAsync($"/api/measures/outcomes?programmeId={programmeId}&from=2026-11-01&to=2026-11-30", Cancel)).JsonAsync();
        Assert.Equal(10, Measure(within, "life-satisfaction").GetProperty("reviewed").GetProperty("count").GetInt32());
        var after = await (await client.GetAsync($"/api/measures/outcomes?programmeId={programmeId}&from=2026-11-22", Cancel)).JsonAsync();
        Assert.Empty(after.GetProperty("measures").EnumerateArray());

        await (await client.GetAsync("/api/measures/outcomes?from=2027-02-01&to=2027-01-01", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Commissioners_see_every_team_and_other_providers_and_teams_see_none_of_it()
    {
        var programmeId = await ProgrammeWithOutcomesAsync();
        var url = $"/api/measures/outcomes?programmeId={programmeId}";

        var commissioner = await (await (await app.ClientAsync(StaffRole.Commissioner)).GetAsync(url, Cancel)).JsonAsync();
        Assert.Equal(10, Measure(commissioner, "life-satisfaction").GetProperty("reviewed").GetProperty("count").GetInt32());

        foreach (var outsider in new[] { app.OtherProviderManager, app.SouthSenior })
        {
            var json = await (await (await app.ClientAsync(outsider)).GetAsync(url, Cancel)).JsonAsync();
            Assert.Empty(json.GetProperty("measures").EnumerateArray());
        }

        var southPage = await (await app.ClientAsync(app.SouthSenior)).GetPageAsync($"/measures/outcomes?ProgrammeId={programmeId}");
        Assert.Contains("No wellbeing measures have been recorded", southPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_workers_and_other_roles_are_refused()
    {
        foreach (var role in new[] { StaffRole.LinkWorker, StaffRole.Referrer, StaffRole.Partner, StaffRole.Administrator })
        {
            var client = await app.ClientAsync(role);
            await (await client.GetAsync("/api/measures/outcomes", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden, $"{role} GET /api/measures/outcomes");
            var page = await client.GetAsync("/measures/outcomes", Cancel);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/error/403", page.RedirectTarget().AbsolutePath);
        }
    }
}
