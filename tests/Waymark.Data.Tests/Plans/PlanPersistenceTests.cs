using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Plans;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.Plans;

/// <summary>A plan comes back with all its goals as the person set them, changes to goals are saved, and the audit holds none of their words.</summary>
public sealed class PlanPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_plan_reads_back_with_every_goal_and_step(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var plan = Plan.Create(episode.Id, Now);
        var walk = plan.AddGoal("Walk to the shops again", new GoalDetails(["Walk to the corner, with a stick", "Then to the post office"], "Daughter, on Sundays", Today.AddDays(60), Today.AddDays(28)), Today, Now);
        walk.Start(Now.AddMinutes(5));
        plan.AddGoal("Sort out the gas bill", GoalDetails.None, Today, Now);
        await using (var db = database.CreateContext())
        {
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Plans.SingleAsync(p => p.Id == plan.Id, ct);
        Assert.Equal((episode.Id, Now), (loaded.EpisodeId, loaded.CreatedAt));
        Assert.Equal(2, loaded.Goals.Count);
        var back = loaded.FindGoal(walk.Id);
        Assert.Equal((plan.Id, walk.InTheirWords, walk.WhoHelps), (back.PlanId, back.InTheirWords, back.WhoHelps));
        Assert.Equal(["Walk to the corner, with a stick", "Then to the post office"], back.Steps);
        Assert.Equal((walk.TargetDate, walk.ReviewDate, GoalStatus.InProgress), (back.TargetDate, back.ReviewDate, back.Status));
        Assert.Equal((walk.CreatedAt, walk.UpdatedAt, null, null), (back.CreatedAt, back.UpdatedAt, back.StatusReason, back.ReplacedById));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Goals_added_changed_and_stopped_on_a_stored_plan_are_saved(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var plan = Plan.Create(episode.Id, Now);
        var first = plan.AddGoal("Join a choir", GoalDetails.None, Today, Now);
        await using (var db = database.CreateContext())
        {
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
        }

        Guid replacementId, addedId;
        await using (var db = database.CreateContext())
        {
            var loaded = await db.Plans.SingleAsync(p => p.Id == plan.Id, ct);
            replacementId = loaded.ChangeGoal(first.Id, "Join the walking group", new GoalDetails(["Ask at the library"]), Today, Now.AddDays(1)).Id;
            var added = loaded.AddGoal("Cook a hot meal twice a week", GoalDetails.None, Today, Now.AddDays(1));
            added.Stop("Moved in with her sister, who cooks", Now.AddDays(2));
            addedId = added.Id;
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var reloaded = await read.Plans.SingleAsync(p => p.Id == plan.Id, ct);
        Assert.Equal(3, reloaded.Goals.Count);
        Assert.Equal((GoalStatus.Changed, replacementId), (reloaded.FindGoal(first.Id).Status, reloaded.FindGoal(first.Id).ReplacedById));
        Assert.Equal(["Ask at the library"], reloaded.FindGoal(replacementId).Steps);
        Assert.Equal((GoalStatus.Stopped, "Moved in with her sister, who cooks"), (reloaded.FindGoal(addedId).Status, reloaded.FindGoal(addedId).StatusReason));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Plan_writes_are_audited_without_the_person_s_words(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var plan = Plan.Create(episode.Id, Now);
        var goal = plan.AddGoal("Walk to the shops again", new GoalDetails(["Walk to the corner"], "Daughter"), Today, Now);
        await using (var db = database.CreateContext())
        {
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            (await db.Plans.SingleAsync(p => p.Id == plan.Id, ct)).FindGoal(goal.Id).Stop("Knee operation", Now.AddDays(1));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var goalEvents = await read.AuditEvents.Where(e => e.RecordType == nameof(Goal)).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal(2, goalEvents.Count);
        Assert.All(goalEvents, e => Assert.Equal(goal.Id.ToString(), e.RecordId));
        Assert.Contains("StatusReason", goalEvents[1].Fields!.Split(','));
        var everything = string.Join('|', await read.AuditEvents.Select(e => e.RecordType + e.RecordId + e.Fields + e.ActorId).ToListAsync(ct));
        foreach (var secret in new[] { "shops", "corner", "Daughter", "Knee" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }
}
