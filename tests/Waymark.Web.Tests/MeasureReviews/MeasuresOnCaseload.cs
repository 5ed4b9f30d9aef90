using System.Text.Json;
using Waymark.Domain.Measures;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.MeasureReviews;

/// <summary>Due and overdue wellbeing measures beside the contacts on My caseload, the team caseload and /api/caseload.</summary>
public sealed class MeasuresOnCaseload(MeasureReviewsApp app) : IClassFixture<MeasureReviewsApp>
{
    private static string Family() => $"Meas{Guid.NewGuid():N}"[..14];

    private static IReadOnlyList<string> Tags(AngleSharp.Dom.IElement row) =>
        [.. row.QuerySelectorAll("[data-measures] .nhsuk-tag").Select(t => t.TextContent.Trim())];

    [Fact]
    public async Task A_baseline_is_due_from_the_allocation_and_overdue_more_than_14_days_later()
    {
        var family = Family();
        var fresh = await app.AllocatedAsync(0, familyName: family + "a");
        var waited = await app.AllocatedAsync(15, familyName: family + "b");
        var justDue = await app.AllocatedAsync(14, familyName: family + "c");

        var page = await (await app.ClientAsync(app.Worker)).GetPageAsync($"/caseload?search={family}");

        var freshRow = page.QuerySelector($"tr[data-episode='{fresh.EpisodeId}']")!;
        Assert.Equal(["Due", "Due"], Tags(freshRow));
        Assert.Contains("ONS4 personal wellbeing baseline due 1 Mar 2027", freshRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("UCLA three-item loneliness scale baseline due 1 Mar 2027", freshRow.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/episodes/{fresh.EpisodeId}/measure-reviews", freshRow.QuerySelector("[data-measures] a")!.GetAttribute("href"));
        var waitedRow = page.QuerySelector($"tr[data-episode='{waited.EpisodeId}']")!;
        Assert.Equal(["Overdue", "Overdue"], Tags(waitedRow));
        Assert.Contains("ONS4 personal wellbeing baseline overdue since 14 Feb 2027", waitedRow.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Due", "Due"], Tags(page.QuerySelector($"tr[data-episode='{justDue.EpisodeId}']")!));
        Assert.Contains("Wellbeing measures", page.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public async Task Once_the_baseline_is_recorded_nothing_is_due_and_the_filter_leaves_the_person_out()
    {
        var family = Family();
        var answered = await app.AllocatedAsync(10, familyName: family + "a");
        await app.RecordOns4Async(answered, MeasureReviewsApp.Start.AddDays(-5));
        await app.RecordUcla3Async(answered, MeasureReviewsApp.Start.AddDays(-5));
        var waiting = await app.AllocatedAsync(10, familyName: family + "b");
        var client = await app.ClientAsync(app.Worker);

        var all = await client.GetPageAsync($"/caseload?search={family}");
        var answeredRow = all.QuerySelector($"tr[data-episode='{answered.EpisodeId}']")!;
        Assert.Empty(Tags(answeredRow));
        Assert.Contains("None due", answeredRow.QuerySelector("[data-measures]")!.TextContent, StringComparison.Ordinal);

        var filtered = await client.GetPageAsync($"/caseload?search={family}&MeasuresDue=true");
        Assert.Null(filtered.QuerySelector($"tr[data-episode='{answered.EpisodeId}']"));
        Assert.NotNull(filtered.QuerySelector($"tr[data-episode='{waiting.EpisodeId}']"));
        Assert.NotNull(filtered.GetElementById("MeasuresDue")!.GetAttribute("checked"));
        var sortLink = filtered.QuerySelectorAll("thead th a")[0].GetAttribute("href")!;
        Assert.Contains("measuresDue=true", sortLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_falls_due_the_programmes_interval_after_the_baseline_for_the_programmes_own_measures()
    {
        var programmeId = await app.ProgrammeAsync(p =>
        {
            p.SetReviewWeeks(4);
            p.SetMeasures([BuiltInQuestionnaires.Ons4Url], askAtDischarge: true);
        });
        var family = Family();
        var person = await app.AllocatedAsync(40, programmeId, familyName: family);
        await app.RecordOns4Async(person, MeasureReviewsApp.Start.AddDays(-30));

        var row = (await (await app.ClientAsync(app.Worker)).GetPageAsync($"/caseload?search={family}")).QuerySelector($"tr[data-episode='{person.EpisodeId}']")!;

        Assert.Equal(["Due"], Tags(row));
        Assert.Contains("ONS4 personal wellbeing review 1 due 27 Feb 2027", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("UCLA", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_put_off_leaves_the_caseload_until_its_new_date()
    {
        var family = Family();
        var person = await app.AllocatedAsync(20, familyName: family);
        var client = await app.ClientAsync(app.Worker);
        var defer = $"/episodes/{person.EpisodeId}/measure-reviews/defer?url={Uri.EscapeDataString(BuiltInQuestionnaires.Ons4Url)}";

        var posted = await client.PostFieldsAsync(defer, [("url", BuiltInQuestionnaires.Ons4Url), ("Reason", "Bereavement last week"), ("Until.Day", "15"), ("Until.Month", "3"), ("Until.Year", "2027")]);
        await client.FollowAsync(posted, $"/episodes/{person.EpisodeId}/measure-reviews");

        var row = (await client.GetPageAsync($"/caseload?search={family}")).QuerySelector($"tr[data-episode='{person.EpisodeId}']")!;
        Assert.Equal(["Overdue"], Tags(row));
        Assert.DoesNotContain("ONS4", row.QuerySelector("[data-measures]")!.TextContent, StringComparison.Ordinal);

        app.App.Clock.Set(MeasureReviewsApp.Start.AddDays(14));
        try
        {
            var later = (await (await app.ClientAsync(app.Worker)).GetPageAsync($"/caseload?search={family}")).QuerySelector($"tr[data-episode='{person.EpisodeId}']")!;
            Assert.Contains("ONS4 personal wellbeing baseline due 15 Mar 2027", later.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            app.App.Clock.Set(MeasureReviewsApp.Start);
        }
    }

    [Fact]
    public async Task The_team_caseload_shows_each_persons_measures_but_counts_none_per_worker()
    {
        var family = Family();
        var person = await app.AllocatedAsync(20, familyName: family);

        var page = await (await app.ClientAsync(app.Senior)).GetPageAsync($"/team/caseload?search={family}");

        Assert.Equal(["Overdue", "Overdue"], Tags(page.QuerySelector($"tr[data-episode='{person.EpisodeId}']")!));
        Assert.DoesNotContain("measure", page.QuerySelector("[data-caseload-summary]")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_caseload_API_lists_the_measures_due_and_filters_by_them()
    {
        var family = Family();
        var due = await app.AllocatedAsync(16, familyName: family + "a");
        var answered = await app.AllocatedAsync(16, familyName: family + "b");
        await app.RecordOns4Async(answered, MeasureReviewsApp.Start.AddDays(-1));
        await app.RecordUcla3Async(answered, MeasureReviewsApp.Start.AddDays(-1));
        var client = await app.ClientAsync(app.Worker);

        var json = await (await client.GetAsync($"/api/caseload?search={family}&measuresDueOnly=true", TestContext.Current.CancellationToken)).JsonAsync();

        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(due.EpisodeId, item.GetProperty("episodeId").GetGuid());
        var measures = item.GetProperty("measuresDue").EnumerateArray().ToList();
        Assert.Equal([BuiltInQuestionnaires.Ons4Url, BuiltInQuestionnaires.Ucla3Url], measures.Select(m => m.GetProperty("questionnaireUrl").GetString()));
        Assert.All(measures, m => Assert.Equal(("Baseline", "2027-02-13", true), (m.GetProperty("occasion").GetString(), m.GetProperty("dueOn").GetString(), m.GetProperty("overdue").GetBoolean())));
        Assert.Equal(JsonValueKind.Number, json.GetProperty("summary").GetProperty("total").ValueKind);
    }
}
