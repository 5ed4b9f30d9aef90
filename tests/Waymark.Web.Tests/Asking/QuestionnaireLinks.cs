using System.Net;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Measures;
using Waymark.Domain.People;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Asking;

/// <summary>
/// One-time links: sent from the episode through the outbox (here the file outbox), answered at /q/{token} without
/// signing in. A link expires, works once, can be withdrawn, shows only its questionnaire, and an unusable token of
/// any kind gets the same page as one that never existed.
/// </summary>
public sealed class QuestionnaireLinks(AskingApp fixture) : IClassFixture<AskingApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Ons4 => BuiltInQuestionnaires.Ons4Id.ToString();

    private static string Index(TestCase person) => $"/episodes/{person.EpisodeId}/questionnaires";

    private static readonly Dictionary<string, string> Ons4Answers = new()
    {
        ["Answers[life-satisfaction]"] = "8",
        ["Answers[worthwhile]"] = "9",
        ["Answers[happiness]"] = "7",
        ["Answers[anxiety]"] = "2",
    };

    /// <summary>Sends an ONS4 link from the episode as the seeded link worker and returns the token from the email.</summary>
    private async Task<string> SendAsync(TestCase person, string email)
    {
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var response = await worker.PostFormAsync($"{Index(person)}?handler=Send", new Dictionary<string, string> { ["DefinitionId"] = Ons4 }, Index(person));
        Assert.StartsWith($"Link sent to {email}. It works once, until ", (await worker.FollowAsync(response, Index(person))).Banner(), StringComparison.Ordinal);
        return fixture.LatestTokenFor(email);
    }

    private Task<List<QuestionnaireResponse>> ResponsesAsync(TestCase person) => fixture.WithDbAsync(db =>
        db.QuestionnaireResponses.AsNoTracking().Where(r => r.PersonId == person.PersonId).ToListAsync(Cancel));

    private async Task<(HttpStatusCode Status, string Body)> OpenAsync(string token)
    {
        var response = await fixture.Anonymous().GetAsync($"/q/{token}", Cancel);
        return (response.StatusCode, await response.TextAsync());
    }

    [Fact]
    public async Task The_email_names_the_service_and_holds_the_link_and_nothing_about_the_person()
    {
        var email = AskingApp.NewEmail();
        var person = await fixture.CaseAsync(email);

        var token = await SendAsync(person, email);

        var message = Assert.Single(fixture.Messages(), m => m.Contains($"To: {email}\r\n", StringComparison.Ordinal));
        Assert.Contains("Subject: A short questionnaire from the North team", message, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/q/{token}", message, StringComparison.Ordinal);
        Assert.DoesNotContain(person.FamilyName, message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ONS4", message, StringComparison.Ordinal);
        Assert.DoesNotContain("personal wellbeing", message, StringComparison.OrdinalIgnoreCase);
        var stored = await fixture.WithDbAsync(db => db.QuestionnaireInvitations.AsNoTracking().SingleAsync(i => i.PersonId == person.PersonId, Cancel));
        Assert.Equal(QuestionnaireInvitation.HashOf(token), stored.TokenHash);

        var page = await (await fixture.SignedInAsync(StaffRole.LinkWorker)).GetPageAsync(Index(person));
        var row = Assert.Single(page.QuerySelectorAll("#links tbody tr"));
        Assert.Equal("Open", row.GetAttribute("data-status"));
        Assert.DoesNotContain(token, page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_opens_only_its_questionnaire_and_nothing_from_the_record()
    {
        var email = AskingApp.NewEmail();
        var person = await fixture.CaseAsync(email);
        var token = await SendAsync(person, email);

        var (status, body) = await OpenAsync(token);

        Assert.Equal(HttpStatusCode.OK, status);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(body, Cancel);
        Assert.Equal("ONS4 personal wellbeing", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(4, page.QuerySelectorAll("[data-question]").Length);
        Assert.DoesNotContain(person.FamilyName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", body, StringComparison.Ordinal);
        Assert.DoesNotContain(email, body, StringComparison.Ordinal);
        Assert.DoesNotContain("North team", body, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".nhsuk-header__navigation"));
    }

    [Fact]
    public async Task Answering_saves_an_online_response_with_no_staff_recorder_and_the_link_then_cannot_be_used()
    {
        var email = AskingApp.NewEmail();
        var person = await fixture.CaseAsync(email);
        var token = await SendAsync(person, email);
        var client = fixture.Anonymous();

        var response = await client.PostFormAsync($"/q/{token}", Ons4Answers);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/q/thank-you", response.Headers.Location?.OriginalString);
        Assert.Contains("Your answers have been sent", await client.GetStringAsync("/q/thank-you", Cancel), StringComparison.Ordinal);
        var saved = Assert.Single(await ResponsesAsync(person));
        Assert.Equal((ResponseMode.Online, (Guid?)null, person.EpisodeId), (saved.Mode, saved.RecordedBy, saved.EpisodeId));
        Assert.Equal([8, 9, 7, 2], saved.Answers.Select(a => a.Number!.Value));
        var invitation = await fixture.WithDbAsync(db => db.QuestionnaireInvitations.AsNoTracking().SingleAsync(i => i.PersonId == person.PersonId, Cancel));
        Assert.Equal(saved.Id, invitation.ResponseId);

        // Works once: opening or answering again gets the page an unknown token gets, and saves nothing more.
        Assert.Equal(await OpenAsync("never-issued-" + Guid.NewGuid().ToString("N")), await OpenAsync(token));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().PostFormAsync($"/q/{token}", Ons4Answers, "/refer-yourself")).StatusCode);
        Assert.Single(await ResponsesAsync(person));

        var page = await (await fixture.SignedInAsync(StaffRole.LinkWorker)).GetPageAsync(Index(person));
        Assert.Equal("Used", Assert.Single(page.QuerySelectorAll("#links tbody tr")).GetAttribute("data-status"));
    }

    [Fact]
    public async Task A_public_answer_with_problems_shows_them_all_and_keeps_what_was_chosen()
    {
        var email = AskingApp.NewEmail();
        var person = await fixture.CaseAsync(email);
        var token = await SendAsync(person, email);

        var response = await fixture.Anonymous().PostFormAsync($"/q/{token}", new Dictionary<string, string> { ["Answers[worthwhile]"] = "4" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Enter a number from 0 to 10", "Enter a number from 0 to 10", "Enter a number from 0 to 10"], page.ErrorSummary());
        Assert.Equal(["4"], page.CheckedValues("Answers[worthwhile]"));
        Assert.Empty(await ResponsesAsync(person));
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(token)).Status);
    }

    [Fact]
    public async Task A_link_expires_after_seven_days()
    {
        var email = AskingApp.NewEmail();
        var person = await fixture.CaseAsync(email);
        var sentAt = fixture.App.Clock.GetUtcNow();
        var token = await SendAsync(person, email);
        var unknown = await OpenAsync("never-issued-" + Guid.NewGuid().ToString("N"));

        try
        {
            fixture.App.Clock.Set(sentAt.AddDays(7).AddMinutes(-1));
            Assert.Equal(HttpStatusCode.OK, (await OpenAsync(token)).Status);
            fixture.App.Clock.Set(sentAt.AddDays(7));
            Assert.Equal(unknown, await OpenAsync(token));
            Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().PostFormAsync($"/q/{token}", Ons4Answers, "/refer-yourself")).StatusCode);
            Assert.Empty(await ResponsesAsync(person));
            var page = await (await fixture.SignedInAsync(StaffRole.LinkWorker)).GetPageAsync(Index(person));
            Assert.Equal("Expired", Assert.Single(page.QuerySelectorAll("#links tbody tr")).GetAttribute("data-status"));
        }
        finally
        {
            fixture.App.Clock.Set(sentAt);
        }
    }

    [Fact]
    public async Task A_link_worker_withdraws_a_link_and_it_then_cannot_be_used()
    {
        var email = AskingApp.NewEmail();
        var person = await fixture.CaseAsync(email);
        var token = await SendAsync(person, email);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var invitationId = await fixture.WithDbAsync(db => db.QuestionnaireInvitations.Where(i => i.PersonId == person.PersonId).Select(i => i.Id).SingleAsync(Cancel));

        var response = await worker.PostFormAsync($"{Index(person)}?handler=Withdraw&invitationId={invitationId}", new Dictionary<string, string>(), Index(person));

        var page = await worker.FollowAsync(response, Index(person));
        Assert.Equal("Link withdrawn. It can no longer be used.", page.Banner());
        Assert.Equal("Withdrawn", Assert.Single(page.QuerySelectorAll("#links tbody tr")).GetAttribute("data-status"));
        Assert.Equal(await OpenAsync("never-issued-" + Guid.NewGuid().ToString("N")), await OpenAsync(token));
    }

    [Fact]
    public async Task A_token_cannot_be_guessed_a_near_miss_or_the_stored_hash_gets_the_unknown_page()
    {
        var email = AskingApp.NewEmail();
        var person = await fixture.CaseAsync(email);
        var token = await SendAsync(person, email);
        var unknown = await OpenAsync("never-issued-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("This link cannot be used", unknown.Body, StringComparison.Ordinal);
        Assert.Equal(unknown, await OpenAsync(token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
        Assert.Equal(unknown, await OpenAsync(QuestionnaireInvitation.HashOf(token)));
        Assert.Equal(unknown, await OpenAsync(token.ToUpperInvariant()));
    }

    [Fact]
    public async Task No_link_is_offered_without_an_email_address_or_digital_access_and_the_page_says_why()
    {
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var noEmail = await fixture.CaseAsync(null);
        var phoneOnly = await fixture.CaseAsync(AskingApp.NewEmail(), DigitalAccess.PhoneOnly);
        var offline = await fixture.CaseAsync(AskingApp.NewEmail(), DigitalAccess.None);

        Assert.Contains("There is no email address on the person's record", (await worker.GetPageAsync(Index(noEmail))).GetElementById("why-no-link")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("a phone without internet", (await worker.GetPageAsync(Index(phoneOnly))).GetElementById("why-no-link")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("no internet access", (await worker.GetPageAsync(Index(offline))).GetElementById("why-no-link")?.TextContent, StringComparison.Ordinal);
        Assert.Empty((await worker.GetPageAsync(Index(offline))).QuerySelectorAll("input[name=DefinitionId]"));

        var forced = await worker.PostFormAsync($"{Index(offline)}?handler=Send", new Dictionary<string, string> { ["DefinitionId"] = Ons4 }, "/help/accessibility");
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("no internet access", Assert.Single((await Html.ParseAsync(forced)).ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.QuestionnaireInvitations.CountAsync(i => i.PersonId == offline.PersonId, Cancel)));
    }

    [Fact]
    public async Task Sending_without_choosing_a_questionnaire_says_to_choose_one()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await worker.PostFormAsync($"{Index(person)}?handler=Send", new Dictionary<string, string>(), Index(person));

        var page = await Html.ParseAsync(response);
        Assert.Equal(["Choose a questionnaire to send"], page.ErrorSummary());
        Assert.Equal("Choose a questionnaire to send", page.FieldError("DefinitionId"));
    }

    [Fact]
    public async Task Only_link_workers_of_the_team_send_or_withdraw_links()
    {
        var email = AskingApp.NewEmail();
        var person = await fixture.CaseAsync(email);
        await SendAsync(person, email);
        var invitationId = await fixture.WithDbAsync(db => db.QuestionnaireInvitations.Where(i => i.PersonId == person.PersonId).Select(i => i.Id).SingleAsync(Cancel));
        var send = $"{Index(person)}?handler=Send";
        var withdraw = $"{Index(person)}?handler=Withdraw&invitationId={invitationId}";
        var fields = new Dictionary<string, string> { ["DefinitionId"] = Ons4 };

        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);
        Assert.Equal("/error/403", (await manager.PostFormAsync(send, fields, "/help/accessibility")).RedirectTarget().AbsolutePath);
        Assert.Equal("/error/403", (await manager.PostFormAsync(withdraw, fields, "/help/accessibility")).RedirectTarget().AbsolutePath);
        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner })
        {
            var client = await fixture.SignedInAsync(role);
            Assert.Equal("/error/403", (await client.PostFormAsync(withdraw, fields, "/help/accessibility")).RedirectTarget().AbsolutePath);
        }

        var other = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(send, fields, "/help/accessibility")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(withdraw, fields, "/help/accessibility")).StatusCode);

        var stored = await fixture.WithDbAsync(db => db.QuestionnaireInvitations.AsNoTracking().Where(i => i.PersonId == person.PersonId).ToListAsync(Cancel));
        Assert.Equal(InvitationStatus.Open, Assert.Single(stored).StatusAt(fixture.App.Clock.GetUtcNow()));
    }
}
