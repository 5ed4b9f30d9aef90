using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.Programmes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Programmes;
using Waymark.Web.Features.Users;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>
/// The seeded app plus what the team pages need: a second team of the provider with its own senior link worker, a
/// team of another provider, and more link workers in the North team (one speaks Polish and has a capacity of 1,
/// one is disabled). Tests make their own people with <c>CaseAtAsync</c>.
/// </summary>
public sealed class TeamApp : SeededAppFixture
{
    public Guid TeamId => Data.TeamId;

    public Guid OtherTeamId { get; private set; }

    public Guid OtherProviderTeamId { get; private set; }

    /// <summary>The senior link worker of the South team (same provider, other team).</summary>
    public TestUser OtherSenior { get; private set; } = null!;

    /// <summary>A North team link worker who speaks Polish, with a capacity of 1.</summary>
    public TestUser PolishWorker { get; private set; } = null!;

    /// <summary>A disabled North team link worker: never offered.</summary>
    public TestUser DisabledWorker { get; private set; } = null!;

    public TestUser Senior => Data.User(StaffRole.SeniorLinkWorker);

    public TestUser LinkWorker => Data.User(StaffRole.LinkWorker);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        OtherTeamId = await App.AddTeamAsync("South team", Data.ProviderId, [Data.OtherPracticeId]);
        var provider = await App.AddOrganisationAsync("Eastfield Community Links", OrganisationKind.Provider);
        OtherProviderTeamId = await App.AddTeamAsync("East team", provider);
        OtherSenior = await App.AddUserAsync("south.senior@test.waymark.example", Data.ProviderId, OtherTeamId, StaffRole.SeniorLinkWorker, "Sol South");
        PolishWorker = await App.AddUserAsync("polish@test.waymark.example", Data.ProviderId, Data.TeamId, StaffRole.LinkWorker, "Paulina Nowak", 1, [" polish "]);
        DisabledWorker = await App.AddUserAsync("disabled@test.waymark.example", Data.ProviderId, Data.TeamId, StaffRole.LinkWorker, "Dana Gone");
        await App.WithScopeAsync(services =>
            services.GetRequiredService<DisableUser>().ExecuteAsync(DisabledWorker.Id, Data.User(StaffRole.Administrator).Id));
    }

    /// <summary>A person referred from the team's practice, at a stage.</summary>
    public Task<TestCase> CaseAsync(EpisodeStatus stage, Guid? teamId = null, Guid? workerId = null, Guid? programmeId = null) =>
        App.CaseAtAsync(teamId ?? TeamId, stage, workerId, Data.PracticeId, Data.User(StaffRole.Referrer).Id, programmeId: programmeId);

    /// <summary>A referred person accepted onto the waiting list at a priority (triage through the domain).</summary>
    public async Task<TestCase> WaitingAsync(Priority priority, Guid? teamId = null)
    {
        var person = await CaseAsync(EpisodeStatus.Referred, teamId);
        await App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var episode = await db.Episodes.SingleAsync(e => e.Id == person.EpisodeId, TestContext.Current.CancellationToken);
            Triage.Accept(episode, priority, null, true, null, Senior.Id, App.Clock.GetUtcNow());
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return person;
    }

    /// <summary>
    /// Makes something as if it happened <paramref name="ago"/> before now, then puts the clock back. The clock never
    /// moves forward, so the signed-in clients' cookies stay valid.
    /// </summary>
    public async Task<T> AgoAsync<T>(TimeSpan ago, Func<Task<T>> make)
    {
        var now = App.Clock.GetUtcNow();
        App.Clock.Set(now - ago);
        try
        {
            return await make();
        }
        finally
        {
            App.Clock.Set(now);
        }
    }

    public Task<Programme> ProgrammeAsync(string name, int? minAge, int? maxAge) => App.WithScopeAsync(services =>
        services.GetRequiredService<SaveProgramme>().AddAsync(TeamId, new ProgrammeInput(
            name, minAge, maxAge, [], [], [], 14, 28, 3, 2, 14, 12), TestContext.Current.CancellationToken));

    public Task<Episode> EpisodeAsync(Guid episodeId) => App.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().Episodes.AsNoTracking().SingleAsync(e => e.Id == episodeId, TestContext.Current.CancellationToken));
}
