using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>
/// /team/waiting-list/{id}/allocate and /api/episodes/{id}/allocation: loads against capacity, suggestions with
/// reasons, over-capacity reasons, and handing a person over.
/// </summary>
public sealed class Allocation(TeamApp fixture) : IClassFixture<TeamApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Url(TestCase person) => $"/team/waiting-list/{person.EpisodeId}/allocate";

    [Fact]
    public async Task The_page_lists_the_teams_active_workers_with_weighted_load_against_capacity_and_audits_the_read()
    {
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var before = LoadOf(await senior.GetPageAsync(Url(waiting)), "Test Link worker");
        await fixture.CaseAsync(EpisodeStatus.Allocated, workerId: fixture.LinkWorker.Id);
        await fixture.CaseAsync(EpisodeStatus.Active, workerId: fixture.LinkWorker.Id);
        await fixture.CaseAsync(EpisodeStatus.Discharged, workerId: fixture.LinkWorker.Id);

        var page = await senior.GetPageAsync(Url(waiting));

        var names = page.Rows().Select(r => r[0]).ToList();
        Assert.Contains("Test Link worker", names);
        Assert.Contains("Test Senior link worker", names);
        Assert.Contains("Paulina Nowak", names);
        Assert.DoesNotContain("Dana Gone", names);
        Assert.DoesNotContain("Sol South", names);
        Assert.Equal(before + 2, LoadOf(page, "Test Link worker"));
        Assert.EndsWith("of 30", page.Rows().Single(r => r[0] == "Test Link worker")[1], StringComparison.Ordinal);
        Assert.Contains(" of 1", page.Rows().Single(r => r[0] == "Paulina Nowak")[1], StringComparison.Ordinal);
        Assert.Equal(["Signposting", "Standard", "Intensive"], page.QuerySelectorAll("input[name='Input.Intensity']").Select(i => i.GetAttribute("value")));
        Assert.Contains("days waiting", page.GetElementById("summary")!.TextContent.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.True(await fixture.ReadsOfAsync(waiting.PersonId) >= 2);
    }

    [Fact]
    public async Task Workers_are_suggested_for_speaking_the_persons_language_having_worked_with_them_and_knowing_their_practice()
    {
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        await fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var person = await db.People.SingleAsync(p => p.Id == waiting.PersonId, Cancel);
            person.ChangeCommunicationNeeds(CommunicationNeeds.Create("POLISH", false, [], null, true, false, false, HearingNeeds.None, SightNeeds.None, DigitalAccess.Internet));
            await db.SaveChangesAsync(Cancel);
        });
        var returning = await ReturningPersonAsync(fixture.Senior.Id);
        await fixture.CaseAsync(EpisodeStatus.Active, workerId: fixture.LinkWorker.Id);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var page = await senior.GetPageAsync(Url(waiting));
        var polish = page.Rows().Single(r => r[0] == "Paulina Nowak");
        Assert.Contains("Speaks polish, the person's preferred language", polish[2], StringComparison.Ordinal);
        Assert.Contains("(suggested)", page.QuerySelector($"label[for='{page.QuerySelector($"input[value='{fixture.PolishWorker.Id}']")!.Id}']")!.TextContent, StringComparison.Ordinal);
        var linkWorker = page.Rows().Single(r => r[0] == "Test Link worker");
        Assert.Contains("from Riverside Medical Centre", linkWorker[2], StringComparison.Ordinal);

        var again = await senior.GetPageAsync(Url(returning));
        Assert.Contains("Has worked with this person before", again.Rows().Single(r => r[0] == "Test Senior link worker")[2], StringComparison.Ordinal);
        Assert.Equal("Test Senior link worker", again.Rows()[0][0]);
    }

    [Fact]
    public async Task Allocating_records_the_worker_and_intensity_and_leaves_the_waiting_list()
    {
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var response = await senior.PostFormAsync(Url(waiting), new Dictionary<string, string>
        {
            ["Input.Intensity"] = "Intensive",
            ["Input.WorkerId"] = fixture.LinkWorker.Id.ToString(),
        });

        var list = await senior.FollowAsync(response, "/team/waiting-list");
        Assert.Contains("allocated to Test Link worker (intensive support)", list.Banner(), StringComparison.Ordinal);
        Assert.DoesNotContain(list.Rows(), r => r[0].Contains(waiting.FamilyName, StringComparison.Ordinal));
        var episode = await fixture.EpisodeAsync(waiting.EpisodeId);
        Assert.Equal((EpisodeStatus.Allocated, fixture.LinkWorker.Id, SupportIntensity.Intensive), (episode.Status, episode.WorkerId, episode.Intensity));
        Assert.Equal(fixture.Senior.Id, Assert.Single(episode.Allocations).By);
    }

    [Fact]
    public async Task Missing_choices_are_asked_for_and_a_worker_outside_the_team_or_disabled_is_refused()
    {
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var nothing = await Html.ParseAsync(await senior.PostFormAsync(Url(waiting), new Dictionary<string, string>()));
        Assert.Equal("Select the support intensity", nothing.FieldError("Input_Intensity"));

        var noWorker = await Html.ParseAsync(await senior.PostFormAsync(Url(waiting), new Dictionary<string, string> { ["Input.Intensity"] = "Standard" }));
        Assert.Equal("Select a link worker", noWorker.FieldError("Input_WorkerId"));
        Assert.Equal(["Standard"], noWorker.CheckedValues("Input.Intensity"));

        foreach (var outsider in new[] { fixture.OtherSenior.Id, fixture.DisabledWorker.Id, fixture.Data.User(StaffRole.ServiceManager).Id })
        {
            var refused = await Html.ParseAsync(await senior.PostFormAsync(Url(waiting), new Dictionary<string, string>
            {
                ["Input.Intensity"] = "Standard",
                ["Input.WorkerId"] = outsider.ToString(),
            }));
            Assert.Equal("Select a link worker from this team who is not disabled", refused.FieldError("Input_WorkerId"));
        }

        Assert.Equal(EpisodeStatus.Waiting, (await fixture.EpisodeAsync(waiting.EpisodeId)).Status);
    }

    [Fact]
    public async Task Going_over_capacity_needs_a_reason_shown_in_the_error_summary()
    {
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var fields = new Dictionary<string, string>
        {
            ["Input.Intensity"] = "Intensive",
            ["Input.WorkerId"] = fixture.PolishWorker.Id.ToString(),
        };

        var refused = await Html.ParseAsync(await senior.PostFormAsync(Url(waiting), fields));
        var message = Assert.Single(refused.ErrorSummary());
        Assert.Contains("why this link worker should take on more than their capacity (", message, StringComparison.Ordinal);
        Assert.Equal(message, refused.FieldError("Input_OverCapacityReason"));
        Assert.Equal(EpisodeStatus.Waiting, (await fixture.EpisodeAsync(waiting.EpisodeId)).Status);

        fields["Input.OverCapacityReason"] = "Only Polish speaker; capacity reviewed next week";
        await senior.FollowAsync(await senior.PostFormAsync(Url(waiting), fields), "/team/waiting-list");
        var episode = await fixture.EpisodeAsync(waiting.EpisodeId);
        Assert.Equal("Only Polish speaker; capacity reviewed next week", Assert.Single(episode.Allocations).OverCapacityReason);
    }

    [Fact]
    public async Task An_allocated_person_is_handed_over_with_a_reason()
    {
        var allocated = await fixture.CaseAsync(EpisodeStatus.Active, workerId: fixture.LinkWorker.Id);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var page = await senior.GetPageAsync(Url(allocated));
        Assert.Contains("Hand over to another link worker", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Rows(), r => r[0] == "Test Link worker");
        Assert.Empty(page.QuerySelectorAll("input[name='Input.Intensity']"));

        var noReason = await Html.ParseAsync(await senior.PostFormAsync(Url(allocated), new Dictionary<string, string>
        {
            ["Input.WorkerId"] = fixture.Senior.Id.ToString(),
        }));
        Assert.Contains("why the person is moving to another link worker", noReason.FieldError("Input_Reason"), StringComparison.Ordinal);

        var handed = await senior.PostFormAsync(Url(allocated), new Dictionary<string, string>
        {
            ["Input.WorkerId"] = fixture.Senior.Id.ToString(),
            ["Input.Reason"] = "Long-term leave",
        });
        Assert.Contains("handed over to Test Senior link worker", (await senior.FollowAsync(handed, "/team/waiting-list")).Banner(), StringComparison.Ordinal);
        var episode = await fixture.EpisodeAsync(allocated.EpisodeId);
        Assert.Equal(fixture.Senior.Id, episode.WorkerId);
        Assert.Equal(2, episode.Allocations.Count);
        Assert.NotNull(episode.Allocations[0].To);
        Assert.Equal("Long-term leave", episode.Allocations[1].Reason);
    }

    [Fact]
    public async Task The_API_allocates_with_the_same_rules()
    {
        var waiting = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var referred = await fixture.CaseAsync(EpisodeStatus.Referred);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var url = $"/api/episodes/{waiting.EpisodeId}/allocation";

        var options = await (await senior.GetAsync(url, Cancel)).JsonAsync();
        Assert.Contains(options.GetProperty("workers").EnumerateArray(), w => w.GetProperty("id").GetGuid() == fixture.PolishWorker.Id
            && w.GetProperty("capacity").GetDecimal() == 1m);

        var over = await senior.PostAsJsonAsync(url, new { workerId = fixture.PolishWorker.Id, intensity = "Standard", }, Cancel);
        var standardFits = over.StatusCode == HttpStatusCode.OK;
        if (!standardFits)
        {
            Assert.True((await over.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("overCapacityReason", out _));
        }

        var intensive = await senior.PostAsJsonAsync($"/api/episodes/{(await fixture.CaseAsync(EpisodeStatus.Waiting)).EpisodeId}/allocation",
            new { workerId = fixture.PolishWorker.Id, intensity = "Intensive" }, Cancel);
        Assert.True((await intensive.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("overCapacityReason", out _));

        await (await senior.PostAsJsonAsync(url, new { intensity = "Standard" }, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await senior.PostAsJsonAsync($"/api/episodes/{referred.EpisodeId}/allocation",
            new { workerId = fixture.LinkWorker.Id, intensity = "Standard" }, Cancel)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var ok = await senior.PostAsJsonAsync($"/api/episodes/{(await fixture.CaseAsync(EpisodeStatus.Waiting)).EpisodeId}/allocation",
            new { workerId = fixture.LinkWorker.Id, intensity = "Signposting" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.JsonAsync();
        Assert.Equal(("Allocated", "Signposting"), (body.GetProperty("status").GetString(), body.GetProperty("intensity").GetString()));

        var handOver = await senior.PutAsJsonAsync($"/api/episodes/{body.GetProperty("episodeId").GetGuid()}/allocation",
            new { workerId = fixture.Senior.Id, reason = "Closer to home" }, Cancel);
        Assert.Equal(fixture.Senior.Id, (await handOver.JsonAsync()).GetProperty("workerId").GetGuid());
    }

    private static decimal LoadOf(AngleSharp.Dom.IDocument page, string worker) =>
        decimal.Parse(page.Rows().Single(r => r[0] == worker)[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A person discharged by <paramref name="workerId"/> and referred again, now on the waiting list.</summary>
    private Task<TestCase> ReturningPersonAsync(Guid workerId) => fixture.App.WithScopeAsync(async services =>
    {
        var first = await fixture.CaseAsync(EpisodeStatus.Discharged, workerId: workerId);
        var db = services.GetRequiredService<AppDbContext>();
        var previous = await db.Episodes.SingleAsync(e => e.Id == first.EpisodeId, Cancel);
        var now = fixture.App.Clock.GetUtcNow();
        var referral = Referral.SelfReferral(first.PersonId, [ReferralNeed.Of(NeedCategory.Bereavement)], Urgency.Soon, now);
        var episode = Episode.ReReferral(previous, referral.Id, null, fixture.TeamId, now);
        Triage.Accept(episode, Priority.Soon, null, true, null, fixture.Senior.Id, now);
        db.AddRange(referral, episode);
        await db.SaveChangesAsync(Cancel);
        return first with { EpisodeId = episode.Id, ReferralId = referral.Id };
    });
}
