using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Contacts;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.Contacts;

/// <summary>Contacts and the contact plan come back as recorded, in time order, and the audit holds none of the notes.</summary>
public sealed class ContactPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.Parse("0190d5a4-0000-7000-8000-0000000000bb");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Contacts_read_back_with_every_detail_in_time_order(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var reached = Contact.Record(episode.Id, Now.AddDays(-1).AddMilliseconds(500), ContactMode.HomeVisit, 45, ContactOutcome.Reached, "Talked about the allotment", Worker, Now);
        var attempt = Contact.Record(episode.Id, Now.AddDays(-3), ContactMode.Phone, 0, ContactOutcome.Attempted, null, Worker, Now.AddDays(-3));
        await using (var db = database.CreateContext())
        {
            db.Contacts.AddRange(reached, attempt);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Contacts.Where(c => c.EpisodeId == episode.Id).OrderBy(c => c.At).ToListAsync(ct);
        Assert.Equal([attempt.Id, reached.Id], loaded.Select(c => c.Id));
        var back = loaded[1];
        Assert.Equal((reached.EpisodeId, reached.At, ContactMode.HomeVisit, 45), (back.EpisodeId, back.At, back.Mode, back.DurationMinutes));
        Assert.Equal((ContactOutcome.Reached, reached.Notes, Worker, Now), (back.Outcome, back.Notes, back.RecordedBy, back.RecordedAt));
        Assert.Equal((ContactOutcome.Attempted, null), (loaded[0].Outcome, loaded[0].Notes));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_contact_plan_reads_back_and_its_changes_are_saved(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var plan = ContactPlan.Create(episode.Id, 14, ContactMode.Text, "Weekday mornings, not Tuesdays");
        await using (var db = database.CreateContext())
        {
            db.ContactPlans.Add(plan);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.ContactPlans.SingleAsync(p => p.EpisodeId == episode.Id, ct);
            Assert.Equal((14, ContactMode.Text, "Weekday mornings, not Tuesdays"), (loaded.FrequencyDays, loaded.PreferredMode, loaded.PreferredTimes));
            loaded.Change(7, null, null);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var changed = await read.ContactPlans.SingleAsync(p => p.Id == plan.Id, ct);
        Assert.Equal((7, null, null), (changed.FrequencyDays, changed.PreferredMode, changed.PreferredTimes));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Contact_writes_are_audited_without_the_notes(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        await using (var db = database.CreateContext())
        {
            db.Contacts.Add(Contact.Record(episode.Id, Now, ContactMode.Phone, 20, ContactOutcome.Reached, "Worried about the gas bill", Worker, Now));
            db.ContactPlans.Add(ContactPlan.Create(episode.Id, 14, null, "Evenings after six"));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var types = await read.AuditEvents.Select(e => e.RecordType).ToListAsync(ct);
        Assert.Contains(nameof(Contact), types);
        Assert.Contains(nameof(ContactPlan), types);
        var everything = string.Join('|', await read.AuditEvents.Select(e => e.RecordType + e.RecordId + e.Fields + e.ActorId).ToListAsync(ct));
        foreach (var secret in new[] { "gas bill", "Worried", "Evenings" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }
}
