using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;

namespace Waymark.Data.Seeding;

/// <summary>
/// The demo area's community services directory: about 40 listings from 15 of the demo partners, under Waymark's
/// need terms and a few service-type terms, at venues around Wealdmoor (the made-up WM postcode area), with times,
/// languages, delivery modes, waits, costs, requirements and referral methods as link workers meet them: some paused,
/// one closed, one remote only, some overdue for checking. Everything is made up. No randomness: the listings are
/// the same on every run, and dates count from today.
/// </summary>
internal static class DemoDirectory
{
    public const string TypesTaxonomyName = "Service types";

    public static readonly Guid TypesTaxonomyId = new("0195f3a1-0000-7000-8000-000000000000");

    /// <summary>The centroid CSV shipped for the demo area, as an embedded resource.</summary>
    public const string PostcodesResource = "Waymark.Data.Seeding.Data.demo-postcodes.csv";

    private static readonly string[] Types =
    [
        "Befriending", "Advice and guidance", "Physical activity", "Peer support group", "Food support", "Creative activity", "Practical help", "Learning and skills",
    ];

    // Venues: name, street, town, postcode, latitude, longitude.
    private static readonly (string Name, string Street, string Town, string Postcode, double Latitude, double Longitude)[] Venues =
    [
        ("Wealdmoor Community Hub", "2 Market Street", "Wealdmoor", "WM1 1AB", 53.7335, -1.6314),
        ("Brackenford Library", "14 Church Lane", "Brackenford", "WM2 3DE", 53.7539, -1.6072),
        ("Calder Rise Methodist Hall", "40 Rise Road", "Calder Rise", "WM3 5FG", 53.7693, -1.6420),
        ("Dunmere Leisure Centre", "Park Drive", "Dunmere", "WM4 2HJ", 53.7272, -1.5808),
        ("Fernleigh Community Garden", "Allotment Lane", "Fernleigh", "WM5 6LN", 53.7276, -1.6536),
        ("Hollins Park Pavilion", "Hollins Park", "Hollins Park", "WM6 4PQ", 53.7780, -1.5704),
        ("Kingsmere Mosque Community Room", "9 Victoria Street", "Kingsmere", "WM7 7RS", 53.7179, -1.6092),
        ("Larkfield Church Hall", "1 Vicarage Close", "Larkfield", "WM8 2TU", 53.7488, -1.6760),
        ("Meadowbank Resource Centre", "77 Station Road", "Meadowbank", "WM9 8WX", 53.7992, -1.6148),
        ("Northgate Shed", "Unit 3, Canal Yard", "Northgate", "WM10 1YZ", 53.7121, -1.5356),
        ("Oakridge Health Centre Annexe", "5 Oak Avenue", "Oakridge", "WM1 9AD", 53.7537, -1.6334),
        ("Pennywell Warm Space", "21 High Street", "Pennywell", "WM2 6BE", 53.7614, -1.6078),
    ];

    private static readonly Language English = Language.Of("en", "English");

