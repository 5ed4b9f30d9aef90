using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Plans;
using Waymark.Domain.Programmes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Caseload;

/// <summary>
/// The seeded app plus a second link worker in the North team, and a South team (same provider) with its own senior
/// and link worker, so every caseload has someone inside and someone outside it. The clock starts on a fixed
/// Monday morning; tests set it again before they rely on it, and make their own people.
/// </summary>
public sealed class CaseloadApp : SeededAppFixture
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

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
        Colleague = await App.AddUserAsync("colleague@test.waymark.example", Data.ProviderId, Data.TeamId, StaffRole.LinkWorker, "Casey Colleague");
        SouthTeamId = await App.AddTeamAsync("South team", Data.ProviderId);
        SouthSenior = await App.AddUserAsync("south.senior@test.waymark.example", Data.ProviderId, SouthTeamId, StaffRole.SeniorLinkWorker, "Sol South Senior");
        SouthWorker = await App.AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, SouthTeamId, StaffRole.LinkWorker, "Sky South Worker");
    }

    protected override void BeforeSeeding() => App.Clock.Set(Start);

    /// <summary>
    /// A client signed in now. Sign-in cookies last an hour by the app's clock, so a test that moves the clock by
    /// days signs in again after moving it.
    /// </summary>
    public async Task<HttpClient> ClientAsync(TestUser user) => Track(await App.SignedInClientAsync(user));

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
}
