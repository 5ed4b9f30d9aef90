using Waymark.BrowserTests.Pages;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// Base for browser tests: a fresh browser context per test, a screenshot in artifacts/browser/ when a test fails,
/// and the shared app and seeded data.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private BrowserSession? _browser;

    protected WaymarkAppFactory App => fixture.App;

    protected TestData Data => fixture.Data;

    protected BrowserSession Browser => _browser ?? throw new InvalidOperationException("The browser session has not started.");

    /// <summary>Signs in through the sign-in page as the seeded user with this role and returns their landing page.</summary>
    protected Task<WaymarkPage> SignInAsAsync(StaffRole role) => Browser.SignInAsync(Data.User(role));

    /// <summary>A second, independent browser (its own cookies), for a journey that involves two people.</summary>
    protected Task<BrowserSession> NewBrowserAsync() => fixture.NewSessionAsync();

    public async ValueTask InitializeAsync() => _browser = await fixture.NewSessionAsync();

    public async ValueTask DisposeAsync()
    {
        if (_browser is null)
        {
            return;
        }

        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await _browser.SaveFailureScreenshotAsync();
        }

        await _browser.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