    /// <summary>
    /// The listings: partner index (into the demo partners, whose names say what they do), name, description, needs,
    /// service type, how delivered, venue (null for phone or online only), days and times, other languages, wait in
    /// days, price per session, requirements, referral method, status, and whether the listing is overdue for a check.
    /// </summary>
    private static readonly Listing[] Listings =
    [
        new(0, "Home visiting befriending", "A trained volunteer visits at home once a week for a cup of tea and a chat.", [NeedCategory.LonelinessAndIsolation], 0, DeliveryModes.InPerson, null, ("TU,TH", 10, 16), ["pl"], 21, null, new(NeedsToTravel: false), ReferralMethod.Direct),
        new(0, "Telephone befriending", "A friendly call each week from the same volunteer, for people who cannot get out.", [NeedCategory.LonelinessAndIsolation, NeedCategory.Bereavement], 0, DeliveryModes.Phone, null, ("MO,WE,FR", 10, 18), ["ur", "pa"], 7, null, new(), ReferralMethod.Direct),
        new(0, "Friendship café", "A weekly drop-in café where new faces are welcome and volunteers make introductions.", [NeedCategory.LonelinessAndIsolation], 3, DeliveryModes.InPerson, 1, ("WE", 10, 12), [], 0, 1.00m, new(NeedsToTravel: true, StepFreeAccess: true), ReferralMethod.Direct),
        new(1, "Health walks", "Gentle led walks of about an hour on flat paths, finishing with a hot drink.", [NeedCategory.PhysicalActivity, NeedCategory.LonelinessAndIsolation], 2, DeliveryModes.InPerson, 5, ("TU", 10, 11), [], 0, null, new(NeedsToTravel: true), ReferralMethod.Direct),
        new(1, "Nordic walking for beginners", "A six-week course with poles provided, for people getting active again.", [NeedCategory.PhysicalActivity, NeedCategory.Weight], 2, DeliveryModes.InPerson, 3, ("SA", 9, 10), [], 14, 3.00m, new(NeedsToTravel: true), ReferralMethod.Email, Email: "walks@walking.demo.waymark.example", Paused: "Walk leaders are being trained"),
        new(1, "Walk and talk for men", "A Sunday walk for men to talk as they go, with a peer supporter.", [NeedCategory.LowMoodOrAnxiety, NeedCategory.PhysicalActivity], 3, DeliveryModes.InPerson, 5, ("SU", 10, 12), [], 0, null, new(NeedsToTravel: true), ReferralMethod.SignpostOnly, Stale: true),
        new(2, "Emergency food parcels", "Three days of food for people in crisis; a referral from a link worker or GP is needed.", [NeedCategory.Food, NeedCategory.MoneyAndBenefits], 4, DeliveryModes.InPerson, 11, ("MO,WE,FR", 12, 15), ["so", "ar"], 0, null, new(NeedsToTravel: true, StepFreeAccess: true), ReferralMethod.Direct),
        new(2, "Food bank home delivery", "Food parcels delivered by volunteers to people who cannot get to the food bank.", [NeedCategory.Food], 4, DeliveryModes.InPerson, null, ("TH", 10, 14), [], 3, null, new(), ReferralMethod.Phone, Phone: "01632 960 410"),
        new(2, "Community pantry", "A members' pantry: a week's shopping for a small weekly fee.", [NeedCategory.Food, NeedCategory.MoneyAndBenefits], 4, DeliveryModes.InPerson, 11, ("TU,SA", 10, 13), [], 0, 4.00m, new(NeedsToTravel: true), ReferralMethod.SignpostOnly),
        new(3, "Debt advice appointments", "One-to-one advice on debts, arrears and dealing with creditors, in person or by phone.", [NeedCategory.Debt, NeedCategory.MoneyAndBenefits], 1, DeliveryModes.InPerson | DeliveryModes.Phone, 0, ("MO,TU,TH", 9, 17), ["ur", "bn"], 28, null, new(), ReferralMethod.Direct),
        new(3, "Money advice helpline", "Free, confidential advice on money worries by phone.", [NeedCategory.Debt, NeedCategory.MoneyAndBenefits], 1, DeliveryModes.Phone, null, ("MO,TU,WE,TH,FR", 9, 17), [], 0, null, new(), ReferralMethod.Phone, Phone: "0808 157 0192"),
        new(3, "Online budgeting course", "Four short online sessions on making a budget and cutting bills.", [NeedCategory.MoneyAndBenefits, NeedCategory.DigitalSkills], 7, DeliveryModes.Online, null, null, [], 0, null, new(NeedsInternet: true, NeedsToReadEnglish: true), ReferralMethod.ExternalForm, Form: "https://money.demo.waymark.example/course"),
        new(4, "Men's Shed workshop", "Woodwork, repairs and company in a shared workshop; all skill levels welcome.", [NeedCategory.LonelinessAndIsolation, NeedCategory.LowMoodOrAnxiety], 3, DeliveryModes.InPerson, 9, ("TU,TH", 10, 15), [], 0, 2.00m, new(NeedsToTravel: true), ReferralMethod.SignpostOnly),
        new(4, "Repair café", "Bring something broken and fix it with a volunteer, once a month.", [NeedCategory.LonelinessAndIsolation], 6, DeliveryModes.InPerson, 9, ("SA", 10, 13), [], 0, null, new(NeedsToTravel: true), ReferralMethod.SignpostOnly, Stale: true),
        new(5, "Carers' support group", "A monthly group for unpaid carers to share what helps, with a carers' worker.", [NeedCategory.Caring, NeedCategory.LowMoodOrAnxiety], 3, DeliveryModes.InPerson | DeliveryModes.Video, 0, ("TH", 13, 15), [], 0, null, new(), ReferralMethod.Direct),
        new(5, "Carers' assessment support", "Help to ask for a carer's assessment and to prepare for it.", [NeedCategory.Caring], 1, DeliveryModes.Phone | DeliveryModes.InPerson, 0, ("MO,WE", 9, 16), ["pa"], 21, null, new(), ReferralMethod.Email, Email: "referrals@carers.demo.waymark.example"),
        new(5, "Young carers' club", "A fortnightly club for young carers aged 8 to 17, with trips in the holidays.", [NeedCategory.Caring], 3, DeliveryModes.InPerson, 2, ("FR", 16, 18), [], 14, null, new(NeedsToTravel: true), ReferralMethod.Direct, MinAge: 8, MaxAge: 17),
        new(6, "Community growing sessions", "Growing vegetables together; tools and gloves provided, and a share of the harvest.", [NeedCategory.PhysicalActivity, NeedCategory.LowMoodOrAnxiety], 5, DeliveryModes.InPerson, 4, ("WE,SA", 10, 13), [], 0, null, new(NeedsToTravel: true), ReferralMethod.Direct),
        new(6, "Therapeutic gardening", "Small-group gardening for people with low mood, led by a horticultural therapist.", [NeedCategory.LowMoodOrAnxiety], 5, DeliveryModes.InPerson, 4, ("TU", 13, 15), [], 42, null, new(NeedsToTravel: true, StepFreeAccess: true), ReferralMethod.Email, Email: "grow@garden.demo.waymark.example", Paused: "Winter break: the garden is closed until spring"),
        new(7, "Age Well lunch club", "A hot two-course lunch and activities for people over 60, with transport if needed.", [NeedCategory.LonelinessAndIsolation, NeedCategory.Food], 4, DeliveryModes.InPerson, 7, ("MO,TH", 12, 14), [], 7, 4.50m, new(StepFreeAccess: true), ReferralMethod.Direct, MinAge: 60),
        new(7, "Strength and balance classes", "Seated and standing exercises to prevent falls, for older people.", [NeedCategory.PhysicalActivity, NeedCategory.ManagingALongTermCondition], 2, DeliveryModes.InPerson, 10, ("WE", 14, 15), [], 21, 2.50m, new(NeedsToTravel: true, StepFreeAccess: true), ReferralMethod.Direct, MinAge: 60),
        new(7, "Tablet lending and lessons", "Borrow a tablet with data and learn to use it at home with a volunteer.", [NeedCategory.DigitalSkills, NeedCategory.LonelinessAndIsolation], 7, DeliveryModes.InPerson, 1, ("TU", 10, 12), [], 35, null, new(), ReferralMethod.SignpostOnly, MinAge: 60, Stale: true),
        new(8, "Talking Space drop-in", "Someone to talk to, no appointment needed, in a quiet room.", [NeedCategory.LowMoodOrAnxiety], 3, DeliveryModes.InPerson, 8, ("WE", 17, 20), ["ar"], 0, null, new(NeedsToTravel: true), ReferralMethod.SignpostOnly),
        new(8, "Anxiety management course", "Six sessions on understanding and managing worry, by video.", [NeedCategory.LowMoodOrAnxiety], 7, DeliveryModes.Video, null, ("TH", 18, 20), [], 56, null, new(NeedsInternet: true), ReferralMethod.ExternalForm, Form: "https://talk.demo.waymark.example/refer", RemoteOnly: "Sessions moved online while the centre is refurbished"),
        new(8, "Peer support for low mood", "A weekly group run by people who have been there.", [NeedCategory.LowMoodOrAnxiety, NeedCategory.LonelinessAndIsolation], 3, DeliveryModes.InPerson, 2, ("MO", 18, 20), [], 0, null, new(NeedsToTravel: true), ReferralMethod.Direct),
        new(9, "Arts on prescription", "Ten weeks of painting, print and collage with an artist, for people with low mood or long-term pain.", [NeedCategory.LowMoodOrAnxiety, NeedCategory.ManagingALongTermCondition], 5, DeliveryModes.InPerson, 2, ("WE", 13, 15), [], 35, null, new(NeedsToTravel: true), ReferralMethod.Direct),
        new(9, "Craft and chat", "A relaxed craft group with tea; materials provided.", [NeedCategory.LonelinessAndIsolation], 5, DeliveryModes.InPerson, 6, ("FR", 10, 12), [], 0, 1.50m, new(NeedsToTravel: true), ReferralMethod.SignpostOnly),
        new(9, "Online creative writing group", "Write and share short pieces in a friendly group online.", [NeedCategory.LowMoodOrAnxiety], 5, DeliveryModes.Online, null, ("TU", 19, 20), [], 0, null, new(NeedsInternet: true, NeedsToReadEnglish: true), ReferralMethod.SignpostOnly),
        new(10, "Housing advice line", "Advice on repairs, rent arrears, eviction and finding somewhere to live.", [NeedCategory.Housing, NeedCategory.Debt], 1, DeliveryModes.Phone, null, ("MO,TU,WE,TH,FR", 9, 17), ["pl", "so"], 2, null, new(), ReferralMethod.Phone, Phone: "01632 960 555"),
        new(10, "Tenancy sustainment", "A support worker helps people keep their tenancy: bills, letters, repairs.", [NeedCategory.Housing], 6, DeliveryModes.InPerson | DeliveryModes.Phone, 0, ("MO,WE", 9, 17), [], 49, null, new(), ReferralMethod.Email, Email: "tenancy@housing.demo.waymark.example"),
        new(10, "Homeless prevention drop-in", "Same-day advice for anyone at risk of losing their home.", [NeedCategory.Housing], 1, DeliveryModes.InPerson, 0, ("TU", 10, 13), [], 0, null, new(NeedsToTravel: true), ReferralMethod.SignpostOnly, Closed: "Funding ended; the housing advice line gives the same advice"),
        new(11, "Warm welcome space", "A warm room with hot drinks, soup and newspapers through the winter.", [NeedCategory.LonelinessAndIsolation, NeedCategory.Food], 4, DeliveryModes.InPerson, 11, ("MO,TU,WE,TH", 10, 16), [], 0, null, new(StepFreeAccess: true), ReferralMethod.SignpostOnly),
        new(11, "Energy bill help", "Help to understand energy bills, apply for grants and talk to suppliers.", [NeedCategory.MoneyAndBenefits, NeedCategory.Housing], 1, DeliveryModes.InPerson | DeliveryModes.Phone, 11, ("TH", 10, 12), [], 7, null, new(), ReferralMethod.Direct),
        new(12, "Bereavement support group", "A monthly group for people who have lost someone close, with trained volunteers.", [NeedCategory.Bereavement], 3, DeliveryModes.InPerson, 7, ("TU", 18, 20), [], 14, null, new(NeedsToTravel: true), ReferralMethod.Direct),
        new(12, "One-to-one bereavement listening", "Six sessions with a trained listener, in person or by phone.", [NeedCategory.Bereavement, NeedCategory.LowMoodOrAnxiety], 0, DeliveryModes.InPerson | DeliveryModes.Phone, 7, ("MO,TH", 10, 16), ["ur"], 63, null, new(), ReferralMethod.Email, Email: "listening@bereavement.demo.waymark.example", Paused: "Waiting list full: not taking new referrals for now"),
        new(13, "Couch to 5K beginners", "A nine-week running programme for complete beginners.", [NeedCategory.PhysicalActivity, NeedCategory.Weight], 2, DeliveryModes.InPerson, 5, ("TU,TH", 18, 19), [], 0, null, new(NeedsToTravel: true), ReferralMethod.SignpostOnly, MinAge: 16, Stale: true),
        new(13, "Weight management walking group", "Walks and healthy eating tips for people wanting to lose weight.", [NeedCategory.Weight, NeedCategory.PhysicalActivity], 2, DeliveryModes.InPerson, 3, ("WE", 18, 19), [], 0, 3.00m, new(NeedsToTravel: true), ReferralMethod.Direct),
        new(14, "Employment coaching", "A coach to help with CVs, applications and interviews.", [NeedCategory.WorkAndVolunteering], 7, DeliveryModes.InPerson | DeliveryModes.Video, 8, ("MO,TU,WE", 9, 17), ["pl", "ar"], 14, null, new(), ReferralMethod.Direct),
        new(14, "Volunteering taster days", "Try volunteering for a day with local groups, with someone alongside.", [NeedCategory.WorkAndVolunteering, NeedCategory.LonelinessAndIsolation], 7, DeliveryModes.InPerson, 8, ("FR", 10, 14), [], 7, null, new(NeedsToTravel: true), ReferralMethod.SignpostOnly),
        new(14, "Digital skills drop-in", "Help with email, online forms and video calls, on your own device or ours.", [NeedCategory.DigitalSkills], 7, DeliveryModes.InPerson, 1, ("TH", 13, 16), ["bn", "so"], 0, null, new(NeedsToTravel: true), ReferralMethod.SignpostOnly),
    ];

