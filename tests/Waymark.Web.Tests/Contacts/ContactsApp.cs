using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Audit;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.Programmes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Contacts;

/// <summary>
/// The seeded app plus, for access rules, a link worker in another team of the same provider and a service manager
/// of another provider. Tests make their own people with <see cref="TestCases.CaseAtAsync"/>.
/// </summary>
public sealed class ContactsApp : AppFixture
{
    private readonly Dictionary<string, (HttpClient Client, DateTimeOffset At)> _signedIn = [];
    private readonly List<HttpClient> _retired = [];

    public TestData Data { get; private set; } = null!;

    public Guid OtherTeamId { get; private set; }

    public TestUser OtherTeamWorker { get; private set; } = null!;

    public TestUser OtherProviderManager { get; private set; } = null!;

    public Guid WorkerId => Data.User(StaffRole.LinkWorker).Id;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Data = await TestData.SeedAsync(App);
        (OtherTeamId, OtherTeamWorker, OtherProviderManager) = await App.WithScopeAsync(async services =>
        {
            var team = await services.GetRequiredService<CreateTeam>().ExecuteAsync(new("South team", Data.ProviderId, []));
            var provider = await services.GetRequiredService<CreateOrganisation>()
                .ExecuteAsync(new("Eastfield Community Links", OrganisationKind.Provider, null));
            var users = services.GetRequiredService<AddUser>();
            var worker = await users.ExecuteAsync(new UserInput(
                "south.worker@test.waymark.example", "South Worker", Data.ProviderId, team.Id, [StaffRole.LinkWorker], Password: TestData.Password));
            var manager = await users.ExecuteAsync(new UserInput(
                "east.manager@test.waymark.example", "East Manager", provider.Id, null, [StaffRole.ServiceManager], Password: TestData.Password));
            return (team.Id,
                new TestUser(worker.Id, worker.Email, TestData.Password, StaffRole.LinkWorker),
                new TestUser(manager.Id, manager.Email, TestData.Password, StaffRole.ServiceManager));
        });
    }

    public Task<HttpClient> SignedInAsync(StaffRole role) => SignedInAsync(Data.User(role));

    /// <summary>
    /// A client signed in as this user. Sign-ins expire as the fake clock moves on, so a client signed in at another
    /// time is replaced by a fresh one.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(TestUser user)
    {
        var now = App.Clock.GetUtcNow();
        if (_signedIn.TryGetValue(user.Email, out var signedIn) && signedIn.At == now)
        {
            return signedIn.Client;
        }

        if (signedIn.Client is not null)
        {
            _retired.Add(signedIn.Client);
        }

        var client = await App.SignedInClientAsync(user);
        _signedIn[user.Email] = (client, now);
        return client;
    }

    /// <summary>A person in the North team at this stage, held by the seeded link worker.</summary>
    public Task<TestCase> CaseAsync(EpisodeStatus stage, Guid? programmeId = null, Guid? teamId = null) =>
        App.CaseAtAsync(teamId ?? Data.TeamId, stage, stage >= EpisodeStatus.Allocated ? WorkerId : null, programmeId: programmeId);

    /// <summary>A programme of the North team with its own settings.</summary>
    public Task<Guid> ProgrammeAsync(int frequencyDays = 14, int noContactDays = 28, LostContactRule? rule = null) =>
        App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var programme = Programme.Create(Data.TeamId, $"Programme {Guid.NewGuid():N}"[..20], App.Clock.GetUtcNow());
            programme.SetContactDefaults(frequencyDays, noContactDays);
            if (rule is not null)
            {
                programme.SetLostContactRule(rule);
            }

            db.Programmes.Add(programme);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return programme.Id;
        });

    public Task<Episode> EpisodeAsync(Guid episodeId) => App.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().Episodes.AsNoTracking().SingleAsync(e => e.Id == episodeId, TestContext.Current.CancellationToken));

    public Task<int> ContactCountAsync(Guid episodeId) => App.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().Contacts.CountAsync(c => c.EpisodeId == episodeId, TestContext.Current.CancellationToken));

    public Task<List<DateTimeOffset>> ContactTimesAsync(Guid episodeId) => App.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().Contacts.Where(c => c.EpisodeId == episodeId).Select(c => c.At)
            .ToListAsync(TestContext.Current.CancellationToken));

    public Task<int> ReadsOfAsync(Guid personId) => App.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().AuditEvents
            .CountAsync(e => e.Action == AuditAction.Read && e.RecordType == "Person" && e.RecordId == personId.ToString(),
                TestContext.Current.CancellationToken));

    /// <summary>Records a contact through the API as the given client.</summary>
    public static Task<HttpResponseMessage> PostContactAsync(
        HttpClient client, Guid episodeId, DateTimeOffset at, string mode = "Phone", string outcome = "Attempted", int? minutes = 5, string? notes = null) =>
        client.PostAsJsonAsync($"/api/episodes/{episodeId}/contacts",
            new { at = at.ToString("O", CultureInfo.InvariantCulture), mode, outcome, durationMinutes = minutes, notes },
            TestContext.Current.CancellationToken);

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _signedIn.Values.Select(s => s.Client).Concat(_retired))
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }
}
