using Microsoft.Playwright;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// The administrator's main journey: add a GP practice, add a referrer there with a generated password, and that
/// person signs in and lands on their practice's referrals. Every page on the way passes axe.
/// </summary>
public sealed class AdministeringAccounts(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_administrator_adds_a_practice_and_a_referrer_who_can_then_sign_in()
    {
        var suffix = Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var practiceName = $"Meadow Lane Surgery {suffix}";
        var email = $"new.referrer.{suffix.ToLowerInvariant()}@test.waymark.example";
        await SignInAsAsync(StaffRole.Administrator);
        var page = Browser.Page;

        // A GP practice, first without its ODS code: the form says what is missing and keeps what was typed.
        await Browser.VisitAsync("/admin/organisations/add");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(practiceName);
        await page.GetByLabel("GP practice").CheckAsync();
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync());
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter the ODS code");
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(practiceName);
        await Browser.CheckAccessibilityAsync();

        await page.GetByLabel("ODS code").FillAsync($"Y{Random.Shared.Next(20000, 99999)}");
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync());
        Assert.Equal("/admin/organisations", Browser.Path);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(practiceName);
        await Browser.CheckAccessibilityAsync();

        // A referrer at that practice, with a password Waymark generates and shows once.
        await Browser.VisitAsync("/admin/users/add");
        await page.GetByLabel("Full name").FillAsync("Nia Referrer");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{practiceName} (GP practice)" });
        await page.GetByLabel("Referrer", new() { Exact = true }).CheckAsync();
        await Browser.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "User added" })).ToBeVisibleAsync();
        var password = (await page.Locator("#generated-password").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$", password);
        await Browser.CheckAccessibilityAsync();

        // The new person signs in, in their own browser, and lands on their practice's referrals.
        await using var theirBrowser = await NewBrowserAsync();
        var landing = await theirBrowser.SignInAsync(new TestUser(Guid.Empty, email, password, StaffRole.Referrer));
        Assert.Equal("/referrals", theirBrowser.Path);
        Assert.Equal("Your practice's referrals", await landing.HeadingTextAsync());
        await theirBrowser.CheckAccessibilityAsync();
    }
}
