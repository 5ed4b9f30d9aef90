using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Audit;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.ApiClients;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Pages.Referrals;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Referrals;

/// <summary>
/// A referral for someone with the same name and date of birth as a record the caller may see: the referrer's form,
/// the team's form and the API let the caller say "this is the person", and the referral joins that record (a
/// re-referral linked to their last episode). Only a match the caller was shown can be joined. Joining a record, by
/// choice or by NHS number, fills in the contact details it lacks and notes those that differ.
/// </summary>
public sealed class ExistingPersonReferrals(ReferralsApp fixture) : IClassFixture<ReferralsApp>
{
    private const string TeamUrl = "/team/referrals/new";
    private const string ReferrerUrl = "/referrals/new";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Guid Worker => fixture.Data.User(StaffRole.LinkWorker).Id;

    // CaseAtAsync registers "Sam <family>", born 14 March 1958, without an NHS number unless given one.
    private static List<(string Name, string Value)> SamForm(string family, string? nhsNumber) =>
        ReferralsApp.Form(family, nhsNumber, givenName: "Sam");

    /// <summary>Someone the seeded referrer's practice referred before, discharged from North team.</summary>
    private Task<TestCase> ReferredByThePracticeAsync(string family) =>
        fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Discharged, Worker, fixture.Data.PracticeId,
            fixture.Data.User(StaffRole.Referrer).Id, family);

    [Fact]
    public async Task A_referrer_chooses_the_person_their_practice_referred_before_and_the_referral_joins_their_record()
    {
        var family = fixture.Family("Chosen");
        var earlier = await ReferredByThePracticeAsync(family);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var nhsNumber = TestOrganisations.NewNhsNumber();
        var fields = SamForm(family, nhsNumber);
        var before = await fixture.ReferralCountAsync();

        var asked = await Html.ParseAsync(await client.PostFieldsAsync(ReferrerUrl, fields));

        Assert.Equal([ReferralFormErrors.ChooseWhoItIs], asked.ErrorSummary());
        Assert.Equal("#Input_ExistingPersonId", asked.QuerySelector(".nhsuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Equal(ReferralFormErrors.ChooseWhoItIs, asked.FieldError("Input_ExistingPersonId"));
        var legend = asked.GetElementById("Input_ExistingPersonId")?.Closest("fieldset")?.QuerySelector("legend");
        Assert.Equal("Who is this referral for?", legend?.TextContent.Trim());
        Assert.Equal(earlier.PersonId.ToString(), asked.GetElementById("Input_ExistingPersonId")?.GetAttribute("value"));
        Assert.Equal($"Sam {family}, born 14 March 1958", asked.QuerySelector("label[for=Input_ExistingPersonId]")?.TextContent.Trim());
        Assert.Equal("No NHS number on their record", asked.GetElementById("Input_ExistingPersonId-item-hint")?.TextContent.Trim());
        Assert.Equal(ReferralForm.SomeoneElse, asked.GetElementById("Input_ExistingPersonId-someone-else")?.GetAttribute("value"));
        Assert.Equal(asked.All.Count(e => !string.IsNullOrEmpty(e.Id)), asked.All.Where(e => !string.IsNullOrEmpty(e.Id)).Select(e => e.Id).Distinct().Count());
        Assert.Equal(nhsNumber, asked.ValueOf("Input_NhsNumber"));
        Assert.Equal(before, await fixture.ReferralCountAsync());
        Assert.True(await fixture.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == AuditAction.Read && a.RecordType == nameof(Person)
            && a.RecordId == earlier.PersonId.ToString() && a.ActorId == fixture.Data.User(StaffRole.Referrer).Id.ToString(), Cancel)));

        fields.Add(("Input.ExistingPersonId", earlier.PersonId.ToString()));
        var response = await client.PostFieldsAsync(ReferrerUrl, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await fixture.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.FamilyName == family, Cancel));
        Assert.Equal(earlier.PersonId, person.Id);
        Assert.Equal(nhsNumber, person.NhsNumber?.Value);
        Assert.Equal("07700 900982", person.Phone);
        var again = await NewEpisodeAsync(earlier);
        Assert.Equal(earlier.EpisodeId, again.PreviousEpisodeId);
        Assert.Equal(EpisodeStatus.Referred, again.Status);
        var referral = await fixture.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == again.ReferralId, Cancel));
        Assert.Equal("Prefers calls after 10am", referral.ReferrerNotes);
        Assert.Equal(fixture.Data.User(StaffRole.Referrer).Id, referral.ReferrerUserId);
    }

    [Fact]
    public async Task Sending_the_form_again_without_choosing_keeps_asking_and_saves_nothing()
    {
        var family = fixture.Family("Unchosen");
        await ReferredByThePracticeAsync(family);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var fields = SamForm(family, TestOrganisations.NewNhsNumber());
        await client.PostFieldsAsync(ReferrerUrl, fields);
        var before = await fixture.ReferralCountAsync();

        var page = await Html.ParseAsync(await client.PostFieldsAsync(ReferrerUrl, fields));

        Assert.Equal([ReferralFormErrors.ChooseWhoItIs], page.ErrorSummary());
        Assert.Equal(before, await fixture.ReferralCountAsync());
        Assert.Equal(1, await fixture.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family, Cancel)));
    }

    [Fact]
    public async Task Choosing_none_of_these_registers_someone_else()
    {
        var family = fixture.Family("Someone");
        var earlier = await ReferredByThePracticeAsync(family);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var fields = SamForm(family, TestOrganisations.NewNhsNumber());
        fields.Add(("Input.ExistingPersonId", ReferralForm.SomeoneElse));

        var response = await client.PostFieldsAsync(ReferrerUrl, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, await fixture.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family, Cancel)));
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Episodes.CountAsync(e => e.PersonId == earlier.PersonId, Cancel)));
    }

    [Fact]
    public async Task A_referrer_cannot_join_a_record_they_were_not_shown_and_is_not_told_whether_it_exists()
    {
        var family = fixture.Family("Tampered");
        await ReferredByThePracticeAsync(family);
        // The same name and birthday, but referred by another practice: the referrer may not see them.
        var hidden = await fixture.App.CaseAtAsync(fixture.ParkTeamId, EpisodeStatus.Discharged, Worker, fixture.ParkPracticeId,
            fixture.ParkReferrer.Id, family);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var before = await fixture.ReferralCountAsync();

        var shown = await Html.ParseAsync(await client.PostFieldsAsync(ReferrerUrl, SamForm(family, TestOrganisations.NewNhsNumber())));
        Assert.DoesNotContain(hidden.PersonId.ToString(), shown.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Someone else with this name and date of birth is also known", shown.Body.TextContent, StringComparison.Ordinal);

        var pages = new List<AngleSharp.Dom.IDocument>();
        foreach (var id in new[] { hidden.PersonId.ToString(), Guid.NewGuid().ToString(), "not-an-id" })
        {
            var fields = SamForm(family, TestOrganisations.NewNhsNumber());
            fields.Add(("Input.ExistingPersonId", id));
            var response = await client.PostFieldsAsync(ReferrerUrl, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(await Html.ParseAsync(response));
        }

        Assert.All(pages, page =>
        {
            Assert.Equal([MakeReferral.NotAMatch], page.ErrorSummary());
            Assert.Equal(MakeReferral.NotAMatch, page.FieldError("Input_ExistingPersonId"));
            Assert.NotNull(page.GetElementById("Input_ExistingPersonId-someone-else"));
        });
        Assert.Equal(before, await fixture.ReferralCountAsync());
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Episodes.CountAsync(e => e.PersonId == hidden.PersonId, Cancel)));
    }

    [Fact]
    public async Task A_chosen_id_with_no_record_to_choose_from_is_refused_for_the_whole_form()
    {
        var family = fixture.Family("Nobody");
        var hidden = await fixture.App.CaseAtAsync(fixture.ParkTeamId, EpisodeStatus.Discharged, Worker, fixture.ParkPracticeId,
            fixture.ParkReferrer.Id, family);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var fields = SamForm(family, TestOrganisations.NewNhsNumber());
        fields.Add(("Input.ExistingPersonId", hidden.PersonId.ToString()));
        var before = await fixture.ReferralCountAsync();

        var page = await Html.ParseAsync(await client.PostFieldsAsync(ReferrerUrl, fields));

        Assert.Equal([MakeReferral.NotAMatch], page.ErrorSummary());
        Assert.Equal("#maincontent", page.QuerySelector(".nhsuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Null(page.GetElementById("Input_ExistingPersonId"));
        Assert.Equal(before, await fixture.ReferralCountAsync());
    }

    [Fact]
    public async Task Contact_details_the_record_lacks_are_filled_in_and_a_different_phone_is_noted_for_triage()
    {
        var family = fixture.Family("Contact");
        var earlier = await ReferredByThePracticeAsync(family);
        await SetContactDetailsAsync(earlier.PersonId, "01632 960001", null);
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var fields = SamForm(family, TestOrganisations.NewNhsNumber()).Where(f => f.Name != "Input.Email").ToList();
        fields.AddRange([("Input.Email", "sam@example.com"), ("Input.ExistingPersonId", earlier.PersonId.ToString())]);

        var response = await client.PostFieldsAsync(ReferrerUrl, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await fixture.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == earlier.PersonId, Cancel));
        Assert.Equal("01632 960001", person.Phone);
        Assert.Equal("sam@example.com", person.Email);
        var referral = await ReferralOfAsync(await NewEpisodeAsync(earlier));
        Assert.Equal(
            "Prefers calls after 10am\n\nPhone number given on this referral (07700 900982) differs from the one on the person's record: " +
            "check with the person which to use.",
            referral.ReferrerNotes);
    }

    [Fact]
    public async Task A_known_NHS_number_also_fills_in_contact_details_and_notes_a_different_email()
    {
        var family = fixture.Family("Numbered");
        var nhsNumber = TestOrganisations.NewNhsNumber();
        var earlier = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Declined, practiceId: fixture.Data.PracticeId,
            familyName: family, nhsNumber: nhsNumber);
        await SetContactDetailsAsync(earlier.PersonId, null, "sam@example.com");
        var client = await fixture.SignedInAsync(StaffRole.Referrer);
        var fields = SamForm(family, nhsNumber).Where(f => f.Name is not ("Input.Email" or "Input.Notes")).ToList();
        fields.Add(("Input.Email", "SAM.other@example.com"));

        var response = await client.PostFieldsAsync(ReferrerUrl, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await fixture.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == earlier.PersonId, Cancel));
        Assert.Equal("07700 900982", person.Phone);
        Assert.Equal("sam@example.com", person.Email);
        var again = await NewEpisodeAsync(earlier);
        Assert.Equal(earlier.EpisodeId, again.PreviousEpisodeId);
        Assert.Equal(
            "Email address given on this referral (SAM.other@example.com) differs from the one on the person's record: check with the person which to use.",
            (await ReferralOfAsync(again)).ReferrerNotes);
    }

    [Fact]
    public async Task The_note_about_a_different_phone_is_shown_at_triage()
    {
        var family = fixture.Family("Triaged");
        var earlier = await ReferredByThePracticeAsync(family);
        await SetContactDetailsAsync(earlier.PersonId, "01632 960001", null);
        var fields = SamForm(family, TestOrganisations.NewNhsNumber());
        fields.Add(("Input.ExistingPersonId", earlier.PersonId.ToString()));
        await (await fixture.SignedInAsync(StaffRole.Referrer)).PostFieldsAsync(ReferrerUrl, fields);
        var again = await NewEpisodeAsync(earlier);

        var page = await (await fixture.SignedInAsync(StaffRole.SeniorLinkWorker)).GetPageAsync($"/team/triage/{again.Id}");

        Assert.Contains("Phone number given on this referral (07700 900982) differs", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_worker_chooses_a_person_their_team_knows_and_the_referral_is_linked_to_their_last_episode()
    {
        var family = fixture.Family("Team");
        var earlier = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Declined, familyName: family);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var fields = SamForm(family, null);
        fields.AddRange([("Input.Source", "Self"), ("Input.Practice", fixture.Data.PracticeId.ToString())]);

        var asked = await Html.ParseAsync(await client.PostFieldsAsync(TeamUrl, fields));
        Assert.Equal([ReferralFormErrors.ChooseWhoItIs], asked.ErrorSummary());
        Assert.Equal(earlier.PersonId.ToString(), asked.GetElementById("Input_ExistingPersonId")?.GetAttribute("value"));

        fields.Add(("Input.ExistingPersonId", earlier.PersonId.ToString()));
        var page = await client.FollowAsync(await client.PostFieldsAsync(TeamUrl, fields), TeamUrl);

        Assert.Equal("Referral added for North team, linked to the person's earlier episode. It is waiting for triage.", page.Banner());
        Assert.Equal(1, await fixture.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family, Cancel)));
        var again = await NewEpisodeAsync(earlier);
        Assert.Equal(earlier.EpisodeId, again.PreviousEpisodeId);
        Assert.Equal("07700 900982", await fixture.WithDbAsync(db => db.People.Where(p => p.Id == earlier.PersonId).Select(p => p.Phone).SingleAsync(Cancel)));
    }

    [Fact]
    public async Task A_link_worker_cannot_join_a_record_only_another_team_may_see()
    {
        var family = fixture.Family("OtherTeam");
        var hidden = await fixture.App.CaseAtAsync(fixture.ParkTeamId, EpisodeStatus.Declined, familyName: family);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var fields = SamForm(family, null);
        fields.AddRange([("Input.Source", "Self"), ("Input.Practice", fixture.Data.PracticeId.ToString())]);
        var before = await fixture.ReferralCountAsync();

        var shown = await Html.ParseAsync(await client.PostFieldsAsync(TeamUrl, fields));
        Assert.NotNull(shown.GetElementById("Input_ConfirmedDifferentPerson"));
        Assert.Null(shown.GetElementById("Input_ExistingPersonId"));
        Assert.DoesNotContain(hidden.PersonId.ToString(), shown.Body!.InnerHtml, StringComparison.Ordinal);

        fields.Add(("Input.ExistingPersonId", hidden.PersonId.ToString()));
        var refused = await Html.ParseAsync(await client.PostFieldsAsync(TeamUrl, fields));

        Assert.Equal([MakeReferral.NotAMatch], refused.ErrorSummary());
        Assert.Equal(before, await fixture.ReferralCountAsync());
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Episodes.CountAsync(e => e.PersonId == hidden.PersonId, Cancel)));
    }

    [Fact]
    public async Task The_public_form_never_joins_a_chosen_record()
    {
        var family = fixture.Family("Public");
        var known = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Declined, familyName: family);
        var fields = SamForm(family, null).Where(f => f.Name != "Input.PersonAgreed").ToList();
        fields.AddRange([("Input.Practice", fixture.Data.PracticeId.ToString()), ("Input.ExistingPersonId", known.PersonId.ToString())]);

        var response = await fixture.SelfReferAsync(fixture.Anonymous(fixture.Public), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Episodes.CountAsync(e => e.PersonId == known.PersonId, Cancel)));
        Assert.Equal(2, await fixture.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family, Cancel)));
    }

    [Fact]
    public async Task A_system_refers_again_someone_it_referred_before_by_naming_the_match_and_retries_safely()
    {
        var (clientId, api) = await NewApiClientAsync();
        var family = fixture.Family("ApiChosen");
        var earlier = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Discharged, Worker, fixture.Data.PracticeId, clientId, family);
        await SetContactDetailsAsync(earlier.PersonId, "07700 900111", null);
        var nhsNumber = TestOrganisations.NewNhsNumber();
        var body = ApiBody(family, nhsNumber);

        var conflict = await (await PostAsync(api, body, null)).AssertProblemAsync(HttpStatusCode.Conflict);
        var match = Assert.Single(conflict.GetProperty("matches").EnumerateArray());
        Assert.Equal(earlier.PersonId, match.GetProperty("id").GetGuid());
        Assert.False(match.GetProperty("canOpen").GetBoolean());

        body["existingPersonId"] = earlier.PersonId;
        var key = Guid.NewGuid().ToString();
        var created = await PostAsync(api, body, key);
        var retried = await PostAsync(api, body, key);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(created.Headers.Location, retried.Headers.Location);
        Assert.Equal(1, await fixture.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family, Cancel)));
        var again = await NewEpisodeAsync(earlier);
        Assert.Equal(earlier.EpisodeId, again.PreviousEpisodeId);
        var person = await fixture.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == earlier.PersonId, Cancel));
        Assert.Equal(nhsNumber, person.NhsNumber?.Value);
        Assert.Equal("07700 900111", person.Phone);
        Assert.Equal(
            "From the practice system\n\nPhone number given on this referral (01632 960001) differs from the one on the person's record: " +
            "check with the person which to use.",
            (await ReferralOfAsync(again)).ReferrerNotes);
    }

    [Fact]
    public async Task A_system_cannot_join_a_record_it_did_not_refer_and_is_not_told_whether_it_exists()
    {
        var (_, api) = await NewApiClientAsync();
        var (otherClientId, _) = await NewApiClientAsync();
        var family = fixture.Family("ApiHidden");
        var hidden = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Discharged, Worker, fixture.Data.PracticeId, otherClientId, family);
        var before = await fixture.ReferralCountAsync();

        var conflict = await (await PostAsync(api, ApiBody(family, TestOrganisations.NewNhsNumber()), null)).AssertProblemAsync(HttpStatusCode.Conflict);
        var match = Assert.Single(conflict.GetProperty("matches").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, match.GetProperty("id").ValueKind);

        var details = new List<string?>();
        foreach (var id in new[] { hidden.PersonId, Guid.NewGuid(), Guid.Empty })
        {
            var body = ApiBody(family, TestOrganisations.NewNhsNumber());
            body["existingPersonId"] = id;
            var problem = await (await PostAsync(api, body, Guid.NewGuid().ToString())).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal(MakeReferral.NotAMatch, problem.GetProperty("errors").GetProperty("existingPersonId")[0].GetString());
            details.Add(problem.GetProperty("detail").GetString());
        }

        Assert.Single(details.Distinct());
        Assert.Equal(before, await fixture.ReferralCountAsync());
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Episodes.CountAsync(e => e.PersonId == hidden.PersonId, Cancel)));
    }

    [Fact]
    public async Task The_OpenAPI_document_explains_existingPersonId()
    {
        var document = await fixture.Anonymous().GetStringAsync("/openapi/v1.json", Cancel);

        Assert.Contains("existingPersonId", document, StringComparison.Ordinal);
        Assert.Contains("send the same body with existingPersonId set to the match's id", document, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> ApiBody(string family, string nhsNumber) => new()
    {
        ["nhsNumber"] = nhsNumber,
        ["givenName"] = "Sam",
        ["familyName"] = family,
        ["dateOfBirth"] = "1958-03-14",
        ["phone"] = "01632 960001",
        ["practiceOdsCode"] = "Y10001",
        ["needs"] = new object[] { new { category = "Debt", inTheirWords = "Bailiffs have written twice" } },
        ["urgency"] = "Routine",
        ["personAgreed"] = true,
        ["notes"] = "From the practice system",
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request, Cancel);
    }

    private async Task<(Guid Id, HttpClient Client)> NewApiClientAsync()
    {
        var (id, key) = await fixture.App.WithScopeAsync(services => services.GetRequiredService<IssueApiClient>()
            .ExecuteAsync($"GP system {fixture.Next()}", fixture.Data.ProviderId, fixture.Data.User(StaffRole.Administrator).Id, Cancel));
        return (id, fixture.WithApiKey(key));
    }

    private Task<int> SetContactDetailsAsync(Guid personId, string? phone, string? email) => fixture.WithDbAsync(async db =>
    {
        var person = await db.People.SingleAsync(p => p.Id == personId, Cancel);
        person.ChangeContactDetails(phone, email);
        return await db.SaveChangesAsync(Cancel);
    });

    private Task<Episode> NewEpisodeAsync(TestCase earlier) => fixture.WithDbAsync(db =>
        db.Episodes.AsNoTracking().SingleAsync(e => e.PersonId == earlier.PersonId && e.Id != earlier.EpisodeId, Cancel));

    private Task<Domain.Referrals.Referral> ReferralOfAsync(Episode episode) =>
        fixture.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == episode.ReferralId, Cancel));
}
