using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Waymark.Domain.Plans;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.Plans;

/// <summary>A goal's status history is stored in order, with who and why, and goals from before it was kept get one.</summary>
public sealed class GoalHistoryPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly Guid Worker = Guid.CreateVersion7();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Each_status_change_reads_back_in_order_with_when_who_and_why(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var plan = Plan.Create(episode.Id, Now);
        var walk = plan.AddGoal("Walk to the shops", GoalDetails.None, Today, Now, Worker);
        await using (var db = database.CreateContext())
        {
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
        }

        // Each change in its own unit of work, as the use cases make them.
        async Task ChangeAsync(Action<Plan> change)
        {
            await using var db = database.CreateContext();
            change(await db.Plans.SingleAsync(p => p.Id == plan.Id, ct));
            await db.SaveChangesAsync(ct);
        }

        await ChangeAsync(p => p.FindGoal(walk.Id).Start(Now.AddDays(1), Worker));
        await ChangeAsync(p => p.FindGoal(walk.Id).Stop("Knee operation", Now.AddDays(2), Worker));
        await ChangeAsync(p => p.FindGoal(walk.Id).Reopen("Knee has healed", Now.AddDays(30)));
        Guid replacementId = Guid.Empty;
        await ChangeAsync(p => replacementId = p.ChangeGoal(walk.Id, "Walk to the park", GoalDetails.None, Today, Now.AddDays(31), Worker).Id);

        await using var read = database.CreateContext();
        var loaded = await read.Plans.AsNoTracking().SingleAsync(p => p.Id == plan.Id, ct);
        Assert.Equal(
            [
                new GoalStatusChange(GoalStatus.NotStarted, Now, Worker, null),
                new GoalStatusChange(GoalStatus.InProgress, Now.AddDays(1), Worker, null),
                new GoalStatusChange(GoalStatus.Stopped, Now.AddDays(2), Worker, "Knee operation"),
                new GoalStatusChange(GoalStatus.InProgress, Now.AddDays(30), null, "Knee has healed"),
                new GoalStatusChange(GoalStatus.Changed, Now.AddDays(31), Worker, null),
            ],
            loaded.FindGoal(walk.Id).History);
        Assert.Equal([new GoalStatusChange(GoalStatus.NotStarted, Now.AddDays(31), Worker, null)], loaded.FindGoal(replacementId).History);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Goals_stored_before_the_history_was_kept_get_their_creation_and_current_status(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var plan = Plan.Create(episode.Id, Now);
        var waiting = plan.AddGoal("Join a choir", GoalDetails.None, Today, Now, Worker);
        var achieved = plan.AddGoal("Cook a hot meal", GoalDetails.None, Today, Now, Worker);
        achieved.Start(Now.AddDays(1), Worker);
        achieved.Achieve(Now.AddDays(5), Worker);
        var stopped = plan.AddGoal("Learn to swim", GoalDetails.None, Today, Now, Worker);
        stopped.Stop("Pool closed", Now.AddDays(3), Worker);
        await using (var db = database.CreateContext())
        {
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);

            // Back to the schema before GoalStatusHistory (which drops the history), then forward again.
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var history = migrations.FindIndex(m => m.EndsWith("_GoalStatusHistory", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[history - 1], ct);
            await migrator.MigrateAsync(null, ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Plans.AsNoTracking().SingleAsync(p => p.Id == plan.Id, ct);
        Assert.Equal([new GoalStatusChange(GoalStatus.NotStarted, Now, null, null)], loaded.FindGoal(waiting.Id).History);
        Assert.Equal(
            [new GoalStatusChange(GoalStatus.NotStarted, Now, null, null), new GoalStatusChange(GoalStatus.Achieved, Now.AddDays(5), null, null)],
            loaded.FindGoal(achieved.Id).History);
        Assert.Equal(
            [new GoalStatusChange(GoalStatus.NotStarted, Now, null, null), new GoalStatusChange(GoalStatus.Stopped, Now.AddDays(3), null, "Pool closed")],
            loaded.FindGoal(stopped.Id).History);
    }
}
