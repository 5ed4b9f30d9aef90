using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.People;

/// <summary>
/// The seeded app plus a second team of the same provider (with its own link worker) and a second provider with its
/// own team and service manager, so every access rule has someone inside and someone outside it. Shared by the
/// People and Record tests. Tests make their own people (unique names and NHS numbers).
/// </summary>
public sealed class PeopleApp : SeededAppFixture
{
    private int _counter;

    /// <summary>Another team of the seeded provider.</summary>
    public Guid OtherTeamId { get; private set; }

    /// <summary>A team of a different provider.</summary>
    public Guid OtherProviderTeamId { get; private set; }

    /// <summary>A link worker in <see cref="OtherTeamId"/>: same provider, different team.</summary>
    public TestUser OtherTeamWorker { get; private set; } = null!;

    /// <summary>A service manager of the other provider.</summary>
    public TestUser OtherProviderManager { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        OtherTeamId = await App.AddTeamAsync("South team", Data.ProviderId);
        var otherProviderId = await App.AddOrganisationAsync("Eastfield Community Links", OrganisationKind.Provider);
        OtherProviderTeamId = await App.AddTeamAsync("East team", otherProviderId);
        OtherTeamWorker = await App.AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, OtherTeamId, StaffRole.LinkWorker);
        OtherProviderManager = await App.AddUserAsync("east.manager@test.waymark.example", otherProviderId, null, StaffRole.ServiceManager);
    }

    /// <summary>A link worker of the seeded team, for allocations.</summary>
    public Guid WorkerId => Data.User(StaffRole.LinkWorker).Id;

    /// <summary>A person referred to <paramref name="teamId"/> and moved to <paramref name="stage"/> (see TestCases).</summary>
    public Task<TestCase> CaseAsync(Guid teamId, EpisodeStatus stage, string? familyName = null, string? nhsNumber = null) =>
        App.CaseAtAsync(teamId, stage, stage is EpisodeStatus.Allocated or EpisodeStatus.Active or EpisodeStatus.Discharged ? WorkerId : null,
            teamId == Data.TeamId ? Data.PracticeId : null, Data.User(StaffRole.Referrer).Id, familyName, nhsNumber);

    /// <summary>A number unique within this app, for names.</summary>
    public int Next() => Interlocked.Increment(ref _counter);

    /// <summary>Registers a person and opens an episode for them with a team, as a referral would.</summary>
    public Task<Guid> PersonInTeamAsync(Guid teamId, string familyName, string givenName = "Sam", string? nhsNumber = null) =>
        App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var now = App.Clock.GetUtcNow();
            var person = Person.Register(nhsNumber, givenName, familyName, null, new DateOnly(1960, 5, 17), DateOnly.FromDateTime(now.UtcDateTime), now);
            var referral = Referral.SelfReferral(person.Id, [ReferralNeed.Of(NeedCategory.LonelinessAndIsolation)], Urgency.Routine, now);
            db.People.Add(person);
            db.Referrals.Add(referral);
            db.Episodes.Add(Episode.Open(person.Id, referral.Id, null, teamId, now));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return person.Id;
        });
}
