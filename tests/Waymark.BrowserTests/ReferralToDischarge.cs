using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// The whole path through the service, in three people's browsers: a GP practice's referrer refers someone, the
/// senior link worker triages and allocates them, the link worker hears what matters, agrees a goal, reaches them
/// and later discharges them, and the referrer sees the outcome (and nothing of the conversations). Every page on the
/// way passes axe.
/// </summary>
public sealed partial class ReferralToDischarge(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string TheirWordsAtReferral = "I have not left the house much since my wife died";
    private const string WhatMattersToThem = "Getting back to the allotment and seeing my friends from the bowls club";
    private const string GoalInTheirWords = "I want to go to the bowls club every Tuesday";
    private const string ContactNotes = "Talked about the bowls club; he will ring his friend Alan";
    private const string DischargeSummary = "Goes to the bowls club every week and has joined the allotment society.";

    [Fact]
    public async Task A_referral_goes_from_the_practice_through_triage_allocation_and_support_to_discharge()
    {
        var familyName = $"Journey{Guid.NewGuid().ToString("N")[..6]}";
        var nhsNumber = TestOrganisations.NewNhsNumber();

        await ReferrerRefersSomeoneAsync(familyName, nhsNumber);

        await using var senior = await NewBrowserAsync();
        await SeniorLinkWorkerTriagesAsync(senior, familyName);

        await using var manager = await NewBrowserAsync();
        await ServiceManagerSeesTheTeamsWaitingListAsync(manager, familyName);
        await SeniorLinkWorkerAllocatesAsync(senior, familyName);

        await using var linkWorker = await NewBrowserAsync();
        await LinkWorkerSupportsAndDischargesAsync(linkWorker, familyName);

        await ReferrerSeesTheOutcomeOnlyAsync(familyName);

        await TheTeamTakesAReReferralOntoTheSameRecordAsync(senior, familyName);
    }

    private async Task ReferrerRefersSomeoneAsync(string familyName, string nhsNumber)
    {
        var page = Browser.Page;
        await SignInAsAsync(StaffRole.Referrer);
        await Browser.VisitAsync("/referrals");
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Make a referral" }).ClickAsync());
        Assert.Equal("/referrals/new", Browser.Path);
        await Browser.CheckAccessibilityAsync();

        // Everything but the person's agreement: the form refuses, says how to fix it and keeps what was typed.
        await page.GetByLabel("NHS number", new() { Exact = true }).FillAsync(nhsNumber);
        await page.GetByLabel("First name").FillAsync("Arthur");
        await page.GetByLabel("Last name").FillAsync(familyName);
        await page.GetByLabel("Day").FillAsync("12");
        await page.GetByLabel("Month").FillAsync("4");
        await page.GetByLabel("Year").FillAsync("1951");
        await page.GetByLabel("Loneliness and isolation").CheckAsync();
        await page.GetByLabel("In their words (optional)").Filter(new() { Visible = true }).FillAsync(TheirWordsAtReferral);
        await page.GetByLabel("Routine", new() { Exact = true }).CheckAsync();
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync());
        await Assertions.Expect(ErrorSummary(page)).ToContainTextAsync("agreed to be referred");
        await Assertions.Expect(page.GetByLabel("Last name")).ToHaveValueAsync(familyName);
        await Browser.CheckAccessibilityAsync();

        await page.GetByLabel("The person has agreed to be referred").CheckAsync();
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync());
        Assert.Equal("/referrals", Browser.Path);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Referral sent to North team");
        await Assertions.Expect(RowFor(page, familyName)).ToContainTextAsync("Received – waiting for triage");
        await Browser.CheckAccessibilityAsync();
    }

    private async Task SeniorLinkWorkerTriagesAsync(BrowserSession senior, string familyName)
    {
        var page = senior.Page;
        await senior.SignInAsync(Data.User(StaffRole.SeniorLinkWorker));
        await senior.VisitAsync("/team");
        await senior.VisitAsync("/team/triage");
        await senior.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = $"Arthur {familyName}" }).ClickAsync());
        Assert.Matches("^/team/triage/[0-9a-f-]{36}$", senior.Path);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(TheirWordsAtReferral);
        await senior.CheckAccessibilityAsync();

        await page.GetByLabel("Accept onto the waiting list").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Priority on the waiting list" }).GetByLabel("Soon", new() { Exact = true }).CheckAsync();
        await senior.CheckAccessibilityAsync(); // with the priority revealed
        await senior.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync());

        Assert.Equal("/team/waiting-list", senior.Path);
        var waiting = RowFor(page, familyName);
        await Assertions.Expect(waiting).ToContainTextAsync("Soon");
        await Assertions.Expect(waiting).ToContainTextAsync("0 days");
        await senior.CheckAccessibilityAsync();
    }

    private static async Task SeniorLinkWorkerAllocatesAsync(BrowserSession senior, string familyName)
    {
        var page = senior.Page;
        await senior.VisitAsync("/team/waiting-list");
        var waiting = RowFor(page, familyName);
        await senior.NavigateByAsync(() => waiting.GetByRole(AriaRole.Link, new() { Name = "Allocate" }).ClickAsync());
        Assert.Matches("^/team/waiting-list/[0-9a-f-]{36}/allocate$", senior.Path);
        await senior.CheckAccessibilityAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Support intensity" }).GetByLabel("Standard", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Link worker", Exact = true }).GetByLabel(new Regex("^Test Link worker")).CheckAsync();
        await senior.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Allocate", Exact = true }).ClickAsync());

        Assert.Equal("/team/waiting-list", senior.Path);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Test Link worker");
        await Assertions.Expect(RowFor(page, familyName)).ToHaveCountAsync(0);
        await senior.CheckAccessibilityAsync();
    }

    /// <summary>Before allocation the person waits on the team's list, which the service manager can read (not change).</summary>
    private async Task ServiceManagerSeesTheTeamsWaitingListAsync(BrowserSession manager, string familyName)
    {
        var page = manager.Page;
        await manager.SignInAsync(Data.User(StaffRole.ServiceManager));
        await manager.VisitAsync("/service");
        await manager.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Waiting list for North team" }).ClickAsync());
        Assert.Matches("^/service/teams/[0-9a-f-]{36}/waiting-list$", manager.Path);
        var row = RowFor(page, familyName);
        await Assertions.Expect(row).ToContainTextAsync("Soon");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "Allocate" })).ToHaveCountAsync(0);
        await manager.CheckAccessibilityAsync();
    }

    private async Task LinkWorkerSupportsAndDischargesAsync(BrowserSession worker, string familyName)
    {
        var page = worker.Page;
        await worker.SignInAsync(Data.User(StaffRole.LinkWorker));
        await worker.VisitAsync("/caseload");
        var row = RowFor(page, familyName);
        await Assertions.Expect(row).ToBeVisibleAsync();

        // The caseload opens the person's contacts; the episode's address gives its id.
        await worker.NavigateByAsync(() => row.GetByRole(AriaRole.Link, new() { Name = $"{familyName}, Arthur", Exact = true }).ClickAsync());
        var episodePath = EpisodeContactsPath().Match(worker.Path) is { Success: true } match
            ? match.Groups["episode"].Value
            : throw new InvalidOperationException($"Expected an episode's contacts page, got {worker.Path}");

        await worker.VisitAsync(episodePath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        var personPath = await page.GetByRole(AriaRole.Link, new() { Name = $"Arthur {familyName}" }).First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The episode header does not link to the person's record.");

        // What matters to them, in their words, with two areas of life rated.
        await worker.VisitAsync($"{episodePath}/what-matters");
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Record a conversation" }).ClickAsync());
        await worker.CheckAccessibilityAsync();
        await page.GetByLabel("What matters to the person").FillAsync(WhatMattersToThem);
        await page.GetByRole(AriaRole.Group, new() { Name = "Social connection", Exact = true }).GetByLabel("2 – Not going well").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Physical health", Exact = true }).GetByLabel("4 – Going well").CheckAsync();
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save conversation" }).ClickAsync());
        Assert.Equal($"{episodePath}/what-matters", worker.Path);
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(WhatMattersToThem);
        await Assertions.Expect(main.GetByRole(AriaRole.Table).Filter(new() { HasText = "Social connection" })).ToBeVisibleAsync();
        await worker.CheckAccessibilityAsync(); // the ratings chart and its table

        // A goal in their words, and the plan to print for them.
        await worker.VisitAsync($"{episodePath}/plan");
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Add a goal" }).ClickAsync());
        await worker.CheckAccessibilityAsync();
        await page.GetByLabel("The goal").FillAsync(GoalInTheirWords);
        await page.GetByLabel("Steps (optional)").FillAsync("Ring Alan\nGo along on Tuesday");
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Add goal" }).ClickAsync());
        Assert.Equal($"{episodePath}/plan", worker.Path);
        await Assertions.Expect(main).ToContainTextAsync(GoalInTheirWords);
        await worker.CheckAccessibilityAsync();
        // The person has started on it: the goal keeps a history of what happened, who recorded it and when.
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Update this goal") }).ClickAsync());
        await page.GetByLabel("They have started working on it").CheckAsync();
        var goalPath = worker.Path;
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save what has happened" }).ClickAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Goal marked as in progress");
        await worker.VisitAsync(goalPath);
        var history = page.Locator("#goal-history");
        await Assertions.Expect(history.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(history).ToContainTextAsync("Test Link worker");
        await worker.CheckAccessibilityAsync();
        await worker.VisitAsync($"{episodePath}/plan/print");
        await Assertions.Expect(main).ToContainTextAsync(GoalInTheirWords);
        await worker.VisitAsync($"{episodePath}/plan/print?size=large");
        await Assertions.Expect(main).ToContainTextAsync(GoalInTheirWords);

        // The first time they are reached, support begins.
        await worker.VisitAsync($"{episodePath}/contacts");
        await page.GetByRole(AriaRole.Group, new() { Name = "How did it happen?" }).GetByLabel("Phone", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reached the person").CheckAsync();
        await page.GetByLabel("Notes (optional)").FillAsync(ContactNotes);
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync());
        Assert.Equal($"{episodePath}/contacts", worker.Path);
        await Assertions.Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = ContactNotes })).ToBeVisibleAsync();
        await Assertions.Expect(main).ToContainTextAsync("their support is now active");
        await worker.CheckAccessibilityAsync();
        await worker.VisitAsync($"{episodePath}/contacts/plan");

        // Their record and timeline show the whole path so far.
        await worker.VisitAsync(personPath);
        await Assertions.Expect(main).ToContainTextAsync(familyName);
        await worker.VisitAsync($"{personPath}/timeline");
        await Assertions.Expect(main).ToContainTextAsync("Referral received by North team");
        await Assertions.Expect(main).ToContainTextAsync("Triage: ");
        await Assertions.Expect(main).ToContainTextAsync("Allocated to Test Link worker");
        await Assertions.Expect(main).ToContainTextAsync("Support began (first contact)");

        // Lost contact is refused while the attempts to reach them are missing; goals achieved is not.
        await worker.VisitAsync($"{episodePath}/discharge");
        await page.GetByLabel("Lost contact", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Summary for the referrer and GP").FillAsync("We could not reach him.");
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Discharge", Exact = true }).ClickAsync());
        await Assertions.Expect(ErrorSummary(page)).ToContainTextAsync("before discharging for lost contact");
        await worker.CheckAccessibilityAsync();

        await page.GetByLabel("Goals achieved", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Summary for the referrer and GP").FillAsync(DischargeSummary);
        await worker.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Discharge", Exact = true }).ClickAsync());
        Assert.Equal($"{episodePath}/discharge", worker.Path);
        await Assertions.Expect(main).ToContainTextAsync("Discharged. The summary is ready for the referrer and GP.");
        await Assertions.Expect(page.Locator("#discharge")).ToContainTextAsync("Goals achieved");
        await worker.CheckAccessibilityAsync();
    }

    /// <summary>The door stays open: a phone call months later, without the NHS number, joins the record they already have.</summary>
    private static async Task TheTeamTakesAReReferralOntoTheSameRecordAsync(BrowserSession senior, string familyName)
    {
        var page = senior.Page;
        await senior.VisitAsync("/team/referrals/new");
        await page.GetByLabel("The person themselves, by phone or in person").CheckAsync();
        await page.GetByLabel("The person's GP practice").SelectOptionAsync(new SelectOptionValue { Label = "Riverside Medical Centre" });
        await page.GetByLabel("First name").FillAsync("Arthur");
        await page.GetByLabel("Last name").FillAsync(familyName);
        await page.GetByLabel("Day").FillAsync("12");
        await page.GetByLabel("Month").FillAsync("4");
        await page.GetByLabel("Year").FillAsync("1951");
        await page.GetByLabel("Low mood or anxiety").CheckAsync();
        await page.GetByLabel("Routine", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("The person has agreed to be referred").CheckAsync();
        await senior.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Add referral" }).ClickAsync());

        var choice = page.GetByRole(AriaRole.Group, new() { Name = "Who is this referral for?" });
        await Assertions.Expect(choice).ToBeVisibleAsync();
        await senior.CheckAccessibilityAsync(); // the known records to choose from
        await choice.GetByLabel($"Arthur {familyName}, born 12 April 1951").CheckAsync();
        await senior.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Add referral" }).ClickAsync());
        Assert.Equal("/team/referrals/new", senior.Path);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("North team");

        // One person, two episodes: the new referral waits for triage on the record that holds the first.
        await senior.VisitAsync("/team/triage");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Arthur {familyName}" })).ToBeVisibleAsync();
        await senior.VisitAsync($"/people?search={familyName}");
        var people = page.GetByRole(AriaRole.Link, new() { Name = $"{familyName}, Arthur" });
        await Assertions.Expect(people).ToHaveCountAsync(1);
        await senior.NavigateByAsync(() => people.ClickAsync());
        await senior.VisitAsync($"{senior.Path}/timeline");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Discharged");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByText("Referral received by North team")).ToHaveCountAsync(2);
    }

    private async Task ReferrerSeesTheOutcomeOnlyAsync(string familyName)
    {
        var page = Browser.Page;
        await Browser.VisitAsync("/referrals");
        var row = RowFor(page, familyName);
        await Assertions.Expect(row).ToContainTextAsync("Discharged");
        await Assertions.Expect(row).ToContainTextAsync("Goals achieved");
        await Assertions.Expect(row).ToContainTextAsync(DischargeSummary);

        var everything = await page.GetByRole(AriaRole.Main).InnerTextAsync();
        Assert.DoesNotContain(ContactNotes, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(WhatMattersToThem, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(GoalInTheirWords, everything, StringComparison.Ordinal);
    }

    private static ILocator RowFor(IPage page, string familyName) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = familyName });

    private static ILocator ErrorSummary(IPage page) => page.GetByRole(AriaRole.Alert).Filter(new()
    {
        Has = page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" }),
    });

    [GeneratedRegex("^(?<episode>/episodes/[0-9a-f-]{36})/contacts$")]
    private static partial Regex EpisodeContactsPath();
}
