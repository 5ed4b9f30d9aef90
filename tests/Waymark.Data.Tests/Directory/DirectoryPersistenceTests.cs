using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Testing;
using Waymark.Testing.Standards;
using Waymark.Web.Features.DirectoryImport;
using Waymark.Web.Features.OpenReferral;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.Directory;

/// <summary>
/// The directory reads back exactly as stored on both databases: the whole official ORUK service example, Waymark's
/// extensions, changes to a stored listing, and the filters later rounds query by.
/// </summary>
public sealed class DirectoryPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly Guid Manager = Guid.Parse("0190d5a4-0000-7000-8000-00000000000a");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_official_ORUK_full_service_example_is_stored_and_written_back_without_loss(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var original = OrukExamples.Load("service_full.json");
        var (feed, _) = OrukJsonReader.Read(original.DeepClone());
        await using (var db = database.CreateContext())
        {
            var report = await new DirectoryImporter(db, new FakeClock(Now)).ExecuteAsync(feed, cancellationToken: ct);
            Assert.True(!report.HasProblems && report.Created == 1, string.Join("\n", report.Problems));
        }

        await using var read = database.CreateContext();
        var written = await new OrukQueries(read).ServiceAsync(feed.Services[0].Id, ct);
        Assert.Null(OrukExamples.FirstMissing(original, written));
        var service = await read.Services.SingleAsync(s => s.Id == feed.Services[0].Id, ct);
        Assert.Equal(DateTimeOffset.Parse((string)original["last_modified"]!, CultureInfo.InvariantCulture), service.LastModified);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Waymark_s_extensions_and_every_child_list_read_back_as_set(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (organisation, term) = await SeedAsync(database);
        var expected = FullListing(organisation, term);
        await using (var db = database.CreateContext())
        {
            db.Services.Add(expected);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var actual = await read.Services.SingleAsync(s => s.Id == expected.Id, ct);
        Assert.Equal((OperatingStatus.Paused, "Leader on leave", Today.AddDays(21), "temporarily closed"), (actual.OperatingStatus, actual.StatusReason, actual.ExpectedReturn, actual.OrukStatus));
        Assert.Equal((DeliveryModes.InPerson | DeliveryModes.Video, 12, false), (actual.DeliveryModes, actual.WaitingDays, actual.AcceptingReferrals));
        Assert.Equal((ReferralMethod.Email, "refer@agewell.example.org"), (actual.ReferralMethod, actual.ReferralEmail));
        Assert.Equal(expected.Requirements, actual.Requirements);
        Assert.Equal(CostLevel.LowCost, actual.Cost);
        Assert.Equal((Today, Manager, 30, Today.AddDays(30)), (actual.LastVerifiedOn, actual.LastVerifiedBy, actual.VerificationIntervalDays, actual.VerificationDueOn));
        Assert.Equal((expected.SearchText, expected.OrganisationName, expected.LastModified, expected.CreatedAt), (actual.SearchText, actual.OrganisationName, actual.LastModified, actual.CreatedAt));
        Assert.Equal(expected.Phones, actual.Phones, PhoneEquals);
        Assert.Equal(expected.Schedules, actual.Schedules);
        Assert.Equal(expected.ServiceAreas, actual.ServiceAreas);
        Assert.Equal(expected.Languages, actual.Languages);
        Assert.Equal(expected.CostOptions, actual.CostOptions);
        Assert.Equal(expected.Contacts.Single() with { Phones = [] }, actual.Contacts.Single() with { Phones = [] });
        Assert.Equal(expected.Contacts.Single().Phones, actual.Contacts.Single().Phones, PhoneEquals);
        Assert.Equal(expected.RequiredDocuments, actual.RequiredDocuments);
        Assert.Equal(expected.Funding, actual.Funding);
        Assert.Equal(expected.Attributes, actual.Attributes);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Changes_to_a_stored_listing_and_its_rows_are_saved(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (organisation, term) = await SeedAsync(database);
        var service = FullListing(organisation, term);
        await using (var db = database.CreateContext())
        {
            db.Services.Add(service);
            await db.SaveChangesAsync(ct);
        }

        var later = Now.AddDays(1);
        await using (var db = database.CreateContext())
        {
            var stored = await db.Services.SingleAsync(s => s.Id == service.Id, ct);
            stored.Resume(Today, later);
            stored.ReplaceLanguages([Language.Of("ur", "Urdu")], later);
            stored.ReplaceAttributes([], later);
            stored.ReplaceSchedules([stored.Schedules[0] with { ClosesAt = new TimeOnly(16, 0) }], later);
            stored.ReplaceFunding([.. stored.Funding, new Funding { Source = "National Lottery" }], later);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var actual = await read.Services.SingleAsync(s => s.Id == service.Id, ct);
        Assert.Equal((OperatingStatus.Running, null, later), (actual.OperatingStatus, actual.StatusReason, actual.LastModified));
        Assert.Equal(["ur"], actual.Languages.Select(l => l.Code));
        Assert.Empty(actual.Attributes);
        Assert.Equal(new TimeOnly(16, 0), actual.Schedules.Single().ClosesAt);
        Assert.Equal(["Leeds City Council", "National Lottery"], actual.Funding.Select(f => f.Source));
        Assert.Equal(0, await read.Set<Service>().SelectMany(s => s.Attributes).CountAsync(ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Term_links_keep_copies_of_their_service_s_ages_and_mark_the_first_link_to_each_term(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (organisation, term) = await SeedAsync(database);
        var service = Service.Create(organisation.Id, organisation.Name, new ServiceDetails("Tea dance", "Dancing in the church hall", MinimumAge: 18, MaximumAge: 65), Now);
        service.ReplaceAttributes([new ServiceAttribute { TaxonomyTermId = term.Id, LinkType = "audience" }, new ServiceAttribute { TaxonomyTermId = term.Id, LinkType = "service_type" }], Now);
        await using (var db = database.CreateContext())
        {
            db.Services.Add(service);
            await db.SaveChangesAsync(ct);
        }

        Assert.Equal([("audience", 18, 65, true), ("service_type", 18, 65, false)], await CopiesAsync(database, ct));

        // The ages change: every link follows. The first link goes: the other becomes the term's first.
        await using (var db = database.CreateContext())
        {
            var stored = await db.Services.SingleAsync(s => s.Id == service.Id, ct);
            stored.Update(new ServiceDetails("Tea dance", "Dancing in the church hall", MinimumAge: 50), Now.AddDays(1));
            await db.SaveChangesAsync(ct);
            Assert.Equal([("audience", 50, null, true), ("service_type", 50, null, false)], await CopiesAsync(database, ct));
            stored.ReplaceAttributes([stored.Attributes[1]], Now.AddDays(2));
            await db.SaveChangesAsync(ct);
        }

        Assert.Equal([("service_type", 50, null, true)], await CopiesAsync(database, ct));
    }

    private static async Task<List<(string?, int?, int?, bool)>> CopiesAsync(TestDatabase database, CancellationToken ct)
    {
        await using var read = database.CreateContext();
        var rows = await read.Services.AsNoTracking().SelectMany(s => s.Attributes).Select(a => new
        {
            a.LinkType,
            Minimum = EF.Property<int?>(a, "MinimumAge"),
            Maximum = EF.Property<int?>(a, "MaximumAge"),
            First = EF.Property<bool>(a, "FirstForTerm"),
        }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.LinkType, StringComparer.Ordinal).Select(r => (r.LinkType, r.Minimum, r.Maximum, r.First))];
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Services_can_be_filtered_by_every_indexed_field_on_the_database(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (organisation, term) = await SeedAsync(database);
        var match = FullListing(organisation, term);
        var other = Service.Create(organisation.Id, organisation.Name, new ServiceDetails("Tea dance", "Dancing in the church hall", MinimumAge: 60), Now.AddDays(-3));
        other.SetDelivery(DeliveryModes.InPerson, 0, true, Now.AddDays(-3));
        await using (var db = database.CreateContext())
        {
            db.Services.AddRange(match, other);
            db.PostcodeCentroids.Add(PostcodeCentroid.Create("LS1 1UR", 53.7997, -1.5492));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var words = SearchText.Normalise("COUNSELLING");
        var found = await read.Services.AsNoTracking()
            .Where(s => s.Attributes.Any(a => a.TaxonomyTermId == term.Id))
            .Where(s => s.Languages.Any(l => l.Code == "pl"))
            .Where(s => (s.DeliveryModes & DeliveryModes.Video) != DeliveryModes.None)
            .Where(s => s.SearchText.Contains(words))
            .Where(s => (s.MinimumAge == null || s.MinimumAge <= 30) && (s.MaximumAge == null || s.MaximumAge >= 30))
            .Where(s => s.OrganisationId == organisation.Id && s.OperatingStatus == OperatingStatus.Paused && s.WaitingDays <= 14)
            .Where(s => s.Cost == CostLevel.LowCost && s.Requirements.StepFreeAccess)
            .Where(s => s.LastModified > Now.AddDays(-1))
            .OrderBy(s => s.LastModified).ThenBy(s => s.Id)
            .Select(s => s.Id)
            .ToListAsync(ct);
        Assert.Equal([match.Id], found);

        Assert.Equal([other.Id], await read.Services.Where(s => s.MinimumAge >= 60).Select(s => s.Id).ToListAsync(ct));
        Assert.Equal([match.Id, other.Id], await read.Services.Where(s => s.VerificationDueOn <= Today.AddDays(30)).OrderBy(s => s.Name).Select(s => s.Id).ToListAsync(ct));
        Assert.Equal([other.Id], await read.Services.Where(s => s.VerificationDueOn <= Today).Select(s => s.Id).ToListAsync(ct));
        Assert.Equal(53.7997, (await read.PostcodeCentroids.SingleAsync(c => c.Postcode == "LS1 1UR", ct)).Latitude, 6);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Locations_keep_their_addresses_coordinates_and_postcode_and_services_link_to_them(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (organisation, term) = await SeedAsync(database);
        var service = FullListing(organisation, term);
        var location = Location.Create(new LocationDetails(LocationType.Physical, "Civic Hall", "Ground floor", 53.8, -1.55, "72045132", "UPRN", "https://example.org/civic-hall"), organisation.Id, Now);
        location.ReplaceAddresses([new Address { Address1 = "Calverley Street", City = "Leeds", PostalCode = "ls11ur", Country = "GB" }], Now);
        location.ReplaceAccessibility([new Accessibility { Description = "Step-free entrance on the left" }], Now);
        location.ReplaceLanguages([Language.Of("en")], Now);
        location.ReplacePhones([new Phone { Number = "0113 496 0001" }], Now);
        location.ReplaceSchedules([new Schedule { ByDay = "MO,TU,WE,TH,FR", OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(17, 0) }], Now);
        var at = ServiceAtLocation.Create(service.Id, location.Id, "Upstairs room", Now);
        at.ReplaceSchedules([new Schedule { ByDay = "TU", OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(12, 0) }], Now);
        at.ReplaceContacts([new ServiceContact { Name = "Reception", Phones = [new Phone { Number = "0113 496 0002" }] }], Now);
        await using (var db = database.CreateContext())
        {
            db.AddRange(service, location, at);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var stored = await read.Locations.SingleAsync(l => l.Postcode == "LS1 1UR" && l.Latitude > 53 && l.Latitude < 54, ct);
        Assert.Equal((organisation.Id, "Civic Hall", "UPRN", true), (stored.OrganisationId, stored.Name, stored.ExternalIdentifierType, stored.HasCoordinates));
        Assert.Equal(location.Addresses, stored.Addresses);
        Assert.Equal(location.Accessibility, stored.Accessibility);
        Assert.Equal(location.Languages, stored.Languages);
        Assert.Equal(location.Schedules, stored.Schedules);
        var storedAt = await read.ServiceAtLocations.SingleAsync(s => s.LocationId == location.Id, ct);
        Assert.Equal((service.Id, "Upstairs room"), (storedAt.ServiceId, storedAt.Description));
        Assert.Equal(at.Schedules, storedAt.Schedules);
        Assert.Equal("0113 496 0002", storedAt.Contacts.Single().Phones.Single().Number);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_service_cannot_link_to_a_taxonomy_term_that_is_not_stored(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (organisation, _) = await SeedAsync(database);
        var service = Service.Create(organisation.Id, organisation.Name, new ServiceDetails("Walks"), Now);
        service.ReplaceAttributes([new ServiceAttribute { TaxonomyTermId = Guid.CreateVersion7() }], Now);
        await using var db = database.CreateContext();
        db.Services.Add(service);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    private static bool PhoneEquals(Phone a, Phone b) => a with { Languages = [] } == b with { Languages = [] } && a.Languages.SequenceEqual(b.Languages);

    private static Service FullListing(Organisation organisation, TaxonomyTerm term)
    {
        var service = Service.Create(
            organisation.Id,
            organisation.Name,
            new ServiceDetails(
                "Community counselling", "Talking therapy for adults", "Talk it through", "https://agewell.example.org/counselling", "counselling@agewell.example.org",
                "Interpreters on request", "Phone or email to book", "£3 a session, free for carers", "BACP", "Adults living in Leeds", 18, 99, Today.AddDays(-10), "assure@example.org",
                "Closed over Christmas", "About two weeks"),
            Now.AddMinutes(-30));
        service.SetDelivery(DeliveryModes.InPerson | DeliveryModes.Video, 12, false, Now.AddMinutes(-29));
        service.SetReferralMethod(ReferralMethod.Email, "refer@agewell.example.org", null, null, Now.AddMinutes(-28));
        service.ReplaceCostOptions([new CostOption { Option = "Everyone", Amount = 3m, Currency = "GBP", AmountDescription = "per session", ValidFrom = Today, ValidTo = Today.AddYears(1) }], Now.AddMinutes(-27));
        service.SetRequirements(new ServiceRequirements(NeedsInternet: false, NeedsToReadEnglish: true, NeedsToTravel: true, StepFreeAccess: true), Now.AddMinutes(-26));
        service.ReplacePhones([new Phone { Number = "0113 496 0000", Description = "Bookings", Languages = [Language.Of("pl", "Polish")] }], Now.AddMinutes(-25));
        service.ReplaceSchedules([new Schedule { Freq = ScheduleFrequency.Weekly, Interval = 1, ByDay = "TU,TH", OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(15, 30), ValidFrom = Today, Description = "Tuesday and Thursday" }], Now.AddMinutes(-24));
        service.ReplaceServiceAreas([new ServiceArea { Name = "Leeds", Description = "Anyone living in Leeds", ExtentType = "text", Extent = "LS1, LS2" }], Now.AddMinutes(-23));
        service.ReplaceLanguages([Language.Of("en", "English"), Language.Of("pl", "Polish")], Now.AddMinutes(-22));
        service.ReplaceContacts([new ServiceContact { Name = "Ann Persona", Title = "Reception manager", Email = "ann@agewell.example.org", Phones = [new Phone { Number = "07700 900982" }] }], Now.AddMinutes(-21));
        service.ReplaceRequiredDocuments([new RequiredDocument { Document = "Proof of address", Uri = "https://agewell.example.org/proof" }], Now.AddMinutes(-20));
        service.ReplaceFunding([new Funding { Source = "Leeds City Council" }], Now.AddMinutes(-19));
        service.ReplaceAttributes([new ServiceAttribute { TaxonomyTermId = term.Id, LinkType = "need" }], Now.AddMinutes(-18));
        service.SetVerificationInterval(30, Now.AddMinutes(-17));
        service.Verify(Manager, Today, Now.AddMinutes(-16));
        service.Pause("Leader on leave", Today.AddDays(21), Today, Now);
        return service;
    }

    private static async Task<(Organisation Organisation, TaxonomyTerm Term)> SeedAsync(Testing.TestDatabase database)
    {
        var organisation = Organisation.Create("Age Well Leeds", OrganisationKind.Partner, null, Now);
        var term = TaxonomyTerm.Create(new TaxonomyTermDetails("Mental health", "Support for mental health and wellbeing", "mental-health", TaxonomyName: "Waymark needs"));
        await using var db = database.CreateContext();
        db.Organisations.Add(organisation);
        db.TaxonomyTerms.Add(term);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (organisation, term);
    }
}
