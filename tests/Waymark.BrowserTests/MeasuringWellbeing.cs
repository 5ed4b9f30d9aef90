using System.Globalization;
using Microsoft.Playwright;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// Issue 5's journey: a link worker records ONS4 (on one page) and UCLA-3 (one question per screen) at the baseline
/// conversation, records both again at the 12-week review, then sees each measure charted with its table and the
/// change since the baseline. A form sent with a question missing shows the NHS error summary. Every page passes axe.
/// </summary>
public sealed class MeasuringWellbeing(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Ons4 = "ONS4 personal wellbeing";
    private const string Ucla3 = "UCLA three-item loneliness scale";

    private static readonly string[] Ons4Questions =
    [
        "Overall, how satisfied are you with your life nowadays?",
        "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
        "Overall, how happy did you feel yesterday?",
        "On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious did you feel yesterday?",
    ];

    [Fact]
    public async Task A_link_worker_records_a_baseline_and_a_review_and_sees_the_change_charted()
    {
        // The person has been with the team for thirteen weeks; the baseline was asked in the first conversation.
        var now = App.Clock.GetUtcNow();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        App.Clock.Set(now.AddDays(-7 * 13));
        var person = await App.CaseAtAsync(Data.TeamId, EpisodeStatus.Active, Data.User(StaffRole.LinkWorker).Id, familyName: $"Measured{suffix}");
        App.Clock.Set(now);
        var baselineOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7 * 12);
        var page = Browser.Page;
        await SignInAsAsync(StaffRole.LinkWorker);

        // Before anything is recorded, the measures page says so and points to the questionnaires.
        await Browser.VisitAsync($"/episodes/{person.EpisodeId}/measures");
        await Assertions.Expect(page.Locator("#no-questionnaires")).ToBeVisibleAsync();
        await Browser.NavigateByAsync(() => page.Locator("#no-questionnaires").GetByRole(AriaRole.Link, new() { Name = "Record a questionnaire" }).ClickAsync());
        Assert.Equal($"/episodes/{person.EpisodeId}/questionnaires", Browser.Path);
        await Browser.CheckAccessibilityAsync();

        // Baseline ONS4 on one page, typed in after the conversation: a missing answer is caught first.
        await RecordOns4Async(baselineOn, [4, 5, 3, 7], leaveOneOut: true);
        await RecordOns4Async(baselineOn, [4, 5, 3, 7]);

        // Baseline UCLA-3, one question per screen, as on a phone.
        await RecordUcla3StepByStepAsync(baselineOn, ["Often", "Often", "Some of the time"]);

        // The review, twelve weeks on: feeling better and less lonely.
        await RecordOns4Async(DateOnly.FromDateTime(now.UtcDateTime), [7, 7, 6, 3]);
        await RecordUcla3StepByStepAsync(DateOnly.FromDateTime(now.UtcDateTime), ["Some of the time", "Hardly ever or never", "Some of the time"]);

        // The measures page charts each measure with a table and the change since the baseline.
        await Browser.VisitAsync($"/episodes/{person.EpisodeId}/measures");
        var satisfaction = page.Locator("[data-questionnaire] section[data-measure='life-satisfaction']");
        await Assertions.Expect(satisfaction.Locator("svg[role='img']")).ToBeVisibleAsync();
        await Assertions.Expect(satisfaction.Locator("table[data-table='measure'] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(satisfaction.Locator("[data-change]")).ToHaveAttributeAsync("data-change", "Improved");
        await Assertions.Expect(satisfaction.Locator("[data-summary]")).ToContainTextAsync("4");
        await Assertions.Expect(satisfaction.Locator("[data-summary]")).ToContainTextAsync("7");
        var loneliness = page.Locator("[data-questionnaire] section[data-measure='total']");
        await Assertions.Expect(loneliness.Locator("table[data-table='measure'] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(loneliness.Locator("table[data-table='measure'] tbody tr").First).ToContainTextAsync("Lonely");
        await Assertions.Expect(loneliness.Locator("table[data-table='measure'] tbody tr").Last).ToContainTextAsync("Not lonely");
        await Assertions.Expect(loneliness.Locator("[data-change]")).ToHaveAttributeAsync("data-change", "Improved");

        // What is due next, and putting a review off when it is not the right time, are a click away.
        await Browser.VisitAsync($"/episodes/{person.EpisodeId}/measure-reviews");
        await Browser.VisitAsync($"/episodes/{person.EpisodeId}/measure-reviews/defer?url={Uri.EscapeDataString(BuiltInQuestionnaires.Ons4Url)}");

        // The person's record shows the same change.
        await Browser.VisitAsync($"/people/{person.PersonId}");
        await Assertions.Expect(page.Locator("section[data-measure='life-satisfaction'] [data-change]").First).ToHaveAttributeAsync("data-change", "Improved");
    }

    private async Task RecordOns4Async(DateOnly answeredOn, int[] answers, bool leaveOneOut = false)
    {
        var page = Browser.Page;
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = $"Record answers to {Ons4}" }).ClickAsync());
        Assert.EndsWith("/record", Browser.Path, StringComparison.Ordinal);
        await page.GetByLabel("With me, in a conversation").CheckAsync();
        await page.GetByLabel("When were they answered?").FillAsync(answeredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        for (var i = leaveOneOut ? 1 : 0; i < Ons4Questions.Length; i++)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = Ons4Questions[i] })
                .GetByLabel(answers[i].ToString(CultureInfo.InvariantCulture), new() { Exact = true }).CheckAsync();
        }

        await Browser.CheckAccessibilityAsync();
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save answers" }).ClickAsync());
        if (leaveOneOut)
        {
            await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter a number from 0 to 10");
            await Browser.CheckAccessibilityAsync();
            await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Cancel and go back to questionnaires" }).ClickAsync());
            return;
        }

        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync($"{Ons4} recorded");
    }

    private async Task RecordUcla3StepByStepAsync(DateOnly answeredOn, string[] answers)
    {
        var page = Browser.Page;
        await Browser.NavigateByAsync(() => page.Locator("#questionnaires tr", new() { HasText = Ucla3 }).GetByRole(AriaRole.Link, new() { Name = "One question per screen" }).ClickAsync());
        await page.GetByLabel("With me, in a conversation").CheckAsync();
        await page.GetByLabel("When were they answered?").FillAsync(answeredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Browser.CheckAccessibilityAsync();
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync());
        for (var i = 0; i < answers.Length; i++)
        {
            await Assertions.Expect(page.Locator("form .nhsuk-caption-l")).ToContainTextAsync($"question {i + 1} of 3");
            await page.GetByLabel(answers[i], new() { Exact = true }).CheckAsync();
            if (i == 0)
            {
                await Browser.CheckAccessibilityAsync();
            }

            var button = i == answers.Length - 1 ? "Save answers" : "Continue";
            await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        }

        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync($"{Ucla3} recorded");
    }
}
