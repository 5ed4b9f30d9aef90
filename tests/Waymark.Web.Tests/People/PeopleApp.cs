using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.People;

/// <summary>
/// The seeded app plus a second team of the same provider (with its own link worker) and a second provider with its
/// own team and service manager, so every access rule has someone inside and someone outside it. Shared by the
/// People and Record tests. Tests make their own people (unique names and NHS numbers).
/// </summary>
public sealed class PeopleApp : AppFixture
{
    private readonly Dictionary<StaffRole, HttpClient> _signedIn = [];
    private readonly Dictionary<Guid, HttpClient> _others = [];
    private int _counter;

    public TestData Data { get; private set; } = null!;

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
        Data = await TestData.SeedAsync(App);
        (OtherTeamId, OtherProviderTeamId) = await App.WithScopeAsync(async services =>
        {
            var teams = services.GetRequiredService<CreateTeam>();
            var other = await teams.ExecuteAsync(new("South team", Data.ProviderId, []));
            var provider = await services.GetRequiredService<CreateOrganisation>()
                .ExecuteAsync(new("Eastfield Community Links", OrganisationKind.Provider, null));
            var elsewhere = await teams.ExecuteAsync(new("East team", provider.Id, []));
            return (other.Id, elsewhere.Id);
        });
        OtherTeamWorker = await AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, OtherTeamId, StaffRole.LinkWorker);
        var otherProviderId = await App.WithScopeAsync(services => services.GetRequiredService<AppDbContext>().Teams
            .Where(t => t.Id == OtherProviderTeamId).Select(t => t.ProviderId).SingleAsync(TestContext.Current.CancellationToken));
        OtherProviderManager = await AddUserAsync("east.manager@test.waymark.example", otherProviderId, null, StaffRole.ServiceManager);
    }

    /// <summary>A client signed in as one of this fixture's extra users.</summary>
    public async Task<HttpClient> SignedInAsync(TestUser user)
    {
        if (!_others.TryGetValue(user.Id, out var client))
        {
            client = await App.SignedInClientAsync(user);
            _others[user.Id] = client;
        }

        return client;
    }

    /// <summary>A link worker of the seeded team, for allocations.</summary>
    public Guid WorkerId => Data.User(StaffRole.LinkWorker).Id;

    /// <summary>A person referred to <paramref name="teamId"/> and moved to <paramref name="stage"/> (see TestCases).</summary>
    public Task<TestCase> CaseAsync(Guid teamId, EpisodeStatus stage, string? familyName = null, string? nhsNumber = null) =>
        App.CaseAtAsync(teamId, stage, stage is EpisodeStatus.Allocated or EpisodeStatus.Active or EpisodeStatus.Discharged ? WorkerId : null,
            teamId == Data.TeamId ? Data.PracticeId : null, Data.User(StaffRole.Referrer).Id, familyName, nhsNumber);

    private Task<TestUser> AddUserAsync(string email, Guid organisationId, Guid? teamId, StaffRole role) =>
        App.WithScopeAsync(async services =>
        {
            var added = await services.GetRequiredService<AddUser>().ExecuteAsync(
                new UserInput(email, $"Other {StaffRoles.DisplayName(role)}", organisationId, teamId, [role], Password: TestData.Password));
            return new TestUser(added.Id, email, TestData.Password, role);
        });

    public async Task<HttpClient> SignedInAsync(StaffRole role)
    {
        if (!_signedIn.TryGetValue(role, out var client))
        {
            client = await App.SignedInClientAsync(Data.User(role));
            _signedIn[role] = client;
        }

        return client;
    }

    /// <summary>A number unique within this app, for names.</summary>
    public int Next() => Interlocked.Increment(ref _counter);

    /// <summary>A valid NHS number not used before in this app (9 random digits and their check digit).</summary>
    public static string NewNhsNumber()
    {
        while (true)
        {
            var first = string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + Random.Shared.Next(10))));
            var check = NhsNumber.CheckValue(first);
            if (check < 10)
            {
                return first + (char)('0' + check);
            }
        }
    }

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

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _signedIn.Values.Concat(_others.Values))
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }
}
