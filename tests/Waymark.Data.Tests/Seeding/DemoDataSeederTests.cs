using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.Identity;
using Waymark.Data.Seeding;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.Data.Tests.Seeding;

public sealed partial class DemoDataSeederTests(DemoDataSeederTests.SeededDatabases seeded) : IClassFixture<DemoDataSeederTests.SeededDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Seeds_a_provider_with_two_teams_practices_partners_and_a_commissioner(DatabaseProvider provider)
    {
        var (database, _, data) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var kinds = await db.Organisations.GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Ct);
        Assert.Equal(1, kinds[OrganisationKind.Provider]);
        Assert.Equal(10, kinds[OrganisationKind.GpPractice]);
        Assert.Equal(30, kinds[OrganisationKind.Partner]);
        Assert.Equal(1, kinds[OrganisationKind.Commissioner]);
        Assert.All(await db.Organisations.Where(o => o.Kind == OrganisationKind.GpPractice).ToListAsync(Ct), p => Assert.Matches("^Y0[0-9]{4}$", p.OdsCode!));
        Assert.EndsWith("Social Prescribing Service", data.Provider.Name, StringComparison.Ordinal);

        var teams = await db.Teams.Include(t => t.Practices).ToListAsync(Ct);
        Assert.Equal(2, teams.Count);
        Assert.All(teams, t => Assert.Equal(5, t.Practices.Count));
        Assert.Equal(10, teams.SelectMany(t => t.Practices).Select(p => p.PracticeId).Distinct().Count());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Seeds_eight_link_workers_with_a_senior_in_each_team(DatabaseProvider provider)
    {
        var (_, services, data) = await seeded.GetAsync(provider);

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var linkWorkers = await users.GetUsersInRoleAsync(StaffRoles.Name(StaffRole.LinkWorker));
        var seniors = await users.GetUsersInRoleAsync(StaffRoles.Name(StaffRole.SeniorLinkWorker));

        Assert.Equal(8, linkWorkers.Count + seniors.Count);
        Assert.All(data.Teams, team => Assert.Contains(seniors, s => s.TeamId == team.Id));
        Assert.All(linkWorkers.Concat(seniors), u => Assert.InRange(u.CaseloadCapacity!.Value, 1m, 200m));
        Assert.True(linkWorkers.Concat(seniors).Select(u => u.CaseloadCapacity).Distinct().Count() > 1, "capacities should vary");
        Assert.True(linkWorkers.Concat(seniors).Count(u => u.Languages.Count > 0) >= 4, "several link workers should speak other languages");
        Assert.Equal(10, (await users.GetUsersInRoleAsync(StaffRoles.Name(StaffRole.Referrer))).Select(u => u.OrganisationId).Distinct().Count());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_role_has_a_demo_account_that_signs_in_with_the_demo_password(DatabaseProvider provider)
    {
        var (_, services, _) = await seeded.GetAsync(provider);

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.Equal(StaffRoles.All, DemoAccounts.All.Select(a => a.Role));
        foreach (var account in DemoAccounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, account.Password), $"{account.Email} should sign in with the demo password");
            Assert.True(await users.IsInRoleAsync(user, StaffRoles.Name(account.Role)), $"{account.Email} should be a {account.Role}");
        }

        Assert.True(DemoAccounts.Password.Length >= 12);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_same_seed_gives_the_same_service(DatabaseProvider provider)
    {
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);
        var results = new List<DemoData>();
        var stored = new List<List<string>>();
        foreach (var database in new[] { first, second })
        {
            await database.MigrateAsync();
            await using var services = BuildServices(database);
            results.Add((await SeedAsync(services))!);
            await using var db = database.CreateContext();
            stored.Add(await db.Organisations.OrderBy(o => o.Name).Select(o => o.Name + " " + o.OdsCode).ToListAsync(Ct));
            stored.Add([.. (await db.Episodes.Select(e => new { e.Status, e.DischargeReason }).ToListAsync(Ct))
                .GroupBy(e => $"{e.Status} {e.DischargeReason}").Select(g => $"{g.Key}: {g.Count()}").Order(StringComparer.Ordinal)]);
            stored.Add([$"{await db.People.CountAsync(Ct)} people", $"{await db.Contacts.CountAsync(Ct)} contacts", $"{await db.Plans.CountAsync(Ct)} plans"]);
        }

        Assert.Equal(results[0].Organisations.Select(o => o.Name), results[1].Organisations.Select(o => o.Name));
        Assert.Equal(results[0].Practices.Select(o => o.OdsCode), results[1].Practices.Select(o => o.OdsCode));
        Assert.Equal(results[0].Users.Select(u => (u.DisplayName, u.Email, u.Role)), results[1].Users.Select(u => (u.DisplayName, u.Email, u.Role)));
        Assert.Equal(results[0].Cases.People.Select(p => $"{p.GivenName} {p.FamilyName} {p.DateOfBirth} {p.NhsNumber}"),
            results[1].Cases.People.Select(p => $"{p.GivenName} {p.FamilyName} {p.DateOfBirth} {p.NhsNumber}"));
        Assert.Equal(stored[0], stored[3]);
        Assert.Equal(stored[1], stored[4]);
        Assert.Equal(stored[2], stored[5]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Does_nothing_when_the_database_already_has_organisations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var services = BuildServices(database);
        var data = await SeedAsync(services);
        Assert.NotNull(data);

        Assert.Null(await SeedAsync(services));

        await using var db = database.CreateContext();
        Assert.Equal(42, await db.Organisations.CountAsync(Ct));
        Assert.Equal(2, await db.Teams.CountAsync(Ct));
        Assert.Equal(22, await db.Users.CountAsync(Ct));
        Assert.Equal(data.Cases.People.Count, await db.People.CountAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Leaves_a_database_with_real_organisations_alone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using (var db = database.CreateContext())
        {
            db.Organisations.Add(Organisation.Create("Riverside Medical Centre", OrganisationKind.GpPractice, "Y10001", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(Ct);
        }

        await using var services = BuildServices(database);
        Assert.Null(await SeedAsync(services));

        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Organisations.CountAsync(Ct));
        Assert.Equal(0, await check.Users.CountAsync(Ct));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One seeded database per provider, made on first use, for the tests that only read what was seeded.</summary>
    public sealed class SeededDatabases : IAsyncDisposable
    {
        private readonly Dictionary<DatabaseProvider, Task<Seeded>> _databases = [];
        private readonly Lock _lock = new();

        public Task<Seeded> GetAsync(DatabaseProvider provider)
        {
            lock (_lock)
            {
                if (!_databases.TryGetValue(provider, out var seeded))
                {
                    _databases[provider] = seeded = CreateAsync(provider);
                }

                return seeded;
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var seeded in _databases.Values.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result))
            {
                await seeded.Services.DisposeAsync();
                await seeded.Database.DisposeAsync();
            }
        }

        private static async Task<Seeded> CreateAsync(DatabaseProvider provider)
        {
            var database = await TestDatabase.CreateAsync(provider);
            await database.MigrateAsync();
            var services = BuildServices(database);
            var data = await SeedAsync(services) ?? throw new InvalidOperationException("A new database should be seeded");
            return new Seeded(database, services, data);
        }
    }

    public sealed record Seeded(TestDatabase Database, ServiceProvider Services, DemoData Data);

    private static async Task<DemoData?> SeedAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken: Ct);
    }

    /// <summary>The data services plus Identity's user store: what the seeder needs, without the web app.</summary>
    private static ServiceProvider BuildServices(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Waymark"] = database.Settings.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWaymarkData(configuration);
        services.AddIdentityCore<StaffUser>().AddRoles<IdentityRole<Guid>>().AddEntityFrameworkStores<AppDbContext>();
        services.AddDemoData();
        return services.BuildServiceProvider();
    }
}
