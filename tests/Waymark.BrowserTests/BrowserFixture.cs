using System.Runtime.ExceptionServices;
using Microsoft.Playwright;
using Waymark.Testing;

namespace Waymark.BrowserTests;

/// <summary>
/// ONE app on Kestrel and ONE Chromium for the whole assembly (stack notes, gotcha G6: two apps racing to seed the
/// same database fail). Each test gets its own browser context, so cookies never leak between tests. Debian's
/// Chromium is driven offline: Playwright never downloads a browser because <see cref="ChromiumPath"/> is given.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WaymarkAppFactory? _app;
    private TestData? _data;
    private string? _unavailable;
    private ExceptionDispatchInfo? _failure;

    public WaymarkAppFactory App => _app ?? throw NotReady();

    public TestData Data => _data ?? throw NotReady();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _unavailable = $"Chromium is not installed at {ChromiumPath}; run scripts/setup-browser";
            return;
        }

        try
        {
            // Expectations retry until this long; the machine is small and shared, so be patient rather than flaky.
            Assertions.SetDefaultExpectTimeout(10_000);
            _app = await WaymarkAppFactory.CreateAsync(kestrel: true);
            _data = await TestData.SeedAsync(_app);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        catch (Exception ex)
        {
            // Thrown again from every test, so a skip (no PostgreSQL outside CI) skips each test with its reason and
            // anything else fails each test with the real error rather than a fixture error.
            _failure = ExceptionDispatchInfo.Capture(ex);
        }
    }

    /// <summary>A fresh browser context (own cookies and storage) with one page, pointed at the app.</summary>
    public async Task<BrowserSession> NewSessionAsync()
    {
        if (_unavailable is not null)
        {
            TestEnvironment.SkipOrFail(_unavailable);
        }

        _failure?.Throw();
        return await BrowserSession.StartAsync(_browser ?? throw NotReady(), App.BaseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static InvalidOperationException NotReady() => new("The browser fixture did not start; see the first test's error.");
}

/// <summary>Every browser test class joins this collection, so they share <see cref="BrowserFixture"/> and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
