using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.MeasureReviews;

/// <summary>GET /api/episodes/{id}/measure-schedule and POST /api/episodes/{id}/measure-deferrals.</summary>
public sealed class MeasureReviewsApi(MeasureReviewsApp app) : IClassFixture<MeasureReviewsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string ScheduleUrl(Guid episodeId) => $"/api/episodes/{episodeId}/measure-schedule";

    private static string DeferralsUrl(Guid episodeId) => $"/api/episodes/{episodeId}/measure-deferrals";

    [Fact]
    public async Task The_schedule_lists_each_measures_next_occasion_and_the_read_is_audited()
    {
        var person = await app.AllocatedAsync(20);
        await app.RecordOns4Async(person, MeasureReviewsApp.Start.AddDays(-10));
        var reads = await app.ReadsOfAsync(person.PersonId);

        var json = await (await (await app.ClientAsync(app.Worker)).GetAsync(ScheduleUrl(person.EpisodeId), Cancel)).JsonAsync();

        Assert.Equal((12, true, true), (json.GetProperty("reviewWeeks").GetInt32(), json.GetProperty("askAtDischarge").GetBoolean(), json.GetProperty("inSupport").GetBoolean()));
        var next = json.GetProperty("next").EnumerateArray().ToList();
        Assert.Equal(
            [("Review", "2027-05-14", "NotYetDue"), ("Baseline", "2027-02-09", "Overdue")],
            next.Select(n => (n.GetProperty("occasion").GetString(), n.GetProperty("dueOn").GetString(), n.GetProperty("state").GetString())));
        Assert.Equal(reads + 1, await app.ReadsOfAsync(person.PersonId));
    }

    [Fact]
    public async Task Preparing_discharge_makes_a_measure_with_a_baseline_due_today()
    {
        var person = await app.AllocatedAsync(60);
        await app.RecordOns4Async(person, MeasureReviewsApp.Start.AddDays(-50));

        var json = await (await (await app.ClientAsync(app.Worker)).GetAsync(ScheduleUrl(person.EpisodeId) + "?preparingDischarge=true", Cancel)).JsonAsync();

        var ons4 = json.GetProperty("next").EnumerateArray().First();
        Assert.Equal(("Discharge", "2027-03-01", "Due"), (ons4.GetProperty("occasion").GetString(), ons4.GetProperty("dueOn").GetString(), ons4.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task A_deferral_moves_the_due_date_and_is_listed()
    {
        var person = await app.AllocatedAsync(20);
        var client = await app.ClientAsync(app.Worker);

        var created = await client.PostAsJsonAsync(DeferralsUrl(person.EpisodeId), new { questionnaireUrl = BuiltInQuestionnaires.Ucla3Url, reason = "Bereavement", until = "2027-04-12" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await (await client.GetAsync(ScheduleUrl(person.EpisodeId), Cancel)).JsonAsync();
        var ucla = json.GetProperty("next").EnumerateArray().Single(n => n.GetProperty("questionnaireUrl").GetString() == BuiltInQuestionnaires.Ucla3Url);
        Assert.Equal(("2027-04-12", "NotYetDue", true, "2027-02-09"), (ucla.GetProperty("dueOn").GetString(), ucla.GetProperty("state").GetString(), ucla.GetProperty("deferred").GetBoolean(), ucla.GetProperty("scheduledOn").GetString()));
        Assert.Equal("Bereavement", json.GetProperty("deferrals")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_deferral_without_a_reason_too_far_ahead_or_for_another_questionnaire_is_refused_with_the_field()
    {
        var person = await app.AllocatedAsync(5);
        var client = await app.ClientAsync(app.Worker);

        var noReason = await client.PostAsJsonAsync(DeferralsUrl(person.EpisodeId), new { questionnaireUrl = BuiltInQuestionnaires.Ons4Url, reason = " ", until = "2027-04-12" }, Cancel);
        Assert.True((await noReason.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));

        var tooFar = await client.PostAsJsonAsync(DeferralsUrl(person.EpisodeId), new { questionnaireUrl = BuiltInQuestionnaires.Ons4Url, reason = "Away", until = "2028-01-01" }, Cancel);
        Assert.True((await tooFar.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("until", out _));

        var other = await client.PostAsJsonAsync(DeferralsUrl(person.EpisodeId), new { questionnaireUrl = "https://example.org/q/other", reason = "Away", until = "2027-04-01" }, Cancel);
        Assert.True((await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("questionnaireUrl", out _));

        var missing = await client.PostAsJsonAsync(DeferralsUrl(person.EpisodeId), new { reason = "Away" }, Cancel);
        await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Outside_the_team_is_not_found_and_only_link_workers_put_measures_off()
    {
        var person = await app.AllocatedAsync(5);
        var body = new { questionnaireUrl = BuiltInQuestionnaires.Ons4Url, reason = "Away", until = "2027-04-01" };

        var south = await app.ClientAsync(app.SouthWorker);
        await (await south.GetAsync(ScheduleUrl(person.EpisodeId), Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await south.PostAsJsonAsync(DeferralsUrl(person.EpisodeId), body, Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await (await app.ClientAsync(app.OtherProviderManager)).GetAsync(ScheduleUrl(person.EpisodeId), Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);

        var manager = await app.ClientAsync(StaffRole.ServiceManager);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(ScheduleUrl(person.EpisodeId), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync(DeferralsUrl(person.EpisodeId), body, Cancel)).StatusCode);

        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var client = await app.ClientAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(ScheduleUrl(person.EpisodeId), Cancel)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(ScheduleUrl(person.EpisodeId), Cancel)).StatusCode);
    }
}
