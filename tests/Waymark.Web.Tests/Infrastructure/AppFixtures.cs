using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.ApiClients;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Tests.Infrastructure;

/// <summary>One app over a fresh, migrated database, shared by the tests of one class (each app costs a database).</summary>
public class AppFixture : IAsyncLifetime
{
    private WaymarkAppFactory? _app;

    public WaymarkAppFactory App => _app ?? throw new InvalidOperationException("The app has not started.");

    public virtual async ValueTask InitializeAsync() => _app = await WaymarkAppFactory.CreateAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The app with <see cref="TestData"/> seeded (organisations, a team, one user per role), a signed-in client per role
/// (made once, on first use) and API keys on request.
/// </summary>
public sealed class SeededApp : AppFixture
{
    private readonly Dictionary<StaffRole, HttpClient> _signedIn = [];
    private readonly List<HttpClient> _clients = [];
    private TestData? _data;

    public TestData Data => _data ?? throw new InvalidOperationException("The app has not been seeded.");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _data = await TestData.SeedAsync(App);
    }

    /// <summary>A client signed in (through the sign-in page) as the seeded user with this role.</summary>
    public async Task<HttpClient> SignedInAsync(StaffRole role)
    {
        if (!_signedIn.TryGetValue(role, out var client))
        {
            client = await App.SignedInClientAsync(Data.User(role));
            _signedIn[role] = client;
        }

        return client;
    }

    /// <summary>A client with no cookies from earlier tests.</summary>
    public HttpClient Anonymous() => Track(App.CreateBrowserLikeClient());

    /// <summary>A client that sends this API key on every request.</summary>
    public HttpClient WithApiKey(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        return client;
    }

    /// <summary>Issues an API key, through the app's own use case, for a client acting for the provider.</summary>
    public Task<(Guid Id, string Key)> IssueApiKeyAsync(string name) =>
        App.WithScopeAsync(services => services.GetRequiredService<IssueApiClient>()
            .ExecuteAsync(name, Data.ProviderId, Data.User(StaffRole.Administrator).Id, TestContext.Current.CancellationToken));

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _signedIn.Values.Concat(_clients))
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }

    private HttpClient Track(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }
}

public static class ResponseExtensions
{
    private static readonly Uri App = new("http://localhost/");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

    public static Task<string> TextAsync(this HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    /// <summary>Where a redirect points, made absolute whether the app sent an absolute or a relative address.</summary>
    public static Uri RedirectTarget(this HttpResponseMessage response) =>
        new(App, response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} has no Location header"));
}
