using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Audit;
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
/// The app with <see cref="TestData"/> seeded (organisations, a team, one user per role), and what every feature's
/// fixture needs on top: signed-in clients (made once per user and clock time), anonymous and API-key clients,
/// database access and counts of audited reads. Features derive from it and add the people just outside each scope.
/// </summary>
public abstract class SeededAppFixture : AppFixture
{
    private readonly Dictionary<string, (HttpClient Client, DateTimeOffset At)> _signedIn = [];
    private readonly List<HttpClient> _clients = [];
    private TestData? _data;

    public TestData Data => _data ?? throw new InvalidOperationException("The app has not been seeded.");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        BeforeSeeding();
        _data = await TestData.SeedAsync(App);
    }

    /// <summary>Runs once the app is up and before the test data is made (e.g. to set the clock).</summary>
    protected virtual void BeforeSeeding()
    {
    }

    public Task<HttpClient> SignedInAsync(StaffRole role) => SignedInAsync(Data.User(role));

    /// <summary>
    /// A client signed in (through the sign-in page) as this user. Sign-ins expire as the fake clock moves on, so a
    /// client signed in at another clock time is replaced by a fresh one.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(TestUser user)
    {
        var now = App.Clock.GetUtcNow();
        if (_signedIn.TryGetValue(user.Email, out var signedIn))
        {
            if (signedIn.At == now)
            {
                return signedIn.Client;
            }

            _clients.Add(signedIn.Client);
        }

        var client = await App.SignedInClientAsync(user);
        _signedIn[user.Email] = (client, now);
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

    public Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work) =>
        App.WithScopeAsync(services => work(services.GetRequiredService<AppDbContext>()));

    /// <summary>The audited reads of a person's record.</summary>
    public Task<List<AuditEvent>> ReadEventsAsync(Guid personId) => WithDbAsync(db => db.AuditEvents.AsNoTracking()
        .Where(e => e.Action == AuditAction.Read && e.RecordType == "Person" && e.RecordId == personId.ToString())
        .ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>How many times a person's record has been read (audited).</summary>
    public async Task<int> ReadsOfAsync(Guid personId) => (await ReadEventsAsync(personId)).Count;

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _signedIn.Values.Select(s => s.Client).Concat(_clients))
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }

    protected HttpClient Track(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }
}

/// <summary>The seeded app as it is, with API keys on request.</summary>
public sealed class SeededApp : SeededAppFixture
{
    /// <summary>Issues an API key, through the app's own use case, for a client acting for the provider.</summary>
    public Task<(Guid Id, string Key)> IssueApiKeyAsync(string name) =>
        App.WithScopeAsync(services => services.GetRequiredService<IssueApiClient>()
            .ExecuteAsync(name, Data.ProviderId, Data.User(StaffRole.Administrator).Id, TestContext.Current.CancellationToken));
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