    /// <summary>Adds the directory through the domain. The need taxonomy must exist first.</summary>
    public static void Add(AppDbContext db, IReadOnlyList<Organisation> partners, Guid verifiedBy, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        db.Taxonomies.Add(Taxonomy.Create(TypesTaxonomyName, "Kinds of service, for browsing the directory.", null, "1", TypesTaxonomyId));
        var types = Types.Select((name, i) => TaxonomyTerm.Create(
            new TaxonomyTermDetails(name, $"Services offering {name.ToLowerInvariant()}.", "type-" + name.ToLowerInvariant().Replace(' ', '-'), TaxonomyName: TypesTaxonomyName, TaxonomyId: TypesTaxonomyId, Language: "en"),
            new Guid($"0195f3a1-0000-7000-8000-{i + 1:D12}"))).ToList();
        db.TaxonomyTerms.AddRange(types);

        var venues = Venues.Select((v, i) =>
        {
            var location = Location.Create(new LocationDetails(LocationType.Physical, v.Name, null, v.Latitude, v.Longitude), partners[Listings.First(l => l.Venue == i).Partner].Id, now);
            location.ReplaceAddresses([new Address { Address1 = v.Street, City = v.Town, StateProvince = "Wealdmoor", PostalCode = v.Postcode, Country = "GB" }], now);
            location.ReplaceAccessibility([new Accessibility { Description = i % 3 == 0 ? "Step-free entrance and an accessible toilet" : "Ramp at the side door; hearing loop in the main room" }], now);
            return location;
        }).ToList();
        db.Locations.AddRange(venues);

        foreach (var (listing, index) in Listings.Select((l, i) => (l, i)))
        {
            var partner = partners[listing.Partner];
            var slug = partner.Name.ToLowerInvariant().Split(' ')[0].Replace("'", string.Empty, StringComparison.Ordinal);
            var service = Service.Create(
                partner.Id,
                partner.Name,
                new ServiceDetails(listing.Name, listing.Description, Url: $"https://{slug}.demo.waymark.example/", MinimumAge: listing.MinAge ?? 18, MaximumAge: listing.MaxAge,
                    WaitTime: listing.WaitingDays is { } wait && wait > 0 ? $"About {wait} days" : null),
                now);
            service.ReplaceLanguages([English, .. listing.Languages.Select(code => Language.Of(code, LanguageName(code)))], now);
            service.ReplaceAttributes(
                [.. listing.Needs.Select(n => new ServiceAttribute { TaxonomyTermId = NeedTaxonomy.TermId(n), LinkType = "need" }),
                 new ServiceAttribute { TaxonomyTermId = types[listing.Type].Id, LinkType = "service_type" }],
                now);
            if (listing.Times is var (days2, opens, closes))
            {
                service.ReplaceSchedules(
                    [new Schedule { Freq = ScheduleFrequency.Weekly, Interval = 1, ByDay = days2, OpensAt = new TimeOnly(opens, 0), ClosesAt = new TimeOnly(closes, 0), Description = $"{Days(days2)}, {opens}:00 to {closes}:00" }],
                    now);
            }

            if (listing.Price is { } price)
            {
                service.ReplaceCostOptions([new CostOption { Option = "Each session", Amount = price, Currency = "GBP" }], now);
            }

            service.ReplacePhones([new Phone { Number = listing.Phone ?? $"01632 960 {300 + index:D3}", Description = "Enquiries" }], now);
            service.SetDelivery(listing.Modes, listing.WaitingDays, acceptingReferrals: listing.Paused is null, now);
            service.SetRequirements(listing.Requirements, now);
            service.SetReferralMethod(listing.Method, listing.Email, listing.Phone, listing.Form, now);
            service.Verify(verifiedBy, today.AddDays(listing.Stale ? -(100 + (index % 30)) : -(index % 60)), now);
            if (listing.Paused is { } reason)
            {
                service.Pause(reason, today.AddDays(30 + (index % 60)), today, now);
            }
            else if (listing.Closed is { } closed)
            {
                service.Close(closed, today, now);
            }
            else if (listing.RemoteOnly is { } remote)
            {
                service.SwitchToRemoteOnly(remote, today.AddDays(90), today, now);
            }

            db.Services.Add(service);
            if (listing.Venue is { } venue)
            {
                db.ServiceAtLocations.Add(ServiceAtLocation.Create(service.Id, venues[venue].Id, null, now));
            }
        }
    }

