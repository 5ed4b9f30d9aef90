using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Episodes;
using Waymark.Domain.Plans;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// Issue 4's journey, in two people's browsers: a link worker opens a person, gets suggestions with reasons and makes
/// a direct referral; the partner accepts it; the link worker sees it accepted; the partner pauses the service; the
/// person shows as on hold on My caseload with alternatives. On the way the link worker keeps the referral as a draft and
/// changes it before sending, and the partner adds phone numbers to the listing. Every page on the way passes axe.
/// </summary>
public sealed class SuggestReferAndHold(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_link_worker_refers_from_a_suggestion_the_partner_accepts_then_pauses_and_the_person_shows_on_hold()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var walking = $"Northfield walking group {suffix}";
        var cafe = $"Chatty café {suffix}";
        var (person, name, serviceId) = await ArrangeAsync(suffix, walking, cafe);

        // The link worker finds services for the person from their plan.
        var page = Browser.Page;
        await SignInAsAsync(StaffRole.LinkWorker);
        await Browser.VisitAsync($"/episodes/{person.EpisodeId}/plan");
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = $"Find services for {name}" }).ClickAsync());
        Assert.Equal($"/episodes/{person.EpisodeId}/plan/suggestions", Browser.Path);
        var card = page.Locator("li.nhsuk-card").Filter(new() { HasText = walking });
        await Assertions.Expect(card).ToContainTextAsync("Helps with loneliness and isolation");
        await Assertions.Expect(card).ToContainTextAsync("Mentions “walking”, from the goal “Join a walking group”");
        await Browser.CheckAccessibilityAsync();

        // ... and refers them directly from the suggestion.
        await Browser.NavigateByAsync(() => card.GetByRole(AriaRole.Link, new() { Name = $"Refer {name} to {walking}" }).ClickAsync());
        Assert.Equal($"/episodes/{person.EpisodeId}/onward-referrals/new", Browser.Path);
        await page.GetByLabel("Refer directly").CheckAsync();
        await page.GetByLabel("Why they are being referred, in words agreed with them").FillAsync("Would like to walk with others");
        await Browser.CheckAccessibilityAsync();
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync());
        Assert.StartsWith($"/episodes/{person.EpisodeId}/onward-referrals/", Browser.Path, StringComparison.Ordinal);
        var referralPath = Browser.Path;

        // They change the draft after talking it over with the person, then send it.
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = $"Change the draft referral to {walking}" }).ClickAsync());
        Assert.Equal($"{referralPath}/edit", Browser.Path);
        await Assertions.Expect(page.GetByLabel("Why they are being referred, in words agreed with them")).ToHaveValueAsync("Would like to walk with others");
        await page.GetByLabel("Why they are being referred, in words agreed with them").FillAsync("Would like to walk with others on weekday mornings");
        await Browser.CheckAccessibilityAsync();
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save and send" }).ClickAsync());
        Assert.Equal(referralPath, Browser.Path);
        await Assertions.Expect(page.Locator("[data-referral-status]")).ToHaveTextAsync("Waiting for a reply");
        await Browser.CheckAccessibilityAsync();

        // The partner finds it in their inbox and accepts it.
        await using var partner = await NewBrowserAsync();
        var partnerPage = partner.Page;
        await partner.SignInAsync(Data.User(StaffRole.Partner));
        await partner.VisitAsync("/partner");
        await partner.CheckAccessibilityAsync();
        await partner.NavigateByAsync(() => partnerPage.GetByRole(AriaRole.Link, new() { Name = name }).First.ClickAsync());
        Assert.StartsWith("/partner/referrals/", partner.Path, StringComparison.Ordinal);
        await Assertions.Expect(partnerPage.GetByRole(AriaRole.Main)).ToContainTextAsync("Would like to walk with others on weekday mornings");
        await partner.CheckAccessibilityAsync();
        await partnerPage.GetByLabel("Accept", new() { Exact = true }).CheckAsync();
        await partner.NavigateByAsync(() => partnerPage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync());
        await Assertions.Expect(partnerPage.Locator("[data-referral-status]")).ToHaveTextAsync("Accepted");

        // The link worker sees it accepted.
        await Browser.VisitAsync(referralPath);
        await Assertions.Expect(page.Locator("[data-referral-status]")).ToHaveTextAsync("Accepted");

        // The listing counts it, and how soon the service replied.
        await Browser.VisitAsync($"/directory/services/{serviceId}");
        await Assertions.Expect(page.Locator("[data-referral-statistics]")).ToContainTextAsync("Accepted 1");
        await Browser.CheckAccessibilityAsync();

        // The partner adds the group's phone numbers to the listing: "Add another" keeps what was typed, Enter saves.
        await partner.VisitAsync($"/directory/manage/{serviceId}/edit");
        await partnerPage.Locator("#Input_Phones_0__Number").FillAsync("0113 496 0000");
        await partnerPage.Locator("#Input_Phones_0__Description").FillAsync("Walk leader");
        await partner.NavigateByAsync(() => partnerPage.GetByRole(AriaRole.Button, new() { Name = "Add another phone number" }).ClickAsync());
        await Assertions.Expect(partnerPage.Locator("#Input_Phones_0__Number")).ToHaveValueAsync("0113 496 0000");
        await partner.CheckAccessibilityAsync();
        await partnerPage.Locator("#Input_Phones_1__Number").FillAsync("0113 496 0999");
        await partner.NavigateByAsync(() => partnerPage.Locator("#Input_Phones_1__Number").PressAsync("Enter"));
        Assert.Equal($"/directory/services/{serviceId}", partner.Path);
        await Assertions.Expect(partnerPage.GetByRole(AriaRole.Main)).ToContainTextAsync("Phone (Walk leader)");
        await Assertions.Expect(partnerPage.GetByRole(AriaRole.Main)).ToContainTextAsync("0113 496 0999");

        // The partner pauses the service.
        await partner.VisitAsync($"/directory/manage/{serviceId}/status");
        await partner.CheckAccessibilityAsync();
        await partnerPage.GetByLabel("Paused").CheckAsync();
        await partnerPage.GetByLabel("Reason (needed to pause or close)").FillAsync("Walk leader is away");
        await partner.NavigateByAsync(() => partnerPage.GetByRole(AriaRole.Button, new() { Name = "Save status" }).ClickAsync());
        await Assertions.Expect(partnerPage.GetByRole(AriaRole.Main)).ToContainTextAsync("Paused");

        // My caseload shows the person on hold, with a way to alternatives that leave the paused service out.
        await Browser.VisitAsync("/caseload");
        var row = page.Locator($"tr[data-episode='{person.EpisodeId}']");
        await Assertions.Expect(row).ToContainTextAsync("On hold");
        await Assertions.Expect(row).ToContainTextAsync($"{walking}: The service is paused.");
        await Browser.CheckAccessibilityAsync();
        await Browser.NavigateByAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Find alternatives" }).ClickAsync());
        await Assertions.Expect(page.Locator("li.nhsuk-card").Filter(new() { HasText = cafe })).ToContainTextAsync("Helps with loneliness and isolation");
        await Assertions.Expect(page.Locator("li.nhsuk-card").Filter(new() { HasText = walking })).ToHaveCountAsync(0);
        await page.GetByText("left out, and why").ClickAsync();
        await Assertions.Expect(page.Locator("details table")).ToContainTextAsync("Paused: Walk leader is away");
        await Browser.CheckAccessibilityAsync();
    }

    /// <summary>A person active with the seeded link worker, with a walking goal, and two services of the seeded partner.</summary>
    private async Task<(TestCase Person, string Name, Guid ServiceId)> ArrangeAsync(string suffix, string walking, string cafe)
    {
        var person = await App.CaseAtAsync(Data.TeamId, EpisodeStatus.Active, Data.User(StaffRole.LinkWorker).Id, familyName: $"Walker{suffix}");
        var serviceId = await App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var now = App.Clock.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var plan = Plan.Create(person.EpisodeId, now);
            plan.AddGoal("Join a walking group", GoalDetails.None, today, now);
            db.Plans.Add(plan);

            Service Listing(string name, string description)
            {
                var service = Service.Create(Data.PartnerId, "Age Well Northfield", new ServiceDetails(name, description), now);
                service.SetDelivery(DeliveryModes.InPerson, 0, acceptingReferrals: true, now);
                service.SetReferralMethod(ReferralMethod.Direct, null, null, null, now);
                service.ReplaceAttributes([new ServiceAttribute { TaxonomyTermId = NeedTaxonomy.TermId(NeedCategory.LonelinessAndIsolation) }], now);
                db.Services.Add(service);
                return service;
            }

            var walks = Listing(walking, "Gentle walks around the park, every weekday morning");
            Listing(cafe, "A friendly café where people come to chat");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return walks.Id;
        });
        return (person, $"{person.GivenName} {person.FamilyName}", serviceId);
    }
}
