using Microsoft.Playwright;

namespace Waymark.BrowserTests.Pages;

/// <summary>/account/sign-in: email, password, the NHS error summary and the account-locked warning.</summary>
public sealed class SignInPage(BrowserSession browser) : WaymarkPage(browser)
{
    public const string Path = "/account/sign-in";

    public ILocator Email => Page.GetByLabel("Email address", new PageGetByLabelOptions { Exact = true });

    public ILocator Password => Page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true });

    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true });

    /// <summary>The NHS error summary ("There is a problem"), found by its alert role and heading.</summary>
    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions
    {
        Has = Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "There is a problem" }),
    });

    /// <summary>The error summary's focusable box (the NHS frontend moves focus here when the page loads with errors).</summary>
    public ILocator ErrorSummaryBox => Page.Locator(".nhsuk-error-summary");

    public ILocator ErrorLink(string message) =>
        ErrorSummary.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = message, Exact = true });

    public ILocator LockedOutWarning => Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Account locked" });

    public static async Task<SignInPage> GotoAsync(BrowserSession browser)
    {
        await browser.GotoAsync(Path);
        return new SignInPage(browser);
    }

    /// <summary>Fills in the form, submits it and returns the page it lands on.</summary>
    public async Task<WaymarkPage> SignInAsync(string email, string password)
    {
        await SubmitAsync(email, password);
        return new WaymarkPage(Browser);
    }

    /// <summary>Fills in the form and submits it, expecting to be refused: returns the sign-in page with its errors.</summary>
    public async Task<SignInPage> SignInExpectingRefusalAsync(string email, string password)
    {
        await SubmitAsync(email, password);
        Assert.True(Browser.Path == Path, $"Expected sign-in to be refused, but it went on to {Browser.Path}");
        return this;
    }

    private async Task SubmitAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Browser.NavigateByAsync(() => SignInButton.ClickAsync());
    }

    /// <summary>The messages listed in the error summary, in order; empty when there is none.</summary>
    public async Task<IReadOnlyList<string>> ErrorMessagesAsync() =>
        await ErrorSummary.CountAsync() == 0
            ? []
            : [.. (await ErrorSummary.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(text => text.Trim())];

    public Task<bool> IsLockedOutMessageVisibleAsync() => LockedOutWarning.IsVisibleAsync();
}
