using System.Net;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Asking;

/// <summary>
/// A link worker records a questionnaire in a contact: all questions on one page, or one question per screen (no
/// JavaScript: each step posts and carries the earlier answers). Errors show at once and keep what was chosen.
/// </summary>
public sealed class RecordingQuestionnaires(AskingApp fixture) : IClassFixture<AskingApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Ons4 => BuiltInQuestionnaires.Ons4Id.ToString();

    private static string Ucla3 => BuiltInQuestionnaires.Ucla3Id.ToString();

    private static string Index(TestCase person) => $"/episodes/{person.EpisodeId}/questionnaires";

    private static string Record(TestCase person, string definition) => $"{Index(person)}/{definition}/record";

    private static string Steps(TestCase person, string definition) => $"{Index(person)}/{definition}/steps";

    private string Today => UkToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private DateOnly UkToday => Domain.Common.UkTime.Today(fixture.App.Clock.GetUtcNow());

    private Task<List<QuestionnaireResponse>> ResponsesAsync(TestCase person) => fixture.WithDbAsync(db =>
        db.QuestionnaireResponses.AsNoTracking().Where(r => r.PersonId == person.PersonId).ToListAsync(Cancel));

    [Fact]
    public async Task The_episode_lists_the_questionnaires_with_ways_to_ask_and_print()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await worker.GetPageAsync(Index(person));

        Assert.Equal("Questionnaires", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("#questionnaires a"), a => a.GetAttribute("href") == Record(person, Ons4));
        Assert.Contains(page.QuerySelectorAll("#questionnaires a"), a => a.GetAttribute("href") == Steps(person, Ucla3));
        Assert.Contains(page.QuerySelectorAll("#questionnaires a"), a => a.GetAttribute("href") == $"/questionnaires/{Ons4}/print");
        Assert.Contains(page.QuerySelectorAll(".nhsuk-contents-list__item"), li => li.GetAttribute("aria-current") == "page" && li.TextContent.Trim() == "Questionnaires");
    }

    [Fact]
    public async Task Records_ONS4_through_the_compact_form_and_shows_a_banner_on_the_episode()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var form = await worker.GetPageAsync(Record(person, Ons4));
        Assert.Equal(Today, form.ValueOf("Input_AnsweredOn"));
        Assert.Equal(11, form.QuerySelectorAll("input[name='Answers[life-satisfaction]']").Length);
        Assert.Contains("0 is not at all", form.GetElementById("Answers_life-satisfaction_-hint")?.TextContent, StringComparison.Ordinal);

        var response = await worker.PostFormAsync(Record(person, Ons4), new Dictionary<string, string>
        {
            ["Input.Mode"] = "WithLinkWorker",
            ["Input.AnsweredOn"] = Today,
            ["Answers[life-satisfaction]"] = "6",
            ["Answers[worthwhile]"] = "7",
            ["Answers[happiness]"] = "5",
            ["Answers[anxiety]"] = "3",
        });

        var episode = await worker.FollowAsync(response, Index(person));
        Assert.Equal("ONS4 personal wellbeing recorded", episode.Banner());
        var saved = Assert.Single(await ResponsesAsync(person));
        Assert.Equal((ResponseMode.WithLinkWorker, fixture.WorkerId, person.EpisodeId), (saved.Mode, saved.RecordedBy, saved.EpisodeId));
        Assert.Equal([6, 7, 5, 3], saved.Answers.Select(a => a.Number!.Value));
    }

    [Fact]
    public async Task Shows_every_problem_at_once_and_keeps_what_was_chosen()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await worker.PostFormAsync(Record(person, Ons4), new Dictionary<string, string>
        {
            ["Input.AnsweredOn"] = "2026-02-30",
            ["Answers[life-satisfaction]"] = "6",
            ["Answers[happiness]"] = "11",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(
            [
                "Choose how the questions were asked: in a conversation with you, or on paper",
                "Enter the date the questions were answered as a real date, like 2026-11-02",
                "Enter a number from 0 to 10",
                "Enter a number from 0 to 10",
                "Enter a number from 0 to 10",
            ],
            page.ErrorSummary());
        Assert.Equal("Enter a number from 0 to 10", page.FieldError("Answers_worthwhile_"));
        Assert.Null(page.FieldError("Answers_life-satisfaction_"));
        Assert.Equal(["6"], page.CheckedValues("Answers[life-satisfaction]"));
        Assert.Equal("2026-02-30", page.ValueOf("Input_AnsweredOn"));
        Assert.Empty(await ResponsesAsync(person));
    }

    [Fact]
    public async Task A_paper_copy_typed_in_later_keeps_the_day_it_was_answered_but_not_a_day_in_the_future()
    {
        var now = fixture.App.Clock.GetUtcNow();
        fixture.App.Clock.Set(now.AddDays(-5));
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        fixture.App.Clock.Set(now);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        Dictionary<string, string> Paper(DateOnly on) => new()
        {
            ["Input.Mode"] = "Paper",
            ["Input.AnsweredOn"] = on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Answers[lack-companionship]"] = "often",
            ["Answers[left-out]"] = "some-of-the-time",
            ["Answers[isolated]"] = "hardly-ever",
        };

        var future = await worker.PostFormAsync(Record(person, Ucla3), Paper(UkToday.AddDays(2)));
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.NotNull((await Html.ParseAsync(future)).FieldError("Input_AnsweredOn"));

        var response = await worker.PostFormAsync(Record(person, Ucla3), Paper(UkToday.AddDays(-3)));
        await worker.FollowAsync(response, Index(person));
        var saved = Assert.Single(await ResponsesAsync(person));
        Assert.Equal(ResponseMode.Paper, saved.Mode);
        Assert.Equal(UkToday.AddDays(-3), Domain.Common.UkTime.Today(saved.AnsweredAt));
    }

    [Fact]
    public async Task Records_UCLA3_one_question_per_screen_carrying_earlier_answers_in_the_form()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = Steps(person, Ucla3);
        var first = await worker.GetPageAsync(url);
        Assert.Equal("Before the questions", first.QuerySelector("h1")?.TextContent.Trim());

        var fields = new Dictionary<string, string> { ["Step"] = "0", ["Input.Mode"] = "WithLinkWorker", ["Input.AnsweredOn"] = Today };
        var step1 = await Html.ParseAsync(await worker.PostFormAsync(url, fields));
        Assert.Equal("How often do you feel that you lack companionship?", step1.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("WithLinkWorker", step1.QuerySelector("input[type=hidden][name='Input.Mode']")?.GetAttribute("value"));

        // Continuing without an answer stays on the question with its error.
        var unanswered = await Html.ParseAsync(await worker.PostFormAsync(url, new Dictionary<string, string>(fields) { ["Step"] = "1" }));
        Assert.Equal(["Select one of the answers"], unanswered.ErrorSummary());
        Assert.Equal("How often do you feel that you lack companionship?", unanswered.QuerySelector("h1")?.TextContent.Trim());

        fields["Step"] = "1";
        fields["Answers[lack-companionship]"] = "often";
        var step2 = await Html.ParseAsync(await worker.PostFormAsync(url, fields));
        Assert.Equal("How often do you feel left out?", step2.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("often", step2.QuerySelector("input[type=hidden][name='Answers[lack-companionship]']")?.GetAttribute("value"));

        // Back goes to the previous question with its answer chosen, without checking this one.
        var back = await Html.ParseAsync(await worker.PostFormAsync(url, new Dictionary<string, string>(fields) { ["Step"] = "2", ["back"] = "1" }));
        Assert.Equal(["often"], back.CheckedValues("Answers[lack-companionship]"));

        fields["Step"] = "2";
        fields["Answers[left-out]"] = "some-of-the-time";
        var step3 = await Html.ParseAsync(await worker.PostFormAsync(url, fields));
        Assert.Equal("Save answers", step3.QuerySelector("button[type=submit]")?.TextContent.Trim());
        fields["Step"] = "3";
        fields["Answers[isolated]"] = "often";
        var saved = await worker.PostFormAsync(url, fields);

        Assert.Equal("UCLA three-item loneliness scale recorded", (await worker.FollowAsync(saved, Index(person))).Banner());
        var response = Assert.Single(await ResponsesAsync(person));
        Assert.Equal(["often", "some-of-the-time", "often"], response.Answers.Select(a => a.Code!));
    }

    [Fact]
    public async Task The_paper_copy_prints_tick_boxes_with_the_name_only_when_asked_and_a_blank_copy_names_nobody()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var unnamed = await worker.GetPageAsync($"{Index(person)}/{Ons4}/print");
        Assert.Null(unnamed.GetElementById("paper-name"));
        Assert.Equal(44, unnamed.QuerySelectorAll(".waymark-paper .waymark-paper__box").Length);
        var named = await worker.GetPageAsync($"{Index(person)}/{Ons4}/print?name=yes");
        Assert.Equal($"Sam {person.FamilyName}", named.GetElementById("paper-name")?.TextContent.Trim());

        var blank = await worker.GetPageAsync($"/questionnaires/{Ucla3}/print");
        Assert.Equal(9, blank.QuerySelectorAll(".waymark-paper .waymark-paper__box").Length);
        Assert.DoesNotContain(person.FamilyName, blank.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/questionnaires/{Guid.NewGuid()}/print", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Opening_the_questionnaire_pages_audits_a_read_of_the_person()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        foreach (var url in new[] { Index(person), Record(person, Ons4), Steps(person, Ons4), $"{Index(person)}/{Ons4}/print" })
        {
            var before = await fixture.ReadsOfAsync(person.PersonId);
            await worker.GetPageAsync(url);
            Assert.True(await fixture.ReadsOfAsync(person.PersonId) > before, url);
        }
    }

    [Fact]
    public async Task A_service_manager_reads_and_prints_but_does_not_record()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        var page = await manager.GetPageAsync(Index(person));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == Record(person, Ons4));
        await manager.GetPageAsync($"{Index(person)}/{Ons4}/print");
        var record = await manager.GetAsync(Record(person, Ons4), Cancel);
        Assert.Equal("/error/403", record.RedirectTarget().AbsolutePath);
    }

    [Theory]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Roles_without_case_work_are_refused_every_questionnaire_page(StaffRole role)
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var client = await fixture.SignedInAsync(role);

        foreach (var url in new[] { Index(person), Record(person, Ons4), Steps(person, Ons4), $"{Index(person)}/{Ons4}/print", $"/questionnaires/{Ons4}/print" })
        {
            var response = await client.GetAsync(url, Cancel);
            Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
        }

        var post = await client.PostFormAsync(Record(person, Ons4), new Dictionary<string, string> { ["Input.Mode"] = "Paper" }, formPage: "/help/accessibility");
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Empty(await ResponsesAsync(person));
    }

    [Fact]
    public async Task Staff_outside_the_episodes_team_or_provider_get_not_found()
    {
        var person = await fixture.CaseAsync(AskingApp.NewEmail());
        var before = await fixture.ReadsOfAsync(person.PersonId);

        var otherTeam = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        foreach (var url in new[] { Index(person), Record(person, Ons4), Steps(person, Ons4), $"{Index(person)}/{Ons4}/print" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await otherTeam.GetAsync(url, Cancel)).StatusCode);
        }

        // A service manager of another provider: not found where managers may look, refused where they may not record.
        var otherProvider = await fixture.SignedInAsync(fixture.OtherProviderManager);
        foreach (var url in new[] { Index(person), $"{Index(person)}/{Ons4}/print" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await otherProvider.GetAsync(url, Cancel)).StatusCode);
        }

        Assert.Equal("/error/403", (await otherProvider.GetAsync(Record(person, Ons4), Cancel)).RedirectTarget().AbsolutePath);

        var other = await fixture.SignedInAsync(fixture.OtherTeamWorker);
        var post = await other.PostFormAsync(Record(person, Ons4), new Dictionary<string, string>
        {
            ["Input.Mode"] = "WithLinkWorker",
            ["Input.AnsweredOn"] = Today,
            ["Answers[life-satisfaction]"] = "6",
            ["Answers[worthwhile]"] = "7",
            ["Answers[happiness]"] = "5",
            ["Answers[anxiety]"] = "3",
        }, formPage: "/help/accessibility");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await ResponsesAsync(person));
        Assert.Equal(before, await fixture.ReadsOfAsync(person.PersonId));
    }
}
