using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Teams;
using Waymark.Testing;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.Programmes;

/// <summary>A programme's eligibility, contact defaults and lost-contact rule come back exactly as set, on both databases.</summary>
public sealed class ProgrammePersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_fully_set_programme_reads_back_with_every_rule(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (team, practices) = await SeedAsync(database);
        var programme = Programme.Create(team.Id, "Long-term conditions", Now);
        programme.SetAgeRange(18, 90);
        programme.SetQualifyingConditions([LongTermCondition.Copd, LongTermCondition.Type2Diabetes]);
        programme.CoverPractices(practices.Select(p => p.Id));
        programme.SetAreas(["ls6", "LS7 "]);
        programme.SetContactDefaults(7, 21);
        programme.SetLostContactRule(new LostContactRule(4, 3, 21));
        programme.SetReviewWeeks(8);
        await using (var db = database.CreateContext())
        {
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Programmes.SingleAsync(p => p.Id == programme.Id, ct);
        Assert.Equal((team.Id, "Long-term conditions", 18, 90, Now), (loaded.TeamId, loaded.Name, loaded.MinAge, loaded.MaxAge, loaded.CreatedAt));
        Assert.Equal([LongTermCondition.Copd, LongTermCondition.Type2Diabetes], loaded.QualifyingConditions);
        Assert.Equal(practices.Select(p => p.Id), loaded.PracticeIds);
        Assert.Equal(["LS6", "LS7"], loaded.Areas);
        Assert.Equal((7, 21, 8), (loaded.DefaultContactFrequencyDays, loaded.NoContactThresholdDays, loaded.ReviewWeeks));
        Assert.Equal(new LostContactRule(4, 3, 21), loaded.LostContact);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_new_programme_reads_back_with_the_defaults_and_changes_to_its_lists_are_saved(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (team, practices) = await SeedAsync(database);
        var programme = Programme.Create(team.Id, "Everyone", Now);
        await using (var db = database.CreateContext())
        {
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.Programmes.SingleAsync(p => p.Id == programme.Id, ct);
            Assert.Empty(loaded.QualifyingConditions);
            Assert.Empty(loaded.PracticeIds);
            Assert.Empty(loaded.Areas);
            Assert.Equal(LostContactRule.Default, loaded.LostContact);
            loaded.SetQualifyingConditions([LongTermCondition.Depression]);
            loaded.CoverPractices([practices[1].Id]);
            loaded.SetAreas(["LS2"]);
            loaded.SetLostContactRule(new LostContactRule(2, 1, 0));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var reloaded = await read.Programmes.SingleAsync(p => p.Id == programme.Id, ct);
        Assert.Equal([LongTermCondition.Depression], reloaded.QualifyingConditions);
        Assert.Equal([practices[1].Id], reloaded.PracticeIds);
        Assert.Equal(["LS2"], reloaded.Areas);
        Assert.Equal(new LostContactRule(2, 1, 0), reloaded.LostContact);
    }

    private static async Task<(Team Team, Organisation[] Practices)> SeedAsync(TestDatabase database)
    {
        var provider = Organisation.Create("Northfield SP", OrganisationKind.Provider, null, Now);
        var team = Team.Create("North", provider, Now);
        Organisation[] practices =
        [
            Organisation.Create("Hilltop Surgery", OrganisationKind.GpPractice, "Y10002", Now),
            Organisation.Create("Canal Side Practice", OrganisationKind.GpPractice, "Y10003", Now),
        ];
        await using var db = database.CreateContext();
        db.AddRange(provider, team);
        db.AddRange(practices);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (team, practices);
    }
}
