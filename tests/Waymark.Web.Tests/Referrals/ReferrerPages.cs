using System.Net;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Audit;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Referrals;

/// <summary>
/// /referrals and /referrals/new: a referrer refers people from their own practice and sees what became of their
/// practice's referrals — status, outcome and reason only.
/// </summary>
public sealed class ReferrerPages(ReferralsApp fixture) : IClassFixture<ReferralsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_referrers_home_leads_with_a_prominent_make_a_referral_button()
    {
        var client = await fixture.SignedInAsync(StaffRole.Referrer);

        var page = await client.GetPageAsync("/referrals");

        var button = page.GetElementById("make-a-referral");
        Assert.NotNull(button);
        Assert.Equal("/referrals/new", button.GetAttribute("href"));
        Assert.Contains("nhsuk-button", button.ClassName, StringComparison.Ordinal);
        Assert.Equal("Make a referral", button.TextContent.Trim());
    }

    [Fact]
    public async Task A_referrer_refers_someone_who_arrives_in_the_covering_teams_triage_and_in_the_practice_list()
    {
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var family = fixture.Family("Referred");
        var nhsNumber = TestOrganisations.NewNhsNumber();

        var response = await client.PostFieldsAsync("/referrals/new", ReferralsApp.Form(family, nhsNumber));

        var list = await client.FollowAsync(response, "/referrals");
        Assert.Contains("Referral sent to North team", list.Banner(), StringComparison.Ordinal);
        var row = Assert.Single(list.Rows(), r => r[0].Contains(family, StringComparison.Ordinal));
        Assert.Contains("Received – waiting for triage", row[2], StringComparison.Ordinal);

        var (referral, episode, person) = await LatestForAsync(family);
        Assert.Equal(ReferralSource.Practice, referral.Source);
        Assert.Equal(fixture.Data.PracticeId, referral.ReferringOrganisationId);
        Assert.Equal(fixture.Data.User(StaffRole.Referrer).Id, referral.ReferrerUserId);
        Assert.Equal(Urgency.Soon, referral.Urgency);
        Assert.Equal([NeedCategory.LonelinessAndIsolation, NeedCategory.MoneyAndBenefits], referral.Needs.Select(n => n.Category));
        Assert.Equal("Has not left the house much since her husband died", referral.Needs[0].InTheirWords);
        Assert.Equal("Prefers calls after 10am", referral.ReferrerNotes);
        Assert.Equal(fixture.Data.TeamId, episode.TeamId);
        Assert.Equal(EpisodeStatus.Referred, episode.Status);
        Assert.Null(episode.ProgrammeId);
        Assert.Null(episode.PreviousEpisodeId);
        Assert.Equal(nhsNumber, person.NhsNumber?.Value);
        Assert.Equal(fixture.Data.PracticeId, person.RegisteredPracticeId);
        Assert.Equal("07700 900982", person.Phone);
    }

    [Fact]
    public async Task Every_required_field_left_out_is_named_in_the_error_summary_and_nothing_is_saved()
    {
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var before = await fixture.ReferralCountAsync();

        var response = await client.PostFieldsAsync("/referrals/new", [("Input.Notes", "Kept after the error")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(
            [
                "Enter the person's NHS number",
                "Enter the person's first name",
                "Enter the person's last name",
                "Enter a date of birth",
                "Select at least one thing the person needs help with",
                "Select how urgent the referral is",
                "Confirm the person has agreed to be referred. Nobody is referred without agreeing to it",
            ],
            page.ErrorSummary());
        Assert.Equal("Enter the person's NHS number", page.FieldError("Input_NhsNumber"));
        Assert.Equal("Enter a date of birth", page.FieldError("Input_DateOfBirth"));
        Assert.Equal("Select how urgent the referral is", page.FieldError("Input_Urgency"));
        Assert.Equal("Kept after the error", page.GetElementById("Input_Notes")?.TextContent);
        Assert.Equal(before, await fixture.ReferralCountAsync());
    }

    [Fact]
    public async Task An_NHS_number_failing_the_modulus_11_check_is_refused_and_kept_for_correcting()
    {
        var client = await fixture.SignedInAsync(StaffRole.Referrer);

        var response = await client.PostFieldsAsync("/referrals/new", ReferralsApp.Form(fixture.Family("Typo"), "943 476 5918"));

        var page = await Html.ParseAsync(response);
        Assert.Equal(["Enter a valid NHS number – check it carefully"], page.ErrorSummary());
        Assert.Equal("943 476 5918", page.ValueOf("Input_NhsNumber"));
        Assert.Equal("Alex", page.ValueOf("Input_GivenName"));
    }

    [Fact]
    public async Task A_date_that_does_not_exist_and_other_needs_without_words_are_explained()
    {
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var fields = ReferralsApp.Form(fixture.Family("Dates"), TestOrganisations.NewNhsNumber(), day: "31", month: "2");
        fields.Add(("Input.Needs", "Other"));

        var page = await Html.ParseAsync(await client.PostFieldsAsync("/referrals/new", fields));

        Assert.Equal("Date of birth must be a real date, like 27 3 1962", page.FieldError("Input_DateOfBirth"));
        Assert.Equal("Enter what the other need is", page.FieldError("Input_Words_Other_"));
        Assert.Equal("31", page.ValueOf("Input_DateOfBirth"));
    }

    [Fact]
    public async Task A_known_NHS_number_refers_the_existing_person_again_linked_to_their_ended_episode()
    {
        var nhsNumber = TestOrganisations.NewNhsNumber();
        var earlier = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Discharged, fixture.Data.User(StaffRole.LinkWorker).Id,
            fixture.Data.PracticeId, familyName: fixture.Family("Again"), nhsNumber: nhsNumber);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);

        var response = await client.PostFieldsAsync("/referrals/new", ReferralsApp.Form("Differently-Spelt", nhsNumber, givenName: "Samantha"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episodes = await fixture.WithDbAsync(db => db.Episodes.AsNoTracking().Where(e => e.PersonId == earlier.PersonId).ToListAsync(Cancel));
        Assert.Equal(2, episodes.Count);
        var again = Assert.Single(episodes, e => e.Id != earlier.EpisodeId);
        Assert.Equal(earlier.EpisodeId, again.PreviousEpisodeId);
        Assert.Equal(EpisodeStatus.Referred, again.Status);
        Assert.Equal(1, await fixture.WithDbAsync(db => db.People.CountAsync(p => p.NhsNumber == NhsNumberOf(nhsNumber), Cancel)));
        Assert.False(await fixture.WithDbAsync(db => db.People.AnyAsync(p => p.FamilyName == "Differently-Spelt", Cancel)));
    }

    [Fact]
    public async Task Someone_with_an_open_episode_is_not_referred_twice()
    {
        var nhsNumber = TestOrganisations.NewNhsNumber();
        await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Waiting, practiceId: fixture.Data.PracticeId,
            familyName: fixture.Family("Open"), nhsNumber: nhsNumber);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var before = await fixture.ReferralCountAsync();

        var page = await Html.ParseAsync(await client.PostFieldsAsync("/referrals/new", ReferralsApp.Form("Open", nhsNumber)));

        var error = Assert.Single(page.ErrorSummary());
        Assert.Contains("already has an open episode", error, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.ReferralCountAsync());
    }

    [Fact]
    public async Task A_same_name_and_birthday_match_is_shown_until_the_referrer_confirms_a_different_person()
    {
        var family = fixture.Family("Twin");
        await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Referred, familyName: family);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var fields = ReferralsApp.Form(family, TestOrganisations.NewNhsNumber(), givenName: "Sam");

        var page = await Html.ParseAsync(await client.PostFieldsAsync("/referrals/new", fields));

        Assert.Contains("may already be known", Assert.Single(page.ErrorSummary()), StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("Input_ConfirmedDifferentPerson"));
        Assert.Equal(1, await fixture.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family, Cancel)));

        fields.Add(("Input.ConfirmedDifferentPerson", "true"));
        var confirmed = await client.PostFieldsAsync("/referrals/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await fixture.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family, Cancel)));
    }

    [Fact]
    public async Task A_practice_no_team_covers_is_told_so_and_nothing_is_saved()
    {
        var client = await fixture.SignedInAsync(fixture.HilltopReferrer);
        var before = await fixture.ReferralCountAsync();

        var page = await Html.ParseAsync(await client.PostFieldsAsync("/referrals/new", ReferralsApp.Form(fixture.Family("Hill"), TestOrganisations.NewNhsNumber())));

        Assert.Equal(["No social prescribing team covers your practice yet. Contact the social prescribing service to set this up."], page.ErrorSummary());
        Assert.Equal(before, await fixture.ReferralCountAsync());
    }

    [Fact]
    public async Task A_referrer_sees_only_their_own_practices_referrals()
    {
        var ours = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Referred, practiceId: fixture.Data.PracticeId, familyName: fixture.Family("Ours"));
        var theirs = await fixture.App.CaseAtAsync(fixture.ParkTeamId, EpisodeStatus.Referred, practiceId: fixture.ParkPracticeId, familyName: fixture.Family("Theirs"));
        var selfReferred = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Referred, familyName: fixture.Family("Selfie"));

        var riverside = await (await fixture.SignedInAsync(StaffRole.Referrer)).GetPageAsync("/referrals");
        var parkside = await (await fixture.SignedInAsync(fixture.ParkReferrer)).GetPageAsync("/referrals");

        var riversideText = riverside.Body!.TextContent;
        Assert.Contains(ours.FamilyName, riversideText, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.FamilyName, riversideText, StringComparison.Ordinal);
        Assert.DoesNotContain(selfReferred.FamilyName, riversideText, StringComparison.Ordinal);
        var parksideText = parkside.Body!.TextContent;
        Assert.Contains(theirs.FamilyName, parksideText, StringComparison.Ordinal);
        Assert.DoesNotContain(ours.FamilyName, parksideText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_each_outcome_and_its_reason_but_never_the_teams_notes()
    {
        var worker = fixture.Data.User(StaffRole.LinkWorker).Id;
        var declined = await fixture.App.CaseAtAsync(fixture.ParkTeamId, EpisodeStatus.Declined, practiceId: fixture.ParkPracticeId, familyName: fixture.Family("Declined"));
        var redirected = await fixture.App.CaseAtAsync(fixture.ParkTeamId, EpisodeStatus.Redirected, practiceId: fixture.ParkPracticeId, familyName: fixture.Family("Redirected"));
        var discharged = await fixture.App.CaseAtAsync(fixture.ParkTeamId, EpisodeStatus.Discharged, worker, fixture.ParkPracticeId, familyName: fixture.Family("Discharged"));
        await fixture.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            db.Add(Contact.Record(discharged.EpisodeId, now.AddDays(-1), ContactMode.HomeVisit, 45, ContactOutcome.Reached,
                "Private: talked about her son's court case", worker, now));
            return await db.SaveChangesAsync(Cancel);
        });

        var page = await (await fixture.SignedInAsync(fixture.ParkReferrer)).GetPageAsync("/referrals");

        var declinedRow = Assert.Single(page.Rows(), r => r[0].Contains(declined.FamilyName, StringComparison.Ordinal));
        Assert.Equal("Not accepted", declinedRow[2]);
        Assert.Contains("Outside the area we cover", declinedRow[3], StringComparison.Ordinal);
        Assert.Contains("Lives outside the area we cover", declinedRow[3], StringComparison.Ordinal);
        var redirectedRow = Assert.Single(page.Rows(), r => r[0].Contains(redirected.FamilyName, StringComparison.Ordinal));
        Assert.Contains("Redirected to Citizens Advice", redirectedRow[3], StringComparison.Ordinal);
        Assert.Contains("Needs debt advice first", redirectedRow[3], StringComparison.Ordinal);
        var dischargedRow = Assert.Single(page.Rows(), r => r[0].Contains(discharged.FamilyName, StringComparison.Ordinal));
        Assert.Equal("Discharged", dischargedRow[2]);
        Assert.Contains("Goals achieved", dischargedRow[3], StringComparison.Ordinal);
        Assert.Contains("Joined the walking group and feels more connected", dischargedRow[3], StringComparison.Ordinal);

        var text = page.Body!.TextContent;
        Assert.DoesNotContain("court case", text, StringComparison.Ordinal);
        Assert.DoesNotContain("First call", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewing_the_list_is_audited_as_a_read_of_each_persons_record()
    {
        var shown = await fixture.App.CaseAtAsync(fixture.ParkTeamId, EpisodeStatus.Waiting, practiceId: fixture.ParkPracticeId, familyName: fixture.Family("Audited"));

        await (await fixture.SignedInAsync(fixture.ParkReferrer)).GetPageAsync("/referrals");

        var reads = await fixture.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.RecordType == nameof(Person) && a.RecordId == shown.PersonId.ToString())
            .ToListAsync(Cancel));
        Assert.Contains(reads, r => r.ActorId == fixture.ParkReferrer.Id.ToString());
    }

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.SeniorLinkWorker)]
    [InlineData(StaffRole.ServiceManager)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Only_referrers_may_open_the_referral_form(StaffRole role)
    {
        var client = await fixture.SignedInAsync(role);

        var response = await client.GetAsync("/referrals/new", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
    }

    [Fact]
    public async Task Strangers_are_sent_to_sign_in()
    {
        var response = await fixture.Anonymous().GetAsync("/referrals/new", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.RedirectTarget().AbsolutePath);
    }

    private static Domain.Common.NhsNumber NhsNumberOf(string digits) => Domain.Common.NhsNumber.Parse(digits);

    private Task<(Referral Referral, Episode Episode, Person Person)> LatestForAsync(string familyName) => fixture.WithDbAsync(async db =>
    {
        var person = await db.People.AsNoTracking().SingleAsync(p => p.FamilyName == familyName, Cancel);
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.PersonId == person.Id, Cancel);
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.ReferralId == referral.Id, Cancel);
        return (referral, episode, person);
    });
}
