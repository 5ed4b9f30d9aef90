using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Plans;
using Waymark.Domain.Programmes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Caseload;

/// <summary>
/// The seeded app plus a second link worker in the North team, and a South team (same provider) with its own senior
/// and link worker, so every caseload has someone inside and someone outside it. The clock starts on a fixed
/// Monday morning; tests set it again before they rely on it, and make their own people.
/// </summary>
public sealed class CaseloadApp : AppFixture
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly List<HttpClient> _clients = [];

    public TestData Data { get; private set; } = null!;

    public TestUser Worker => Data.User(StaffRole.LinkWorker);

    public TestUser Senior => Data.User(StaffRole.SeniorLinkWorker);

    /// <summary>Another link worker in the North team.</summary>
    public TestUser Colleague { get; private set; } = null!;

    public Guid SouthTeamId { get; private set; }

    public TestUser SouthSenior { get; private set; } = null!;

    public TestUser SouthWorker { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.Clock.Set(Start);
        Data = await TestData.SeedAsync(App);
        (Colleague, SouthTeamId, SouthSenior, SouthWorker) = await App.WithScopeAsync(async services =>
        {
            var south = await services.GetRequiredService<CreateTeam>().ExecuteAsync(new("South team", Data.ProviderId, []));
            var add = services.GetRequiredService<AddUser>();
            async Task<TestUser> AddAsync(string email, string name, Guid teamId, StaffRole role)
            {
                var user = await add.ExecuteAsync(new UserInput(email, name, Data.ProviderId, teamId, [role], Password: TestData.Password));
                return new TestUser(user.Id, email, TestData.Password, role);
            }

            return (
                await AddAsync("colleague@test.waymark.example", "Casey Colleague", Data.TeamId, StaffRole.LinkWorker),
                south.Id,
                await AddAsync("south.senior@test.waymark.example", "Sol South Senior", south.Id, StaffRole.SeniorLinkWorker),
                await AddAsync("south.worker@test.waymark.example", "Sky South Worker", south.Id, StaffRole.LinkWorker));
        });
    }

    /// <summary>
    /// A client signed in now. Sign-in cookies last an hour by the app's clock, so a test that moves the clock by
    /// days signs in again after moving it.
    /// </summary>
    public async Task<HttpClient> ClientAsync(TestUser user)
    {
        var client = await App.SignedInClientAsync(user);
        _clients.Add(client);
        return client;
    }

    public Task<HttpClient> ClientAsync(StaffRole role) => ClientAsync(Data.User(role));

    /// <summary>Records a contact at <paramref name="at"/> (the clock must be at or after it).</summary>
    public Task AddContactAsync(Guid episodeId, DateTimeOffset at, ContactOutcome outcome, Guid by) => App.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        db.Contacts.Add(Contact.Record(episodeId, at, ContactMode.Phone, outcome == ContactOutcome.Reached ? 20 : 0, outcome, null, by, App.Clock.GetUtcNow()));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });

    /// <summary>A plan with one goal of each status but Changed: two are open (not started, in progress).</summary>
    public Task AddPlanWithTwoOpenGoalsAsync(Guid episodeId) => App.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = App.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var plan = Plan.Create(episodeId, now);
        plan.AddGoal("Join the walking group", GoalDetails.None, today, now);
        plan.AddGoal("Sort out the heating bill", GoalDetails.None, today, now).Start(now);
        plan.AddGoal("See my sister again", GoalDetails.None, today, now).Achieve(now);
        plan.AddGoal("Learn to use video calls", GoalDetails.None, today, now).Stop("Not a priority now", now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });

    /// <summary>A programme of the North team with its own contact frequency and no-contact threshold.</summary>
    public Task<Guid> AddProgrammeAsync(int frequencyDays, int noContactDays) => App.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        var programme = Programme.Create(Data.TeamId, $"Programme {Guid.NewGuid():N}", App.Clock.GetUtcNow());
        programme.SetContactDefaults(frequencyDays, noContactDays);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return programme.Id;
    });

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }
}
