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
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.People;

/// <summary>
/// The seeded app plus a second team of the same provider and a second provider with its own team, so every access
/// rule has someone inside and someone outside it. Tests make their own people (unique names and NHS numbers).
/// </summary>
public sealed class PeopleApp : AppFixture
{
    private readonly Dictionary<StaffRole, HttpClient> _signedIn = [];
    private int _counter;

    public TestData Data { get; private set; } = null!;

    /// <summary>Another team of the seeded provider.</summary>
    public Guid OtherTeamId { get; private set; }

    /// <summary>A team of a different provider.</summary>
    public Guid OtherProviderTeamId { get; private set; }

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
    }

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
        foreach (var client in _signedIn.Values)
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }
}
