using System.Net;
using AngleSharp.Dom;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;
using Waymark.Web.Tests.Work;

namespace Waymark.Web.Tests.Measures;

/// <summary>
/// The episode's "Wellbeing measures" page, the person's record summary, scoring goals at a review and adding HbA1c
/// results: charts with tables and a sentence each, change since baseline, forms with NHS errors.
/// </summary>
public sealed class MeasureProgressPages(MeasureProgressApp fixture) : IClassFixture<MeasureProgressApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Measures(Guid episodeId) => $"/episodes/{episodeId}/measures";

    private static IElement Section(IDocument page, string measureId) =>
        page.QuerySelector($"section[data-measure='{measureId}']") ?? throw new InvalidOperationException($"No chart of {measureId}");

    [Fact]
    public async Task The_measures_page_charts_each_ONS4_measure_with_a_table_a_summary_and_the_change_since_baseline()
    {
        var person = await fixture.CaseAsync();
        await fixture.Ons4Async(person, daysAgo: 91, satisfaction: 4, anxiety: 7);
        await fixture.Ons4Async(person, daysAgo: 0, satisfaction: 7, anxiety: 6);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync(Measures(person.EpisodeId));

        var satisfaction = Section(page, "life-satisfaction");
        var svg = satisfaction.QuerySelector("svg[role='img']")!;
        Assert.Equal("Life satisfaction over time", svg.QuerySelector("title")!.TextContent);
        Assert.Equal(2, svg.QuerySelectorAll(".waymark-line-chart__point").Length);
        Assert.NotNull(svg.QuerySelector("polyline"));
        Assert.Equal(["Low", "Medium", "High", "Very high"], svg.QuerySelectorAll("[data-band]").Select(b => b.GetAttribute("data-band")));
        var summary = satisfaction.QuerySelector("[data-summary]")!.TextContent;
        Assert.Matches(@"^Life satisfaction went from 4 \(low\) at baseline on .+ to 7 \(high\) on .+: improved\.$", summary);
        Assert.Equal(summary, svg.QuerySelector("desc")!.TextContent);
        var rows = satisfaction.QuerySelectorAll("table[data-table='measure'] tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal([["4", "Low"], ["7", "High"]], rows.Select(r => r[1..]));
        Assert.Equal("Improved", satisfaction.QuerySelector("dl[data-change]")!.GetAttribute("data-change"));
        Assert.Contains("+3", satisfaction.QuerySelector("dl[data-change]")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(": unchanged.", Section(page, "anxiety").QuerySelector("[data-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector("[aria-current='page']")?.GetAttribute("aria-current"));
        Assert.Contains("Wellbeing measures", page.QuerySelector("[aria-current='page']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UCLA_3_draws_its_lonely_threshold_as_a_line_with_words()
    {
        var person = await fixture.CaseAsync();
        await fixture.RespondAsync(person, 30, BuiltInQuestionnaires.Ucla3,
            QuestionnaireAnswer.Chosen("lack-companionship", "often"), QuestionnaireAnswer.Chosen("left-out", "often"), QuestionnaireAnswer.Chosen("isolated", "some-of-the-time"));
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync(Measures(person.EpisodeId));

        var chart = Section(page, ScoringRule.TotalMeasureId);
        Assert.Equal("Threshold: 6 or more (lonely)", chart.QuerySelector(".waymark-line-chart__threshold text")!.TextContent);
        Assert.Contains("no later score to compare with yet", chart.QuerySelector("[data-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(chart.QuerySelector("dl[data-change]"));
    }

    [Fact]
    public async Task With_nothing_recorded_the_page_says_so_and_links_to_the_recording_page()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync(Measures(person.EpisodeId));

        Assert.NotNull(page.QuerySelector($"#no-questionnaires a[href='/episodes/{person.EpisodeId}/questionnaires']"));
        Assert.NotNull(page.QuerySelector("#no-goals"));
        Assert.Null(page.QuerySelector("#hba1c"));
        Assert.Empty(page.QuerySelectorAll("svg.waymark-line-chart__svg"));
    }

    [Fact]
    public async Task Goals_are_scored_at_a_review_each_optional_and_charted_per_goal()
    {
        var person = await fixture.CaseAsync();
        var goals = await fixture.GoalsAsync(person, "Get back to the allotment", "Walk to the shops");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/measures/goal-scores";
        var form = await client.GetPageAsync(url);
        Assert.Equal(["Get back to the allotment", "Walk to the shops"], form.QuerySelectorAll("[data-goal] label").Select(l => l.TextContent.Trim()).Order());

        var today = fixture.Now;
        var response = await client.PostFieldsAsync(url, DateFields(today).Concat(
            [("Input.Goals[0].GoalId", goals[0].ToString()), ("Input.Goals[0].Score", "4"), ("Input.Goals[1].GoalId", goals[1].ToString()), ("Input.Goals[1].Score", "")]));

        var page = await client.FollowAsync(response, $"/episodes/{person.EpisodeId}/measures#goals");
        Assert.Equal("1 goal scored", page.Banner());
        Assert.Equal(4, Assert.Single(await fixture.GoalScoresAsync(goals[0])).Score);
        Assert.Empty(await fixture.GoalScoresAsync(goals[1]));
        var chart = Section(page, "goal");
        Assert.Equal("Get back to the allotment", chart.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(["4"], chart.QuerySelectorAll("table tbody tr td:nth-child(2)").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task A_goal_score_outside_1_to_10_or_no_score_at_all_is_refused_with_the_words_kept()
    {
        var person = await fixture.CaseAsync();
        var goals = await fixture.GoalsAsync(person, "Join the choir");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/measures/goal-scores";

        var tooHigh = await Html.ParseAsync(await client.PostFieldsAsync(url, DateFields(fixture.Now).Concat(
            [("Input.Goals[0].GoalId", goals[0].ToString()), ("Input.Goals[0].Score", "11")])));
        var none = await Html.ParseAsync(await client.PostFieldsAsync(url, DateFields(fixture.Now).Concat(
            [("Input.Goals[0].GoalId", goals[0].ToString()), ("Input.Goals[0].Score", "")])));
        var future = await Html.ParseAsync(await client.PostFieldsAsync(url, DateFields(fixture.Now.AddDays(2)).Concat(
            [("Input.Goals[0].GoalId", goals[0].ToString()), ("Input.Goals[0].Score", "5")])));

        Assert.Equal(["Enter a whole number from 1 to 10, or leave it empty to skip this goal"], tooHigh.ErrorSummary());
        Assert.Equal("11", tooHigh.ValueOf("Input_Goals_0__Score"));
        Assert.Equal(["Score at least one goal, from 1 to 10"], none.ErrorSummary());
        Assert.Equal(["The date of the review must be today or in the past"], future.ErrorSummary());
        Assert.Empty(await fixture.GoalScoresAsync(goals[0]));
    }

    [Fact]
    public async Task HbA1c_is_offered_for_type_2_diabetes_recorded_with_its_source_and_charted()
    {
        var person = await fixture.CaseAsync(type2Diabetes: true);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/measures/hba1c";
        var before = await client.GetPageAsync(Measures(person.EpisodeId));
        Assert.NotNull(before.QuerySelector($"#hba1c ~ p a[href='{url}']"));
        Assert.NotNull(before.QuerySelector("#no-hba1c"));

        var taken = DateOnly.FromDateTime(fixture.Now.UtcDateTime).AddDays(-20);
        var first = await client.PostFieldsAsync(url, HbA1cFields("64", taken.AddDays(-90), "GpRecord"));
        await client.FollowAsync(first, $"/episodes/{person.EpisodeId}/measures#hba1c");
        var second = await client.PostFieldsAsync(url, HbA1cFields("56", taken, "Other", "Diabetes clinic letter"));
        var page = await client.FollowAsync(second, $"/episodes/{person.EpisodeId}/measures#hba1c");

        Assert.Equal("HbA1c result added", page.Banner());
        var chart = Section(page, "hba1c");
        Assert.Matches(@"^HbA1c went from 64 mmol/mol \(48 or more\) on .+ to 56 mmol/mol \(48 or more\) on .+: improved\.$",
            chart.QuerySelector("[data-summary]")!.TextContent);
        Assert.NotNull(chart.QuerySelector(".waymark-line-chart__threshold"));
        Assert.Equal(["GP record", "Other: Diabetes clinic letter"],
            page.QuerySelectorAll("table[data-table='hba1c-sources'] tbody tr td:nth-child(3)").Select(c => c.TextContent.Trim()));
        Assert.Equal(2, (await fixture.HbA1cResultsAsync(person.PersonId)).Count);
    }

    [Fact]
    public async Task The_HbA1c_form_shows_every_problem_at_once_and_keeps_what_was_typed()
    {
        var person = await fixture.CaseAsync(type2Diabetes: true);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/measures/hba1c";

        var page = await Html.ParseAsync(await client.PostFieldsAsync(url, HbA1cFields("7", DateOnly.FromDateTime(fixture.Now.UtcDateTime).AddDays(3), "")));
        var notNumber = await Html.ParseAsync(await client.PostFieldsAsync(url, HbA1cFields("7.5%", DateOnly.FromDateTime(fixture.Now.UtcDateTime), "LabReport")));

        Assert.Equal(
            [
                "Enter the HbA1c in mmol/mol, a whole number from 20 to 200 (a result in % needs converting: 7% is 53 mmol/mol)",
                "The date the sample was taken must be today or in the past",
                "Select where the result came from",
            ],
            page.ErrorSummary());
        Assert.Equal("7", page.ValueOf("Input_Value"));
        Assert.Equal(["Enter the HbA1c in mmol/mol as a whole number, like 53"], notNumber.ErrorSummary());
        Assert.Empty(await fixture.HbA1cResultsAsync(person.PersonId));
    }

    [Fact]
    public async Task People_without_type_2_diabetes_see_nothing_about_HbA1c_and_its_form_is_not_found()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync(Measures(person.EpisodeId));
        var record = await client.GetPageAsync($"/people/{person.PersonId}");

        Assert.DoesNotContain("HbA1c", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("HbA1c", record.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/episodes/{person.EpisodeId}/measures/hba1c", Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_persons_record_shows_each_measure_with_its_change_and_links_to_the_episodes_measures()
    {
        var person = await fixture.CaseAsync(type2Diabetes: true);
        await fixture.Ons4Async(person, daysAgo: 84, satisfaction: 3);
        await fixture.Ons4Async(person, daysAgo: 1, satisfaction: 8);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var record = await client.GetPageAsync($"/people/{person.PersonId}");

        var block = record.QuerySelector($"[data-episode-measures='{person.EpisodeId}']")!;
        Assert.NotNull(block.QuerySelector($"a[href='/episodes/{person.EpisodeId}/measures']"));
        Assert.Equal(4, block.QuerySelectorAll("svg[role='img']").Length);
        Assert.EndsWith(": improved.", Section(record, "life-satisfaction").QuerySelector("[data-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(record.QuerySelector("#no-hba1c"));
    }

    [Fact]
    public async Task A_record_with_no_measures_says_so_and_links_to_recording_one_in_the_current_episode()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var record = await client.GetPageAsync($"/people/{person.PersonId}");

        Assert.NotNull(record.QuerySelector($"#no-measures a[href='/episodes/{person.EpisodeId}/questionnaires']"));
    }

    [Fact]
    public async Task A_service_manager_reads_the_measures_but_has_no_links_to_record_and_cannot_open_the_forms()
    {
        var person = await fixture.CaseAsync(type2Diabetes: true);
        await fixture.GoalsAsync(person, "Cook a meal for friends");
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var page = await client.GetPageAsync(Measures(person.EpisodeId));

        Assert.Null(page.QuerySelector("a[href$='/measures/goal-scores']"));
        Assert.Null(page.QuerySelector("a[href$='/measures/hba1c']"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent.Contains("Record a questionnaire", StringComparison.Ordinal));
        foreach (var form in new[] { "goal-scores", "hba1c" })
        {
            var response = await client.GetAsync($"/episodes/{person.EpisodeId}/measures/{form}", Cancel);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
        }
    }

    private static IEnumerable<(string, string)> DateFields(DateTimeOffset at) =>
    [
        ("Input.On.Day", at.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Input.On.Month", at.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Input.On.Year", at.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private static (string, string)[] HbA1cFields(string value, DateOnly taken, string source, string detail = "") =>
    [
        ("Input.Value", value),
        ("Input.TakenOn.Day", taken.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Input.TakenOn.Month", taken.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Input.TakenOn.Year", taken.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Input.Source", source),
        ("Input.SourceDetail", detail),
    ];
}
