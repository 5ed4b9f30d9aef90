using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>/team/triage and /team/triage/{episodeId}: what a senior link worker sees and decides.</summary>
public sealed class TriagePages(TeamApp fixture) : IClassFixture<TeamApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<HttpClient> SeniorAsync() => fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

    [Fact]
    public async Task The_list_shows_the_teams_referrals_oldest_first_with_urgency_and_days_since_received()
    {
        var older = await fixture.AgoAsync(TimeSpan.FromDays(3), () => fixture.CaseAsync(EpisodeStatus.Referred));
        var newer = await fixture.CaseAsync(EpisodeStatus.Referred);
        var accepted = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var elsewhere = await fixture.CaseAsync(EpisodeStatus.Referred, fixture.OtherTeamId);

        var page = await (await SeniorAsync()).GetPageAsync("/team/triage?page=1");
        var rows = page.Rows();
        var names = rows.Select(r => r[0]).ToList();

        var olderRow = Assert.Single(rows, r => r[0].Contains(older.FamilyName, StringComparison.Ordinal));
        var newerRow = Assert.Single(rows, r => r[0].Contains(newer.FamilyName, StringComparison.Ordinal));
        Assert.True(names.IndexOf(olderRow[0]) < names.IndexOf(newerRow[0]), "oldest first");
        Assert.Equal("Routine", olderRow[1]);
        Assert.Equal("3 days", olderRow[3]);
        Assert.Equal("0 days", newerRow[3]);
        Assert.Equal("GP practice", olderRow[4]);
        Assert.Equal("Loneliness and isolation", olderRow[5]);
        Assert.DoesNotContain(names, n => n.Contains(accepted.FamilyName, StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains(elsewhere.FamilyName, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector($"a[href='/team/triage/{older.EpisodeId}']"));
    }

    [Fact]
    public async Task The_triage_page_shows_the_referral_the_person_and_their_communication_needs_and_audits_the_read()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Referred);
        await ChangePersonAsync(person.PersonId, p => p.ChangeCommunicationNeeds(CommunicationNeeds.Create(
            "Polish", true, [Domain.Contacts.ContactMode.Phone], "Mornings", false, true, false, HearingNeeds.HearingLoop, SightNeeds.None,
            DigitalAccess.PhoneOnly)));

        var page = await (await SeniorAsync()).GetPageAsync($"/team/triage/{person.EpisodeId}");

        var referral = page.GetElementById("referral")!.TextContent;
        Assert.Contains("Has felt alone since moving here", referral, StringComparison.Ordinal);
        Assert.Contains("Routine", referral, StringComparison.Ordinal);
        Assert.Contains("GP practice", referral, StringComparison.Ordinal);
        Assert.Contains("Test Referrer", referral, StringComparison.Ordinal);
        Assert.Contains("Riverside Medical Centre", referral, StringComparison.Ordinal);
        Assert.Contains("Person agreed to the referral", referral, StringComparison.Ordinal);
        var details = page.GetElementById("person")!.TextContent;
        Assert.Contains("Riverside Medical Centre", details, StringComparison.Ordinal);
        var communication = page.GetElementById("communication")!.TextContent;
        Assert.Contains("Polish (needs an interpreter)", communication, StringComparison.Ordinal);
        Assert.Contains("hearing loop", communication, StringComparison.Ordinal);
        Assert.Contains("needs easy read", communication, StringComparison.Ordinal);
        Assert.Contains("Phone calls only", communication, StringComparison.Ordinal);
        Assert.Contains("not for a particular programme", page.GetElementById("eligibility")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.GetElementById("duplicates"));
        Assert.Equal(1, await fixture.ReadsOfAsync(person.PersonId));
    }

    [Fact]
    public async Task Possible_duplicates_are_shown()
    {
        var first = await fixture.CaseAsync(EpisodeStatus.Referred);
        var second = await fixture.CaseAsync(EpisodeStatus.Referred);
        // Same name and date of birth as the first: probably the same person recorded twice.
        await ChangePersonAsync(second.PersonId, p => p.Rename(first.GivenName, first.FamilyName, null));

        var page = await (await SeniorAsync()).GetPageAsync($"/team/triage/{second.EpisodeId}");

        var duplicates = page.GetElementById("duplicates");
        Assert.NotNull(duplicates);
        Assert.NotNull(duplicates.QuerySelector($"a[href='/people/{first.PersonId}']"));
    }

    [Fact]
    public async Task Eligibility_is_shown_with_reasons_and_accepting_an_ineligible_person_needs_a_reason()
    {
        // People made by CaseAtAsync were born in 1958, so they are in their late sixties.
        var programme = await fixture.ProgrammeAsync($"Over 75s {Guid.NewGuid():N}", 75, null);
        var person = await fixture.CaseAsync(EpisodeStatus.Referred, programmeId: programme.Id);
        var senior = await SeniorAsync();
        var url = $"/team/triage/{person.EpisodeId}";

        var page = await senior.GetPageAsync(url);
        var eligibility = page.GetElementById("eligibility")!;
        Assert.Contains("Does not meet all the rules", eligibility.TextContent, StringComparison.Ordinal);
        var rows = page.Rows();
        Assert.Contains(rows, r => r[0] == "Age" && r[1] == "Not met" && r[2].Contains("under the programme's minimum of 75", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "Qualifying condition" && r[1] == "Met");

        var refused = await Html.ParseAsync(await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Accept",
            ["Input.Priority"] = "Soon",
            ["Input.AcceptReason"] = "Lives alone",
        }));
        Assert.Single(refused.ErrorSummary());
        Assert.Contains("why this person is accepted", refused.FieldError("Input_IneligibleAcceptanceReason"), StringComparison.Ordinal);
        Assert.Equal("Lives alone", refused.GetElementById("Input_AcceptReason")!.TextContent);
        Assert.Equal(EpisodeStatus.Referred, (await fixture.EpisodeAsync(person.EpisodeId)).Status);

        var accepted = await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Accept",
            ["Input.Priority"] = "Soon",
            ["Input.IneligibleAcceptanceReason"] = "Very isolated and nowhere else to go",
        });
        var banner = (await senior.FollowAsync(accepted, "/team/waiting-list")).Banner();
        Assert.Contains("Accepted onto the waiting list (soon priority)", banner, StringComparison.Ordinal);
        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.True(episode.AcceptedWhileIneligible);
        Assert.Equal("Very isolated and nowhere else to go", episode.IneligibleAcceptanceReason);
    }

    [Fact]
    public async Task An_eligible_person_is_accepted_without_an_extra_reason_and_the_referral_code_is_recorded()
    {
        var programme = await fixture.ProgrammeAsync($"Adults {Guid.NewGuid():N}", 18, null);
        var person = await fixture.CaseAsync(EpisodeStatus.Referred, programmeId: programme.Id);
        var senior = await SeniorAsync();
        var url = $"/team/triage/{person.EpisodeId}";
        Assert.Contains("Meets all the rules", (await senior.GetPageAsync(url)).GetElementById("eligibility")!.TextContent, StringComparison.Ordinal);

        var response = await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Accept",
            ["Input.Priority"] = "Urgent",
            ["Input.AcceptReason"] = "Recently bereaved",
        });

        await senior.FollowAsync(response, "/team/waiting-list");
        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.Equal(EpisodeStatus.Waiting, episode.Status);
        Assert.Equal(Priority.Urgent, episode.TriageDecision!.Priority);
        Assert.Equal("Recently bereaved", episode.TriageDecision.Reason);
        Assert.Equal(fixture.Senior.Id, episode.TriageDecision.By);
        var code = Assert.Single(episode.CodedEvents);
        Assert.Equal(("871731000000106", "Referral to social prescribing service"), (code.SnomedCode, code.Display));
    }

    [Fact]
    public async Task Nothing_chosen_asks_for_a_decision()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Referred);
        var senior = await SeniorAsync();

        var page = await Html.ParseAsync(await senior.PostFormAsync($"/team/triage/{person.EpisodeId}", new Dictionary<string, string>()));

        Assert.Equal(["Select what to do with this referral"], page.ErrorSummary());
        Assert.Equal("Select what to do with this referral", page.FieldError("Input_Decision"));
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_an_explanation_for_the_referrer_and_shows_crisis_guidance()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Referred);
        var senior = await SeniorAsync();
        var url = $"/team/triage/{person.EpisodeId}";
        var form = await senior.GetPageAsync(url);
        Assert.Contains("NHS 111", form.GetElementById("Input_DeclineReason-hint")!.TextContent, StringComparison.Ordinal);

        var noReason = await Html.ParseAsync(await senior.PostFormAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "Decline" }));
        Assert.Equal("Select why the referral is not appropriate", noReason.FieldError("Input_DeclineReason"));
        Assert.Equal("Decline", noReason.CheckedValues("Input.Decision").Single());

        var noExplanation = await Html.ParseAsync(await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Decline",
            ["Input.DeclineReason"] = "InCrisis",
        }));
        Assert.Contains("explanation for the referrer", noExplanation.FieldError("Input_Explanation"), StringComparison.Ordinal);

        var declined = await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Decline",
            ["Input.DeclineReason"] = "InCrisis",
            ["Input.Explanation"] = "Called the person and their GP today; directed to the crisis team",
        });
        Assert.Contains("Declined as not appropriate: in crisis", (await senior.FollowAsync(declined, "/team/triage")).Banner(), StringComparison.Ordinal);
        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.Equal(EpisodeStatus.Declined, episode.Status);
        Assert.Equal(DeclineReason.InCrisis, episode.TriageDecision!.DeclineReason);
        Assert.Empty(episode.CodedEvents);
    }

    [Fact]
    public async Task Redirecting_needs_the_service_and_the_reason()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Referred);
        var senior = await SeniorAsync();
        var url = $"/team/triage/{person.EpisodeId}";

        var refused = await Html.ParseAsync(await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Redirect",
            ["Input.RedirectReason"] = "Needs debt advice first",
        }));
        Assert.Contains("the service the person is redirected to", refused.FieldError("Input_Service"), StringComparison.Ordinal);
        Assert.Equal("Needs debt advice first", refused.GetElementById("Input_RedirectReason")!.TextContent);

        var noReason = await Html.ParseAsync(await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Redirect",
            ["Input.Service"] = "Citizens Advice",
        }));
        Assert.Contains("why the person is redirected", noReason.FieldError("Input_RedirectReason"), StringComparison.Ordinal);

        var redirected = await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Redirect",
            ["Input.Service"] = "Citizens Advice",
            ["Input.RedirectReason"] = "Needs debt advice first",
        });
        Assert.Contains("Redirected to Citizens Advice", (await senior.FollowAsync(redirected, "/team/triage")).Banner(), StringComparison.Ordinal);
        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.Equal((EpisodeStatus.Redirected, "Citizens Advice"), (episode.Status, episode.TriageDecision!.RedirectedTo));
    }

    [Fact]
    public async Task When_the_person_declines_the_declined_code_is_recorded_and_the_decision_is_shown_afterwards()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Referred);
        var senior = await SeniorAsync();
        var url = $"/team/triage/{person.EpisodeId}";

        var response = await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "PersonDeclined",
            ["Input.PersonDeclinedReason"] = "Feels better and does not want support now",
        });

        await senior.FollowAsync(response, "/team/triage");
        var episode = await fixture.EpisodeAsync(person.EpisodeId);
        Assert.Equal(EpisodeStatus.PersonDeclined, episode.Status);
        Assert.Equal("871711000000103", Assert.Single(episode.CodedEvents).SnomedCode);

        var after = await senior.GetPageAsync(url);
        Assert.Null(after.QuerySelector("form[method='post'] input[name='Input.Decision']"));
        Assert.Contains("The person declined social prescribing", after.GetElementById("decision")!.TextContent, StringComparison.Ordinal);
        var again = await Html.ParseAsync(await senior.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Accept",
            ["Input.Priority"] = "Routine",
        }, formPage: "/team/triage"));
        Assert.Contains("Only a referral waiting for triage can be triaged", Assert.Single(again.ErrorSummary()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_referral_is_not_found()
    {
        var senior = await SeniorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await senior.GetAsync($"/team/triage/{Guid.NewGuid()}", Cancel)).StatusCode);
    }

    private Task ChangePersonAsync(Guid personId, Action<Person> change) => fixture.App.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        change(await db.People.SingleAsync(p => p.Id == personId, Cancel));
        await db.SaveChangesAsync(Cancel);
    });
}
