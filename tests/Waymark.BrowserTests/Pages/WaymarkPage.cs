using Microsoft.Playwright;

namespace Waymark.BrowserTests.Pages;

/// <summary>Any page in the Waymark layout: the header, the main heading and the main content.</summary>
public class WaymarkPage(BrowserSession browser)
{
    protected BrowserSession Browser { get; } = browser;

    protected IPage Page => Browser.Page;

    public Header Header => new(Browser);

    /// <summary>The page's one level-1 heading.</summary>
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });

    public ILocator Main => Page.GetByRole(AriaRole.Main);

    public async Task<string> HeadingTextAsync() => (await Heading.InnerTextAsync()).Trim();
}
