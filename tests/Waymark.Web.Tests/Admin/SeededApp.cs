using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.Web.Tests.Admin;

/// <summary>
/// One app per test class over its own migrated database, seeded with <see cref="TestData"/>. Tests in a class
/// share it, so each makes its own records (unique names) rather than changing the seeded ones.
/// </summary>
public sealed class SeededApp : IAsyncLifetime
{
    private int _counter;

    public WaymarkAppFactory App { get; private set; } = null!;

    public TestData Data { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await WaymarkAppFactory.CreateAsync();
        Data = await TestData.SeedAsync(App);
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }

    public Task<HttpClient> SignedInAsync(StaffRole role) => App.SignedInClientAsync(Data.User(role));

    public Task<HttpClient> AdminAsync() => SignedInAsync(StaffRole.Administrator);

    /// <summary>A number unique within this app, for names, emails and ODS codes.</summary>
    public int Next() => Interlocked.Increment(ref _counter);
}
