using Microsoft.Playwright;
using Waymark.BrowserTests.Pages;

namespace Waymark.BrowserTests;

/// <summary>The NHS.UK frontend really reaches the browser (stack notes, gotcha G1: empty static files).</summary>
public sealed class NhsStyling(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_NHS_stylesheet_and_script_load_and_the_header_is_NHS_blue()
    {
        var responses = new List<IResponse>();
        Browser.Page.Response += (_, response) => responses.Add(response);

        await Browser.VisitAsync(SignInPage.Path);

        var css = Assert.Single(responses, r => r.Request.ResourceType == "stylesheet" && r.Url.Contains("/nhsuk/nhsuk-frontend", StringComparison.Ordinal));
        var js = Assert.Single(responses, r => r.Request.ResourceType == "script" && r.Url.Contains("/nhsuk/nhsuk-frontend", StringComparison.Ordinal));
        foreach (var (response, type) in new[] { (css, "text/css"), (js, "javascript") })
        {
            Assert.Equal(200, response.Status);
            Assert.Contains(type, await response.HeaderValueAsync("content-type") ?? "(none)", StringComparison.Ordinal);
            Assert.True((await response.BodyAsync()).Length > 10_000, $"{response.Url} came back (nearly) empty");
        }

        Assert.Equal("rgb(0, 94, 184)", await new WaymarkPage(Browser).Header.BackgroundColourAsync());
    }
}