    /// <summary>The postcodes of the demo venues (the shipped centroid CSV must cover them).</summary>
    public static IEnumerable<string> VenuePostcodes => Venues.Select(v => v.Postcode);

    public static int ListingCount => Listings.Length;

    /// <summary>Opens the shipped centroid CSV.</summary>
    public static TextReader OpenPostcodes() =>
        new StreamReader(typeof(DemoDirectory).Assembly.GetManifestResourceStream(PostcodesResource)
            ?? throw new InvalidOperationException($"The embedded resource {PostcodesResource} is missing"));

    private static string LanguageName(string code) => code switch
    {
        "pl" => "Polish",
        "ur" => "Urdu",
        "pa" => "Punjabi",
        "so" => "Somali",
        "ar" => "Arabic",
        "bn" => "Bengali",
        _ => code,
    };

    private static string Days(string byDay) => string.Join(", ", byDay.Split(',').Select(d => d switch
    {
        "MO" => "Mondays",
        "TU" => "Tuesdays",
        "WE" => "Wednesdays",
        "TH" => "Thursdays",
        "FR" => "Fridays",
        "SA" => "Saturdays",
        _ => "Sundays",
    }));

    private sealed record Listing(
        int Partner,
        string Name,
        string Description,
        NeedCategory[] Needs,
        int Type,
        DeliveryModes Modes,
        int? Venue,
        (string Days, int Opens, int Closes)? Times,
        string[] Languages,
        int? WaitingDays,
        decimal? Price,
        ServiceRequirements Requirements,
        ReferralMethod Method,
        string? Phone = null,
        string? Email = null,
        string? Form = null,
        string? Paused = null,
        string? Closed = null,
        string? RemoteOnly = null,
        bool Stale = false,
        int? MinAge = null,
        int? MaxAge = null);
}
