using Microsoft.Playwright;
using Waymark.BrowserTests.Pages;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// One test's browser: its own context (cookies isolated) and page. Every navigation waits until the NHS.UK
/// frontend JavaScript has started (the layout's module sets <c>data-nhsuk-init="done"</c> on &lt;html&gt;).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string ReadyScript = "() => document.documentElement.dataset.nhsukInit === 'done'";

    private int _screenshots;

    private BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The current address's path, e.g. "/admin".</summary>
    public string Path => new Uri(Page.Url).AbsolutePath;

    /// <summary>The current address's path and query, e.g. "/account/sign-in?returnUrl=%2Fadmin".</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    public static async Task<BrowserSession> StartAsync(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            // The app's Content-Security-Policy allows only its own scripts; axe-core is injected inline.
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(15_000);
        // Nothing leaves the machine: the NHS.UK CSS asks for Frutiger from assets.nhs.uk, which falls back to a
        // system font when refused. The app itself is plain http on loopback.
        await context.RouteAsync("https://**", route => route.AbortAsync());
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    /// <summary>Opens a page (path relative to the app) and waits until it is ready. Does not check accessibility.</summary>
    public async Task<IResponse?> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        await WaitUntilReadyAsync();
        return response;
    }

    /// <summary>
    /// Opens a page, waits until it is ready and checks it with axe: the one-liner for "this page is accessible".
    /// Returns the response so the caller can check the status.
    /// </summary>
    public async Task<IResponse?> VisitAsync(string path)
    {
        var response = await GotoAsync(path);
        await CheckAccessibilityAsync();
        return response;
    }

    /// <summary>Runs axe on the page as it is now (e.g. after a form shows its errors).</summary>
    public async Task CheckAccessibilityAsync()
    {
        await Axe.AssertNoSeriousViolationsAsync(Page);
        if (Artifacts.ScreenshotEveryPage)
        {
            await ScreenshotAsync(Path.Trim('/').Replace('/', '-') is { Length: > 0 } slug ? slug : "home");
        }
    }

    /// <summary>
    /// Does something that loads a new page (submitting a form, following a link) and waits until the new page is
    /// ready. Works when the new page has the same address (a form redisplayed with errors) and across redirects.
    /// </summary>
    public async Task NavigateByAsync(Func<Task> action)
    {
        await Page.EvaluateAsync("() => { window.waymarkPreviousDocument = true; }");
        await action();
        await WaitUntilReadyAsync("() => !window.waymarkPreviousDocument && document.documentElement.dataset.nhsukInit === 'done'");
    }

    /// <summary>Signs in through the sign-in page and returns the page it lands on.</summary>
    public async Task<WaymarkPage> SignInAsync(TestUser user)
    {
        var signIn = await SignInPage.GotoAsync(this);
        return await signIn.SignInAsync(user.Email, user.Password);
    }

    /// <summary>Saves a full-page screenshot as artifacts/browser/&lt;test&gt;-&lt;n&gt;-&lt;name&gt;.png and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var file = Artifacts.PathFor($"{++_screenshots:00}-{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }

    /// <summary>Best effort: a failing test should report its own error, not a screenshot problem.</summary>
    public async Task SaveFailureScreenshotAsync()
    {
        try
        {
            var file = await ScreenshotAsync("failed");
            TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot of {Page.Url}: {file}");
        }
        catch (PlaywrightException ex)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"Could not save a screenshot: {ex.Message}");
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private async Task WaitUntilReadyAsync(string script = ReadyScript)
    {
        try
        {
            await Page.WaitForFunctionAsync(script);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(
                $"{Page.Url} never finished starting the NHS.UK frontend (data-nhsuk-init). Is wwwroot/nhsuk missing " +
                "(run scripts/assets), or are static files served empty (stack notes, gotcha G1)?", ex);
        }
    }
}
