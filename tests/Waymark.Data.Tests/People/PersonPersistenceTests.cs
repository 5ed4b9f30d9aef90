using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Audit;
using Waymark.Domain.Contacts;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Testing;

namespace Waymark.Data.Tests.People;

/// <summary>A person's record comes back exactly as saved, on both databases, and the audit trail names no one.</summary>
public sealed class PersonPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_fully_recorded_person_reads_back_with_every_detail(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var practice = Organisation.Create("Hilltop Surgery", OrganisationKind.GpPractice, "Y10002", Now);
        var person = FullyRecorded(practice.Id);
        await using (var db = database.CreateContext())
        {
            db.AddRange(practice, person);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.People.SingleAsync(p => p.Id == person.Id, ct);
        Assert.Equal(person.NhsNumber, loaded.NhsNumber);
        Assert.Equal((person.GivenName, person.FamilyName, person.PreferredName, person.DateOfBirth), (loaded.GivenName, loaded.FamilyName, loaded.PreferredName, loaded.DateOfBirth));
        Assert.Equal(person.CreatedAt, loaded.CreatedAt);
        Assert.Equal((person.Sex, person.GenderIdentity, person.EthnicCategory), (loaded.Sex, loaded.GenderIdentity, loaded.EthnicCategory));
        Assert.Equal(person.Address, loaded.Address);
        Assert.Equal((person.LsoaCode, person.ImdDecile, person.RegisteredPracticeId), (loaded.LsoaCode, loaded.ImdDecile, loaded.RegisteredPracticeId));
        Assert.Equal((person.Phone, person.Email), (loaded.Phone, loaded.Email));
        Assert.Equal(person.LongTermConditions, loaded.LongTermConditions);
        Assert.Equal((person.IsCarer, person.CaringNote), (loaded.IsCarer, loaded.CaringNote));
        Assert.Equal(person.RiskFlags, loaded.RiskFlags);
        Assert.Equal(person.RiskNote, loaded.RiskNote);
        Assert.Equal(person.CommunicationNeeds, loaded.CommunicationNeeds);
        Assert.Equal([ContactMode.Text, ContactMode.Phone, ContactMode.HomeVisit], loaded.CommunicationNeeds.PreferredContactModes);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_person_with_nothing_but_the_essentials_reads_back_with_the_defaults(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var person = Person.Register(null, "Sam", "Okafor", null, new DateOnly(1990, 1, 31), Today, Now);
        await using (var db = database.CreateContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.People.SingleAsync(p => p.Id == person.Id, ct);
        Assert.Null(loaded.NhsNumber);
        Assert.Equal(PostalAddress.None, loaded.Address);
        Assert.Equal(CommunicationNeeds.Default, loaded.CommunicationNeeds);
        Assert.Empty(loaded.LongTermConditions);
        Assert.Empty(loaded.RiskFlags);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Changes_to_lists_and_needs_are_saved(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var person = Person.Register(null, "Sam", "Okafor", null, new DateOnly(1990, 1, 31), Today, Now);
        await using (var db = database.CreateContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.People.SingleAsync(p => p.Id == person.Id, ct);
            loaded.ChangeLongTermConditions([LongTermCondition.Copd]);
            loaded.ChangeRisks([RiskFlag.SelfNeglect], null);
            loaded.ChangeAddress(null, null, null, "ls1 1ur");
            loaded.ChangeCommunicationNeeds(CommunicationNeeds.Create(null, false, [ContactMode.Letter], null, true, false, true, HearingNeeds.None, SightNeeds.None, DigitalAccess.None));
            loaded.AddNhsNumber("943 476 5919");
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var reloaded = await read.People.SingleAsync(p => p.Id == person.Id, ct);
        Assert.Equal([LongTermCondition.Copd], reloaded.LongTermConditions);
        Assert.Equal([RiskFlag.SelfNeglect], reloaded.RiskFlags);
        Assert.Equal("LS1 1UR", reloaded.Address.Postcode);
        Assert.Equal([ContactMode.Letter], reloaded.CommunicationNeeds.PreferredContactModes);
        Assert.Equal(DigitalAccess.None, reloaded.CommunicationNeeds.DigitalAccess);
        Assert.Equal("9434765919", reloaded.NhsNumber?.Value);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_database_refuses_a_second_person_with_the_same_NHS_number(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        db.People.Add(Person.Register(null, "No", "Number", null, new DateOnly(1980, 5, 1), Today, Now));
        db.People.Add(Person.Register(null, "Also", "Unnumbered", null, new DateOnly(1981, 5, 1), Today, Now));
        await db.SaveChangesAsync(ct);

        db.People.Add(Person.Register("9434765919", "Ann", "Smith", null, new DateOnly(1950, 5, 1), Today, Now));
        db.People.Add(Person.Register("943-476-5919", "Anne", "Smyth", null, new DateOnly(1950, 5, 1), Today, Now));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Writes_are_audited_by_id_and_field_names_without_names_or_NHS_numbers(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var person = FullyRecorded(null);
        await using (var db = database.CreateContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.People.SingleAsync(p => p.Id == person.Id, ct);
            loaded.Rename("Margaret", "Whitfield-Jones", "Peggy");
            loaded.ChangeAddress("2 Mill Lane", null, "Leeds", "LS2 7EW");
            loaded.CorrectNhsNumber("401 023 2137");
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var events = await read.AuditEvents.Where(e => e.RecordType == nameof(Person)).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal([AuditAction.Create, AuditAction.Update], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(person.Id.ToString(), e.RecordId));
        Assert.Equal(["Address", "FamilyName", "NhsNumber"], events[1].Fields!.Split(',').Order());
        var everything = string.Join('|', await read.AuditEvents.Select(e => e.RecordType + e.RecordId + e.Fields + e.ActorId).ToListAsync(ct));
        foreach (var secret in new[] { "Margaret", "Whitfield", "Peggy", "9434765919", "4010232137", "Mill Lane", "LS2" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    internal static Person FullyRecorded(Guid? practiceId)
    {
        var person = Person.Register("943 476 5919", "Margaret", "Whitfield", "Peggy", new DateOnly(1948, 2, 29), Today, Now);
        person.ChangeDemographics(Sex.Female, "Woman", EthnicCategory.WhiteIrish);
        person.ChangeAddress("14 Canal Street", "Flat 2", "Leeds", "ls1 1ur");
        person.ChangeArea("E01011111", 2);
        person.ChangeRegisteredPractice(practiceId);
        person.ChangeContactDetails("07700 900 982", "peggy@example.com");
        person.ChangeLongTermConditions([LongTermCondition.Type2Diabetes, LongTermCondition.Copd, LongTermCondition.Depression]);
        person.ChangeCaring(true, "Cares for her husband most afternoons");
        person.ChangeRisks([RiskFlag.LoneWorkingCaution, RiskFlag.SelfNeglect], "Dog in the house; visit in pairs");
        person.ChangeCommunicationNeeds(CommunicationNeeds.Create(
            "Irish", true, [ContactMode.Text, ContactMode.Phone, ContactMode.HomeVisit], "Mornings before 11",
            false, true, true, HearingNeeds.HearingAid | HearingNeeds.HearingLoop, SightNeeds.PartiallySighted, DigitalAccess.PhoneOnly));
        return person;
    }

    private static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        return database;
    }
}
