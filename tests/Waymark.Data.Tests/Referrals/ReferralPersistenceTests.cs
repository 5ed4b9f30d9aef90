using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Audit;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;
using Waymark.Testing;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.Referrals;

/// <summary>A referral and its needs come back as received, a retried submission is refused, and the audit names no one.</summary>
public sealed class ReferralPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Referrer = Guid.Parse("0190d5a4-0000-7000-8000-0000000000aa");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_practice_referral_reads_back_with_its_needs_in_order(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (practice, person) = await SeedAsync(database);
        var referral = FullReferral(practice.Id, person.Id, "retry-key-1");
        await using (var db = database.CreateContext())
        {
            db.Referrals.Add(referral);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Referrals.SingleAsync(r => r.Id == referral.Id, ct);
        Assert.Equal((ReferralSource.Practice, practice.Id, Referrer, person.Id), (loaded.Source, loaded.ReferringOrganisationId, loaded.ReferrerUserId, loaded.PersonId));
        Assert.Equal((true, Urgency.Urgent, Now), (loaded.PersonAgreed, loaded.Urgency, loaded.ReceivedAt));
        Assert.Equal(("retry-key-1", referral.ReferrerNotes), (loaded.IdempotencyKey, loaded.ReferrerNotes));
        Assert.Equal(referral.Needs, loaded.Needs);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_self_referral_has_no_referrer_or_organisation(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (_, person) = await SeedAsync(database);
        var referral = Referral.SelfReferral(person.Id, [ReferralNeed.Of(NeedCategory.Food)], Urgency.Routine, Now);
        await using (var db = database.CreateContext())
        {
            db.Referrals.Add(referral);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Referrals.SingleAsync(r => r.Id == referral.Id, ct);
        Assert.Equal((ReferralSource.Self, null, null, null, null), (loaded.Source, loaded.ReferringOrganisationId, loaded.ReferrerUserId, loaded.IdempotencyKey, loaded.ReferrerNotes));
        Assert.Equal([ReferralNeed.Of(NeedCategory.Food)], loaded.Needs);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_database_refuses_a_second_referral_with_the_same_idempotency_key(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (practice, person) = await SeedAsync(database);
        await using var db = database.CreateContext();
        db.Referrals.Add(FullReferral(practice.Id, person.Id, null));
        db.Referrals.Add(FullReferral(practice.Id, person.Id, null));
        db.Referrals.Add(FullReferral(practice.Id, person.Id, "retry-key-1"));
        await db.SaveChangesAsync(ct);

        db.Referrals.Add(FullReferral(practice.Id, person.Id, "retry-key-1"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Referral_writes_are_audited_without_the_referrer_s_words(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (practice, person) = await SeedAsync(database);
        var referral = FullReferral(practice.Id, person.Id, "retry-key-1");
        await using (var db = database.CreateContext())
        {
            db.Referrals.Add(referral);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var created = await read.AuditEvents.SingleAsync(e => e.RecordType == nameof(Referral), ct);
        Assert.Equal((AuditAction.Create, referral.Id.ToString()), (created.Action, created.RecordId));
        var everything = string.Join('|', await read.AuditEvents.Select(e => e.RecordType + e.RecordId + e.Fields + e.ActorId).ToListAsync(ct));
        foreach (var secret in new[] { "husband", "widowed", "evenings", "allotment", "retry-key" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static Referral FullReferral(Guid practiceId, Guid personId, string? key) => Referral.FromPractice(
        practiceId, Referrer, personId,
        [
            ReferralNeed.Of(NeedCategory.Bereavement, "Recently widowed; her husband died in the spring"),
            ReferralNeed.Of(NeedCategory.LonelinessAndIsolation),
            ReferralNeed.Of(NeedCategory.Other, "Wants to get back to the allotment"),
        ],
        personAgreed: true, Urgency.Urgent, Now, key, "Prefers calls in the evenings");

    private static async Task<(Organisation Practice, Person Person)> SeedAsync(TestDatabase database)
    {
        var practice = Organisation.Create("Hilltop Surgery", OrganisationKind.GpPractice, "Y10002", Now);
        var person = People.PersonPersistenceTests.FullyRecorded(practice.Id);
        await using var db = database.CreateContext();
        db.AddRange(practice, person);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (practice, person);
    }
}
