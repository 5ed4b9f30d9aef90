namespace Waymark.Data.Seeding;

/// <summary>
/// Word lists for the demo service. Every place and organisation here is made up; the ODS-style codes are generated
/// and belong to no real practice. Bogus picks from these lists with a fixed seed, so the same seed gives the same
/// names. Append to a list rather than reorder it, or every name after the change moves.
/// </summary>
internal static class DemoNames
{
    public const string Area = "Wealdmoor";

    public const string Provider = $"{Area} Social Prescribing Service";

    public const string Commissioner = $"NHS {Area} and Calderbrook Integrated Care Board";

    public static readonly string[] Teams = [$"{Area} North team", $"{Area} South team"];

    public static readonly string[] Places =
    [
        "Ashcombe", "Brackenford", "Calder Rise", "Dunmere", "Elmstead Vale", "Fernleigh", "Greystoke Lane", "Hollins Park",
        "Kingsmere", "Larkfield", "Meadowbank", "Northgate", "Oakridge", "Pennywell", "Queensbury Road", "Rushden Green",
        "Saltmarsh", "Thornby", "Upton Lea", "Willowbrook",
    ];

    public static readonly string[] PracticeFormats =
    [
        "{0} Medical Centre", "{0} Surgery", "{0} Health Centre", "The {0} Practice", "{0} Family Practice", "{0} Group Practice",
    ];

    /// <summary>Voluntary, community and social enterprise partners: {0} is a place, {1} the area.</summary>
    public static readonly string[] PartnerFormats =
    [
        "{0} Befriending Network", "{1} Walking for Wellbeing", "{0} Community Food Bank", "{1} Money and Debt Advice",
        "{0} Men's Shed", "{1} Carers' Centre", "{0} Community Garden", "Age Well {1}", "{1} Talking Space",
        "{0} Arts on Prescription", "{1} Housing Advice Line", "{0} Warm Welcome Space", "{1} Bereavement Support",
        "{0} Couch to 5K Club", "{1} Employment and Skills Hub", "{0} Knit and Natter", "{1} Digital Inclusion Project",
        "{0} Community Choir", "{1} Welfare Rights Service", "{0} Allotment Society", "{1} Refugee and Migrant Forum",
        "{0} Tai Chi for Health", "{1} Fuel Poverty Advice", "{0} Dementia Café", "{1} Recovery Community",
        "{0} Swim and Social", "{1} Volunteer Centre", "{0} Cook and Eat Club", "{1} Domestic Abuse Support",
        "{0} Library Reading Group",
    ];

    /// <summary>Staff names, as varied as a team in an English town (Bogus's own en_GB names are mostly American).</summary>
    public static readonly string[] FirstNames =
    [
        "Amelia", "Oliver", "Priya", "Mohammed", "Aisha", "Tomasz", "Grace", "Kwame", "Siobhan", "Rhys", "Fatima", "Daniel",
        "Chloe", "Ravi", "Hannah", "Joseph", "Zainab", "Liam", "Megan", "Arjun", "Sophie", "Callum", "Amara", "Ewan",
        "Bethany", "Imran", "Niamh", "Marcus", "Leah", "Sanjay", "Eleanor", "Kofi", "Ruth", "Adam", "Yasmin", "Owen",
    ];

    public static readonly string[] LastNames =
    [
        "Patel", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Khan", "Ahmed", "Evans", "Thomas", "Roberts",
        "Walker", "Wright", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke", "Jackson", "Begum", "Hussain", "Singh",
        "Kaur", "Mensah", "Okafor", "Nowak", "O'Brien", "Murphy", "Campbell", "Stewart", "Morgan", "Lewis", "Price", "Bennett",
    ];

    /// <summary>Weighted caseload units: full-time, part-time and newer link workers differ.</summary>
    public static readonly decimal[] LinkWorkerCapacities = [25m, 27.5m, 30m, 30m, 32.5m, 35m];

    /// <summary>Senior link workers supervise, so they hold smaller caseloads.</summary>
    public static readonly decimal[] SeniorCapacities = [12m, 15m, 20m];

    /// <summary>Languages other than English, by link worker position (team by team, senior first).</summary>
    public static readonly string[][] WorkerLanguages =
    [
        ["Urdu", "Punjabi"], ["Polish"], [], ["Bengali"],
        [], ["Somali", "Arabic"], ["Urdu"], ["Polish", "Russian"],
    ];
}
