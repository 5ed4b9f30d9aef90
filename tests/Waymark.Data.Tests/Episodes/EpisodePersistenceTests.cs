using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Audit;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Teams;
using Waymark.Testing;

namespace Waymark.Data.Tests.Episodes;

/// <summary>An episode saved at every step of its journey reads back exactly as the domain left it, on both databases.</summary>
public sealed class EpisodePersistenceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Senior = Guid.Parse("0190d5a4-0000-7000-8000-00000000000a");
    private static readonly Guid FirstWorker = Guid.Parse("0190d5a4-0000-7000-8000-00000000000b");
    private static readonly Guid SecondWorker = Guid.Parse("0190d5a4-0000-7000-8000-00000000000c");
    private static readonly AllocationCheck Room = new(2m, 10m);

    // Each step runs on the expected episode in memory and on the stored one in a fresh context, then is saved.
    private static readonly Action<Episode>[] Journey =
    [
        e => Triage.Accept(e, Priority.Soon, "Lonely since moving", isEligible: false, "Carer under strain; accepted by the service manager", Senior, Start.AddHours(1)),
        e => e.Allocate(FirstWorker, SupportIntensity.Standard, Room, null, Senior, Start.AddDays(2)),
        e => e.RecordFirstContact(Start.AddDays(3)),
        e => e.Reallocate(SecondWorker, "First link worker on long-term leave", new AllocationCheck(9.5m, 10m), "Continuity with the carer's worker", Senior, Start.AddDays(20)),
        e => e.ChangeIntensity(SupportIntensity.Intensive),
        e => e.Discharge(DischargeReason.ConnectedToCommunitySupport, "Attends the Tuesday walking group and the carers' café", SecondWorker, Start.AddDays(60).AddMilliseconds(250)),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_episode_taken_from_triage_to_discharge_reads_back_with_its_whole_history(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var seeded = await SeedAsync(database);
        var expected = Episode.Open(seeded.Person.Id, seeded.Referral.Id, seeded.Programme.Id, seeded.Team.Id, Start);
        await using (var db = database.CreateContext())
        {
            db.Episodes.Add(expected);
            await db.SaveChangesAsync(ct);
        }

        foreach (var step in Journey)
        {
            step(expected);
            await using var db = database.CreateContext();
            step(await db.Episodes.SingleAsync(e => e.Id == expected.Id, ct));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Episodes.SingleAsync(e => e.Id == expected.Id, ct);
        Assert.Equal((expected.PersonId, expected.ReferralId, expected.ProgrammeId, expected.TeamId, expected.PreviousEpisodeId), (loaded.PersonId, loaded.ReferralId, loaded.ProgrammeId, loaded.TeamId, loaded.PreviousEpisodeId));
        Assert.Equal((EpisodeStatus.Discharged, expected.CreatedAt), (loaded.Status, loaded.CreatedAt));
        Assert.Equal(expected.TriageDecision, loaded.TriageDecision);
        Assert.Equal((true, expected.IneligibleAcceptanceReason, expected.PersonDeclinedReason), (loaded.AcceptedWhileIneligible, loaded.IneligibleAcceptanceReason, loaded.PersonDeclinedReason));
        Assert.Equal((expected.WorkerId, SupportIntensity.Intensive, expected.FirstContactAt), (loaded.WorkerId, loaded.Intensity, loaded.FirstContactAt));
        Assert.Equal(expected.Allocations, loaded.Allocations);
        Assert.Equal(2, loaded.Allocations.Count);
        Assert.Equal(expected.CodedEvents, loaded.CodedEvents);
        Assert.Equal(
            (expected.DischargeReason, expected.DischargeSummary, expected.DischargedBy, expected.DischargedAt),
            (loaded.DischargeReason, loaded.DischargeSummary, loaded.DischargedBy, loaded.DischargedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_declined_referral_keeps_its_triage_decision_and_a_re_referral_links_back(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var seeded = await SeedAsync(database);
        var declined = Episode.Open(seeded.Person.Id, seeded.Referral.Id, null, seeded.Team.Id, Start);
        Triage.Decline(declined, DeclineReason.OutsideArea, "Lives outside the area we cover", Senior, Start.AddHours(2));
        var again = Episode.ReReferral(declined, seeded.ReReferral.Id, null, seeded.Team.Id, Start.AddDays(30));
        await using (var db = database.CreateContext())
        {
            db.Episodes.AddRange(declined, again);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Episodes.OrderBy(e => e.CreatedAt).ToListAsync(ct);
        Assert.Equal(declined.TriageDecision, loaded[0].TriageDecision);
        Assert.Equal(DeclineReason.OutsideArea, loaded[0].TriageDecision?.DeclineReason);
        Assert.Null(loaded[1].TriageDecision);
        Assert.Equal(declined.Id, loaded[1].PreviousEpisodeId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Episode_writes_are_audited_by_id_and_field_names_only(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var seeded = await SeedAsync(database);
        var episode = Episode.Open(seeded.Person.Id, seeded.Referral.Id, null, seeded.Team.Id, Start);
        await using (var db = database.CreateContext())
        {
            db.Episodes.Add(episode);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.Episodes.SingleAsync(e => e.Id == episode.Id, ct);
            Journey[0](loaded);
            Journey[1](loaded);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var events = await read.AuditEvents.Where(e => e.RecordType == nameof(Episode)).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal([AuditAction.Create, AuditAction.Update], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(episode.Id.ToString(), e.RecordId));
        Assert.Contains("Status", events[1].Fields!.Split(','));
        Assert.Contains("TriageDecision", events[1].Fields!.Split(','));
        Assert.Contains(await read.AuditEvents.Select(e => e.RecordType).ToListAsync(ct), type => type == nameof(Allocation));
        var everything = string.Join('|', await read.AuditEvents.Select(e => e.RecordType + e.RecordId + e.Fields + e.ActorId).ToListAsync(ct));
        foreach (var secret in new[] { "Margaret", "Whitfield", "9434765919", "Lonely", "Carer" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>An open episode, on a programme, from a practice referral, with everything it points at saved.</summary>
    internal static async Task<Episode> SeedEpisodeAsync(TestDatabase database)
    {
        var seeded = await SeedAsync(database);
        var episode = Episode.Open(seeded.Person.Id, seeded.Referral.Id, seeded.Programme.Id, seeded.Team.Id, Start);
        await using var db = database.CreateContext();
        db.Episodes.Add(episode);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return episode;
    }

    internal static async Task<Seeded> SeedAsync(TestDatabase database)
    {
        var provider = Organisation.Create("Northfield SP", OrganisationKind.Provider, null, Start);
        var practice = Organisation.Create("Hilltop Surgery", OrganisationKind.GpPractice, "Y10002", Start);
        var team = Team.Create("North", provider, Start);
        var person = People.PersonPersistenceTests.FullyRecorded(practice.Id);
        var programme = Programme.Create(team.Id, "Carers' wellbeing", Start);
        var referral = Referral.FromPractice(
            practice.Id, Senior, person.Id, [ReferralNeed.Of(NeedCategory.Caring)], personAgreed: true, Urgency.Routine, Start);
        var reReferral = Referral.SelfReferral(person.Id, [ReferralNeed.Of(NeedCategory.LonelinessAndIsolation)], Urgency.Soon, Start.AddDays(30));
        await using var db = database.CreateContext();
        db.AddRange(provider, practice, team, person, programme, referral, reReferral);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new Seeded(person, team, programme, referral, reReferral);
    }

    internal static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        return database;
    }
}
