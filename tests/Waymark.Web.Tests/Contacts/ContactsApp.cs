using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.Programmes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Contacts;

/// <summary>
/// The seeded app plus, for access rules, a link worker in another team of the same provider and a service manager
/// of another provider. Tests make their own people with <see cref="TestCases.CaseAtAsync"/>.
/// </summary>
public sealed class ContactsApp : SeededAppFixture
{
    public Guid OtherTeamId { get; private set; }

    public TestUser OtherTeamWorker { get; private set; } = null!;

    public TestUser OtherProviderManager { get; private set; } = null!;

    public Guid WorkerId => Data.User(StaffRole.LinkWorker).Id;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        OtherTeamId = await App.AddTeamAsync("South team", Data.ProviderId);
        OtherTeamWorker = await App.AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, OtherTeamId, StaffRole.LinkWorker, "South Worker");
        var provider = await App.AddOrganisationAsync("Eastfield Community Links", OrganisationKind.Provider);
        OtherProviderManager = await App.AddUserAsync("east.manager@test.waymark.example", provider, null, StaffRole.ServiceManager, "East Manager");
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

    /// <summary>Records a contact through the API as the given client.</summary>
    public static Task<HttpResponseMessage> PostContactAsync(
        HttpClient client, Guid episodeId, DateTimeOffset at, string mode = "Phone", string outcome = "Attempted", int? minutes = 5, string? notes = null) =>
        client.PostAsJsonAsync($"/api/episodes/{episodeId}/contacts",
            new { at = at.ToString("O", CultureInfo.InvariantCulture), mode, outcome, durationMinutes = minutes, notes },
            TestContext.Current.CancellationToken);
}
