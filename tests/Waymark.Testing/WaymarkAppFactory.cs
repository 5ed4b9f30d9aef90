using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Waymark.Data;

namespace Waymark.Testing;

/// <summary>
/// The real app over a real, freshly migrated database (SQLite or PostgreSQL, per WAYMARK_TEST_PROVIDER unless
/// given). Pass <c>kestrel: true</c> for browser tests: the app then listens on a loopback port.
/// </summary>
public sealed class WaymarkAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _kestrel;

    private WaymarkAppFactory(TestDatabase database, bool kestrel)
    {
        _database = database;
        _kestrel = kestrel;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public FakeClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public DatabaseProvider Provider => _database.Provider;

    public TestDatabase Database => _database;

    /// <summary>Where this app's file outbox writes its .eml files: a fresh temporary folder, never the repository.</summary>
    public string OutboxFolder { get; } = Path.Combine(Path.GetTempPath(), "waymark-outbox-" + Guid.NewGuid().ToString("N"));

    /// <summary>The loopback address the app listens on (Kestrel mode only).</summary>
    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<WaymarkAppFactory> CreateAsync(DatabaseProvider? provider = null, bool kestrel = false)
    {
        var database = await TestDatabase.CreateAsync(provider ?? TestEnvironment.WebProvider);
        await database.MigrateAsync();
        var factory = new WaymarkAppFactory(database, kestrel);
        if (kestrel)
        {
            factory.StartServer();
        }

        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development, static assets need this to be served from the project (stack notes, gotcha G1).
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Waymark", _database.Settings.ConnectionString);
        builder.UseSetting("Outbox:Mode", "File");
        builder.UseSetting("Outbox:Folder", OutboxFolder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    /// <summary>Runs work with the app's own services (use cases, the DbContext) in a fresh scope.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(OutboxFolder))
        {
            Directory.Delete(OutboxFolder, recursive: true);
        }
    }
}
