using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;
using Waymark.Testing;
using Waymark.Testing.Standards;
using Waymark.Web.Features.DirectoryImport;

namespace Waymark.Web.Tests.OpenReferral;

/// <summary>
/// A small directory that uses every ORUK field Waymark holds, made through the domain: two partner organisations,
/// Waymark's need taxonomy and a two-level service type taxonomy, a rich running service, a paused one, a closed one,
/// a remote-only one with no location, and the official service_full.json example. Locations sit around Leeds at
/// known distances from <see cref="Origin"/>; one has no coordinates and is placed by its postcode's centre.
/// </summary>
public sealed record DirectoryData(
    Guid PartnerId, Guid OtherPartnerId, Guid Walking, Guid ArtClub, Guid DebtAdvice, Guid Befriending, Guid Example,
    Guid ServiceTypesId, Guid ActivitiesTermId, Guid WalkingTermId, Guid WalkingAtId, Guid ArtClubAtId, Guid DebtAdviceAtId)
{
    /// <summary>The postcode distances are measured from (Leeds city centre).</summary>
    public const string Origin = "LS1 4AP";

    public static readonly DateTimeOffset Listed = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>When the paused and closed services last changed: after <see cref="Listed"/>, for modified_after.</summary>
    public static readonly DateTimeOffset Changed = new(2026, 10, 15, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Guid> Ids(DirectoryData d) => [d.Walking, d.ArtClub, d.DebtAdvice, d.Befriending, d.Example];

    public static async Task<DirectoryData> SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // A migrated database without the app (the export test) has no need terms yet; the app adds them on start.
        await db.EnsureNeedTaxonomyAsync(cancellationToken);
        var now = Listed;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var partner = Organisation.Create("Age Well Northfield Directory", OrganisationKind.Partner, null, now);
        partner.UpdateDirectoryDetails(
            new OrganisationDirectoryDetails(
                "A charity helping older people in Northfield stay active and connected.", "https://agewell.example.org", "hello@agewell.example.org",
                "https://agewell.example.org/logo.png", "https://register.example.org/charity/1234567", "Charity", 1998, null,
                [new OrganisationIdentifier { IdentifierScheme = "GB-CHC", IdentifierType = "Charity number", Identifier = "1234567" }]),
            today);
        var other = Organisation.Create("Riverside Arts Collective", OrganisationKind.Partner, null, now);

        var types = Taxonomy.Create("Community activity types", "Kinds of community activity a link worker can suggest.", "https://types.example.org", "2");
        var activities = TaxonomyTerm.Create(new TaxonomyTermDetails(
            "Physical activities", "Activities that get people moving.", "activities", TaxonomyName: types.Name, TaxonomyId: types.Id, Language: "en",
            TermUri: "https://types.example.org/activities"));
        var walkingTerm = TaxonomyTerm.Create(new TaxonomyTermDetails(
            "Walking groups", "Led group walks.", "walking", activities.Id, types.Name, types.Id, "en", "https://types.example.org/walking"));
        var artsTerm = TaxonomyTerm.Create(new TaxonomyTermDetails("Arts and crafts", "Creative groups.", "arts", TaxonomyName: types.Name, TaxonomyId: types.Id));

        var english = new Language { Name = "English", Code = "en" };
        var polish = new Language { Name = "Polish", Code = "pl", Note = "Tuesday sessions only" };
        var walking = Service.Create(partner.Id, partner.Name, new ServiceDetails(
            "Walking for health", "Gentle group walks around Roundhay Park, with a cuppa after.", "Health walks", "https://agewell.example.org/walks",
            "walks@agewell.example.org", "Volunteers speak Polish; interpreters on request.", "Call or email to book your first walk.",
            "Free; £2 for tea afterwards.", "Walking for Health accredited", "Adults who can walk for 30 minutes.", 18, 99, new DateOnly(2026, 8, 1),
            "assurer@agewell.example.org", "The walk on 24 December is cancelled.", "About a week"), now);
        walking.SetDelivery(DeliveryModes.InPerson | DeliveryModes.Phone, 7, acceptingReferrals: true, now);
        walking.SetReferralMethod(ReferralMethod.Email, "referrals@agewell.example.org", null, null, now);
        walking.ReplacePhones([new Phone { Number = "0113 496 0000", Description = "Bookings", Languages = [english, polish] }], now);
        walking.ReplaceSchedules([new Schedule
        {
            ValidFrom = new DateOnly(2026, 1, 1), ValidTo = new DateOnly(2027, 12, 31), DtStart = new DateOnly(2026, 1, 6), Freq = ScheduleFrequency.Weekly,
            Interval = 1, ByDay = "TU,TH", Description = "Tuesdays and Thursdays at 10", OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(11, 30),
            ScheduleLink = "https://agewell.example.org/walks/timetable", AttendingType = "In person", Notes = "Meet at the café",
        }], now);
        walking.ReplaceServiceAreas([new ServiceArea { Name = "Leeds", Description = "Leeds and nearby", Extent = "POLYGON((0 0,1 0,1 1,0 0))", ExtentType = "text", Uri = "https://areas.example.org/leeds" }], now);
        walking.ReplaceLanguages([english, polish], now);
        walking.ReplaceCostOptions([new CostOption
        {
            ValidFrom = new DateOnly(2026, 1, 1), ValidTo = new DateOnly(2026, 12, 31), Option = "Tea after the walk", Amount = 2m, Currency = "GBP",
            AmountDescription = "Per cup",
        }], now);
        walking.ReplaceContacts([new ServiceContact
        {
            Name = "Walk leader", Title = "Volunteer coordinator", Department = "Activities", Email = "leader@agewell.example.org",
            Phones = [new Phone { Number = "0113 496 0001" }],
        }], now);
        walking.ReplaceRequiredDocuments([new RequiredDocument { Document = "Emergency contact form", Uri = "https://agewell.example.org/form.pdf" }], now);
        walking.ReplaceFunding([new Funding { Source = "National Lottery Community Fund" }], now);
        walking.ReplaceAttributes(
            [
                new ServiceAttribute { TaxonomyTermId = NeedTaxonomy.TermId(NeedCategory.LonelinessAndIsolation), LinkType = "need" },
                new ServiceAttribute { TaxonomyTermId = walkingTerm.Id, LinkType = "service_type" },
            ],
            now);
        walking.SetRequirements(new ServiceRequirements(NeedsToTravel: true, Cost: CostLevel.LowCost), now);

        var park = Location.Create(
            new LocationDetails(LocationType.Physical, "Roundhay Park café", "By the lake", 53.8008, -1.5491, "72051234", "UPRN", "https://park.example.org"),
            partner.Id, now);
        park.ReplaceAddresses([new Address
        {
            Attention = "Walks desk", Address1 = "Mansion Lane", Address2 = "Roundhay", City = "Leeds", Region = "Yorkshire", StateProvince = "West Yorkshire",
            PostalCode = "LS8 2HH", Country = "GB",
        }], now);
        park.ReplaceAccessibility([new Accessibility { Description = "Step-free paths", Details = "Accessible toilet in the café", Url = "https://park.example.org/access", Text = "Step-free" }], now);
        park.ReplaceLanguages([english], now);
        park.ReplacePhones([new Phone { Number = "0113 496 0002", Description = "Café" }], now);
        park.ReplaceSchedules([new Schedule { Freq = ScheduleFrequency.Weekly, ByDay = "MO,TU,WE,TH,FR", OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(17, 0) }], now);
        var walkingAt = ServiceAtLocation.Create(walking.Id, park.Id, "Meet at the café door", now);
        walkingAt.ReplaceSchedules([new Schedule { Freq = ScheduleFrequency.Weekly, ByDay = "TU", OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(11, 0) }], now);
        walkingAt.ReplacePhones([new Phone { Number = "07700 900123", Description = "On the day" }], now);
        walkingAt.ReplaceContacts([new ServiceContact { Name = "Café volunteer", Title = "Host" }], now);

        // About 6 km north-west of the origin.
        var artClub = Service.Create(other.Id, other.Name, new ServiceDetails("Art club", "Painting and crafts for all abilities."), now);
        artClub.ReplaceAttributes([new ServiceAttribute { TaxonomyTermId = artsTerm.Id }], now);
        artClub.Pause("Volunteer shortage", null, today, Changed);
        var studio = Location.Create(new LocationDetails(LocationType.Physical, "Riverside studio", Latitude: 53.85, Longitude: -1.60), other.Id, now);
        studio.ReplaceAddresses([new Address { Address1 = "1 River Street" }], now);
        var artClubAt = ServiceAtLocation.Create(artClub.Id, studio.Id, null, now);

        // No coordinates: placed at its postcode's centre, about 2.7 km from the origin.
        var debtAdvice = Service.Create(partner.Id, partner.Name, new ServiceDetails("Debt advice drop-in", "Free, confidential help with debts."), now);
        debtAdvice.Close("Funding ended", today, Changed);
        var hall = Location.Create(new LocationDetails(LocationType.Physical, "Hyde Park hall"), partner.Id, now);
        hall.ReplaceAddresses([new Address { Address1 = "2 Hall Road", PostalCode = "ls6 1aa" }], now);
        var debtAdviceAt = ServiceAtLocation.Create(debtAdvice.Id, hall.Id, null, now);

        var befriending = Service.Create(partner.Id, partner.Name, new ServiceDetails("Telephone befriending", "A weekly friendly call."), now);
        befriending.SetDelivery(DeliveryModes.Phone, null, acceptingReferrals: true, now);
        befriending.SwitchToRemoteOnly("Always by phone", null, today, now);

        db.AddRange(partner, other, types, activities, walkingTerm, artsTerm);
        db.AddRange(walking, artClub, debtAdvice, befriending);
        db.AddRange(park, studio, hall);
        db.AddRange(walkingAt, artClubAt, debtAdviceAt);
        db.AddRange(PostcodeCentroid.Create(Origin, 53.7997, -1.5492), PostcodeCentroid.Create("LS6 1AA", 53.8200, -1.5700));
        await db.SaveChangesAsync(cancellationToken);

        // The official example comes in as any feed does: through the importer.
        var (feed, _) = OrukJsonReader.Read(OrukExamples.Load("service_full.json"));
        var report = await new DirectoryImporter(db, new FakeClock(now)).ExecuteAsync(feed, cancellationToken: cancellationToken);
        if (report.HasProblems || report.Created != 1)
        {
            throw new InvalidOperationException("The official example did not import cleanly: " + string.Join("; ", report.Problems));
        }

        return new DirectoryData(
            partner.Id, other.Id, walking.Id, artClub.Id, debtAdvice.Id, befriending.Id, feed.Services[0].Id, types.Id, activities.Id, walkingTerm.Id,
            walkingAt.Id, artClubAt.Id, debtAdviceAt.Id);
    }
}
