using Waymark.BrowserTests.Pages;
using Waymark.Domain.Staff;
using static Microsoft.Playwright.Assertions;

namespace Waymark.BrowserTests;

public sealed class ErrorPages(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_link_worker_visiting_administration_sees_the_NHS_styled_forbidden_page()
    {
        await SignInAsAsync(StaffRole.LinkWorker);

        var response = await Browser.VisitAsync("/admin");

        Assert.Equal(403, response?.Status);
        var page = new WaymarkPage(Browser);
        Assert.Equal("You cannot see this page", await page.HeadingTextAsync());
        await Expect(page.Main).ToContainTextAsync("ask your Waymark administrator to check your role and team");
        Assert.Equal("rgb(0, 94, 184)", await page.Header.BackgroundColourAsync());
    }

    [Fact]
    public async Task An_unknown_address_shows_the_NHS_styled_page_not_found()
    {
        await SignInAsAsync(StaffRole.LinkWorker);

        var response = await Browser.VisitAsync("/no-such-page");

        Assert.Equal(404, response?.Status);
        var page = new WaymarkPage(Browser);
        Assert.Equal("Page not found", await page.HeadingTextAsync());
        await Expect(page.Main).ToContainTextAsync("check it is correct");
        Assert.Equal("Test Link worker", await page.Header.UserNameAsync());
    }
}
