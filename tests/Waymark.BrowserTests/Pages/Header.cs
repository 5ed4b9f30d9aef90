using Microsoft.Playwright;

namespace Waymark.BrowserTests.Pages;

/// <summary>The NHS.UK header: service name, the signed-in person with a sign-out button, and their roles' menu.</summary>
public sealed class Header(BrowserSession browser)
{
    private IPage Page => browser.Page;

    public ILocator Banner => Page.GetByRole(AriaRole.Banner);

    public ILocator Account => Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Account" });

    /// <summary>The link showing the signed-in person's name.</summary>
    public ILocator UserName => Account.GetByRole(AriaRole.Link);

    public ILocator SignOutButton => Account.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Sign out" });

    /// <summary>The menu of the signed-in person's role home pages.</summary>
    public ILocator Menu => Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Menu" });

    public ILocator MenuLink(string name) => Menu.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public async Task<IReadOnlyList<string>> MenuLinksAsync() =>
        [.. (await Menu.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(text => text.Trim())];

    public async Task<string> UserNameAsync() => (await UserName.InnerTextAsync()).Trim();

    public async Task<WaymarkPage> SignOutAsync()
    {
        await browser.NavigateByAsync(() => SignOutButton.ClickAsync());
        return new WaymarkPage(browser);
    }

    /// <summary>The header's computed background colour, e.g. "rgb(0, 94, 184)" for NHS blue.</summary>
    public Task<string> BackgroundColourAsync() => Banner.EvaluateAsync<string>("element => getComputedStyle(element).backgroundColor");
}
