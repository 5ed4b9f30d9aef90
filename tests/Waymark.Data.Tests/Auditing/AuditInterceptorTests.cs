using Microsoft.EntityFrameworkCore;
using Waymark.Data.Interceptors;
using Waymark.Domain.Audit;
using Waymark.Domain.Organisations;
using Waymark.Domain.Teams;
using Waymark.Testing;

namespace Waymark.Data.Tests.Auditing;

/// <summary>Every write leaves an audit event with ids and field names only, on both databases.</summary>
public sealed class AuditInterceptorTests
{
    private static readonly Guid ActingUser = Guid.Parse("0190d5a4-0000-7000-8000-000000000001");

    private sealed class FixedActor : IAuditActorAccessor
    {
        public AuditActor Current { get; } = AuditActor.User(ActingUser);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Adding_a_record_writes_a_create_event_naming_the_actor(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var clock = new FakeClock();
        var ct = TestContext.Current.CancellationToken;
        Guid id;
        await using (var db = database.CreateContext(new FixedActor(), clock))
        {
            var organisation = Organisation.Create("Age Well Northfield", OrganisationKind.Partner, null, clock.GetUtcNow());
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            id = organisation.Id;
        }

        await using var read = database.CreateContext();
        var audit = await read.AuditEvents.SingleAsync(e => e.RecordType == nameof(Organisation), ct);
        Assert.Equal((AuditAction.Create, id.ToString(), AuditActorKind.User, ActingUser.ToString()), (audit.Action, audit.RecordId, audit.ActorKind, audit.ActorId));
        Assert.Equal(FakeClock.DefaultStart, audit.OccurredAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_update_records_which_fields_changed_but_never_their_values(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var organisation = Organisation.Create("Riverside Medical Centre", OrganisationKind.GpPractice, "Y12345", DateTimeOffset.UtcNow);
        await using (var db = database.CreateContext())
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext(new FixedActor()))
        {
            var loaded = await db.Organisations.SingleAsync(o => o.Id == organisation.Id, ct);
            loaded.Update("Riverside Health Centre", "Y54321");
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var update = await read.AuditEvents.SingleAsync(e => e.Action == AuditAction.Update, ct);
        Assert.Equal("Name,OdsCode", update.Fields);
        var everything = string.Join('|', await read.AuditEvents.Select(e => e.RecordType + e.RecordId + e.Fields + e.ActorId).ToListAsync(ct));
        Assert.DoesNotContain("Riverside", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Y54321", everything, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Removing_a_covered_practice_writes_a_delete_event_with_the_composite_key(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var provider1 = Organisation.Create("Northfield SP", OrganisationKind.Provider, null, now);
        var practice = Organisation.Create("Hilltop Surgery", OrganisationKind.GpPractice, "Y10002", now);
        var team = Team.Create("North", provider1, now);
        team.CoverPractices([practice]);
        await using (var db = database.CreateContext())
        {
            db.AddRange(provider1, practice, team);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.Teams.Include(t => t.Practices).SingleAsync(t => t.Id == team.Id, ct);
            loaded.CoverPractices([]);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var deleted = await read.AuditEvents.SingleAsync(e => e.Action == AuditAction.Delete, ct);
        Assert.Equal((nameof(TeamPractice), $"{team.Id}/{practice.Id}"), (deleted.RecordType, deleted.RecordId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Reads_are_recorded_through_the_audit_trail(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var recordId = Guid.NewGuid();
        await using (var db = database.CreateContext())
        {
            await new AuditTrail(db, new FixedActor(), new FakeClock()).RecordReadAsync<Organisation>(recordId, ct);
        }

        await using var read = database.CreateContext();
        var audit = await read.AuditEvents.SingleAsync(ct);
        Assert.Equal((AuditAction.Read, nameof(Organisation), recordId.ToString(), ActingUser.ToString()), (audit.Action, audit.RecordType, audit.RecordId, audit.ActorId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ODS_codes_are_unique_in_the_database_too(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        db.Organisations.Add(Organisation.Create("One", OrganisationKind.GpPractice, "Y99999", DateTimeOffset.UtcNow));
        db.Organisations.Add(Organisation.Create("Two", OrganisationKind.GpPractice, "Y99999", DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Times_round_trip_exactly_and_sort_in_the_database(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var early = new DateTimeOffset(2026, 3, 29, 0, 59, 59, 123, TimeSpan.Zero);
        var late = new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.FromHours(1)); // 01:00 UTC, after the clocks change
        await using (var db = database.CreateContext())
        {
            db.Organisations.Add(Organisation.Create("Late", OrganisationKind.Partner, null, late));
            db.Organisations.Add(Organisation.Create("Early", OrganisationKind.Partner, null, early));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var ordered = await read.Organisations.OrderBy(o => o.CreatedAt).Select(o => new { o.Name, o.CreatedAt }).ToListAsync(ct);
        Assert.Equal(["Early", "Late"], ordered.Select(o => o.Name));
        Assert.Equal(early.UtcTicks, ordered[0].CreatedAt.UtcTicks);
        Assert.Equal(late.UtcTicks, ordered[1].CreatedAt.UtcTicks);
    }

    private static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        return database;
    }
}
