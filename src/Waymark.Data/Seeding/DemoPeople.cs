using System.Globalization;
using Bogus;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Person = Waymark.Domain.People.Person;

namespace Waymark.Data.Seeding;

/// <summary>A practice the demo people are registered at, with the town and postcode district around it.</summary>
internal sealed record DemoPractice(Organisation Practice, string Town, string District, int ImdDecile);

/// <summary>
/// Makes demo people through <see cref="Person.Register"/> and its Change methods. NHS numbers are in the 999 test
/// range with a valid check digit; phone numbers are in Ofcom's ranges for drama; postcodes are in the made-up WM
/// area, and LSOA codes past the last real one, so nothing here belongs to anyone.
/// </summary>
internal sealed class DemoPeople(Faker faker, DateOnly today)
{
    private static readonly int[] AgeBands = [18, 30, 45, 60, 75, 95];
    private static readonly float[] AgeBandWeights = [0.10f, 0.15f, 0.22f, 0.28f, 0.25f];

    private static readonly LongTermCondition[] CommonConditions =
    [
        LongTermCondition.Hypertension, LongTermCondition.Hypertension, LongTermCondition.Type2Diabetes, LongTermCondition.Type2Diabetes,
        LongTermCondition.Asthma, LongTermCondition.Copd, LongTermCondition.Osteoarthritis, LongTermCondition.Depression,
        LongTermCondition.Depression, LongTermCondition.Anxiety, LongTermCondition.Anxiety, LongTermCondition.CoronaryHeartDisease,
        LongTermCondition.HeartFailure, LongTermCondition.AtrialFibrillation, LongTermCondition.ChronicPain, LongTermCondition.Obesity,
        LongTermCondition.Stroke, LongTermCondition.ChronicKidneyDisease, LongTermCondition.Cancer, LongTermCondition.Epilepsy,
        LongTermCondition.Osteoporosis, LongTermCondition.Type1Diabetes, LongTermCondition.RheumatoidArthritis,
        LongTermCondition.ParkinsonsDisease, LongTermCondition.MultipleSclerosis, LongTermCondition.Dementia,
    ];

    private static readonly (RiskFlag Flag, string Note)[] Risks =
    [
        (RiskFlag.LoneWorkingCaution, "Large dog at the property. Do not visit alone; meet at the practice."),
        (RiskFlag.DomesticAbuse, "Partner may be at home. Call only on her mobile and check it is safe to talk."),
        (RiskFlag.RiskToSelf, "Thoughts of self-harm in the past. Follow the safety plan agreed with the GP if low."),
        (RiskFlag.SelfNeglect, "House in poor condition and not eating well. GP and adult social care aware."),
        (RiskFlag.AdultSafeguardingConcern, "Safeguarding referral made by the practice; a social worker is allocated."),
    ];

    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["Margaret"] = "Maggie",
        ["Patricia"] = "Pat",
        ["Susan"] = "Sue",
        ["Christine"] = "Chris",
        ["Michael"] = "Mick",
        ["Andrew"] = "Andy",
        ["Stephen"] = "Steve",
        ["Dorothy"] = "Dot",
        ["Valerie"] = "Val",
        ["Deborah"] = "Debbie",
        ["Katarzyna"] = "Kasia",
        ["Małgorzata"] = "Gosia",
        ["Krzysztof"] = "Chris",
        ["Abdirahman"] = "Abdi",
    };

    private readonly HashSet<string> _nhsNumbers = [];

    /// <summary>
    /// A new person registered at <paramref name="home"/>. <paramref name="age"/> fixes their age; a
    /// <paramref name="condition"/> is added to their long-term conditions (a programme that needs one).
    /// </summary>
    public Person Create(DemoPractice home, DateTimeOffset createdAt, bool withNhsNumber, int? age = null, LongTermCondition? condition = null)
    {
        var community = faker.Random.WeightedRandom(DemoCommunity.All, [.. DemoCommunity.All.Select(c => c.Weight / 100f)]);
        var sex = faker.Random.WeightedRandom([Sex.Female, Sex.Male, Sex.NotKnown], [0.56f, 0.43f, 0.01f]);
        var given = faker.PickRandom(sex == Sex.Male ? community.Men : community.Women);
        var family = faker.PickRandom(community.FamilyNames);
        var years = age ?? AgeBetween(faker.Random.WeightedRandom([0, 1, 2, 3, 4], AgeBandWeights));
        var birth = today.AddYears(-years).AddDays(-faker.Random.Number(0, 364));
        var preferred = ShortNames.TryGetValue(given, out var shortName) && faker.Random.Bool(0.4f) ? shortName : null;

        var person = Person.Register(withNhsNumber ? NextNhsNumber() : null, given, family, preferred, birth, today, createdAt);
        person.ChangeDemographics(sex, faker.Random.Bool(0.01f) ? "Non-binary" : null, faker.PickRandom(community.Ethnicities));
        person.ChangeRegisteredPractice(home.Practice.Id);
        person.ChangeAddress(
            $"{faker.Random.Number(1, 180)} {faker.PickRandom(DemoContent.Streets)}", null, home.Town,
            $"{home.District} {faker.Random.Number(1, 9)}{faker.Random.String2(2, "ABDEFGHJLNPQRSTUWXYZ")}");
        person.ChangeArea($"E0199{faker.Random.Number(0, 9999):D4}", Math.Clamp(home.ImdDecile + faker.Random.Number(-1, 1), 1, 10));
        var digital = Digital(years);
        person.ChangeContactDetails(Phone(years), digital == DigitalAccess.Internet && faker.Random.Bool(0.5f) ? Email(given, family) : null);
        person.ChangeLongTermConditions([.. Conditions(years), .. condition is { } c ? [c] : Array.Empty<LongTermCondition>()]);
        if (faker.Random.Bool(0.12f))
        {
            person.ChangeCaring(true, faker.PickRandom(DemoContent.CaringNotes));
        }

        if (faker.Random.Bool(0.05f))
        {
            var (flag, note) = faker.PickRandom(Risks);
            person.ChangeRisks([flag], note);
        }

        person.ChangeCommunicationNeeds(Needs(community, years, digital));
        return person;
    }

    private int AgeBetween(int band) => faker.Random.Number(AgeBands[band], AgeBands[band + 1] - 1);

    /// <summary>999 then six digits then the check digit; numbers whose check value is 10 were never issued, so skipped.</summary>
    private string NextNhsNumber()
    {
        while (true)
        {
            var nine = "999" + faker.Random.Number(0, 999_999).ToString("D6", CultureInfo.InvariantCulture);
            var check = NhsNumber.CheckValue(nine);
            if (check != 10 && _nhsNumbers.Add(nine))
            {
                return nine + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private DigitalAccess Digital(int age) => faker.Random.WeightedRandom(
        [DigitalAccess.None, DigitalAccess.PhoneOnly, DigitalAccess.Smartphone, DigitalAccess.Internet],
        age >= 75 ? [0.3f, 0.35f, 0.25f, 0.1f] : age >= 60 ? [0.1f, 0.25f, 0.4f, 0.25f] : [0.03f, 0.07f, 0.55f, 0.35f]);

    private string Phone(int age) => age >= 70 && faker.Random.Bool(0.5f)
        ? $"01632 960{faker.Random.Number(0, 999):D3}"
        : $"07700 900{faker.Random.Number(0, 999):D3}";

    private string Email(string given, string family) =>
        $"{Letters(given)}.{Letters(family)}{faker.Random.Number(1, 99)}@example.com";

    private static string Letters(string value) => new([.. value.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);

    private List<LongTermCondition> Conditions(int age)
    {
        var count = faker.Random.WeightedRandom([0, 1, 2, 3],
            age >= 65 ? [0.25f, 0.35f, 0.25f, 0.15f] : age >= 45 ? [0.5f, 0.3f, 0.15f, 0.05f] : [0.75f, 0.2f, 0.05f, 0f]);
        var pool = age >= 70 ? CommonConditions : CommonConditions.Where(c => c != LongTermCondition.Dementia).ToArray();
        return [.. faker.Random.ListItems(pool, count)];
    }

    private CommunicationNeeds Needs(DemoCommunity community, int age, DigitalAccess digital)
    {
        var language = community.Languages.Length > 0 ? faker.PickRandom(community.Languages) : null;
        var interpreter = language is not null && faker.Random.Bool((float)community.InterpreterShare * (age >= 60 ? 1.5f : 0.7f));
        if (!interpreter && faker.Random.Bool(0.6f))
        {
            language = null;
        }

        var easyRead = faker.Random.Bool(0.04f);
        var largePrint = age >= 70 && faker.Random.Bool(0.15f);
        var hearing = age >= 70 && faker.Random.Bool(0.15f) ? HearingNeeds.HearingAid : faker.Random.Bool(0.005f) ? HearingNeeds.BritishSignLanguageInterpreter : HearingNeeds.None;
        var sight = largePrint && faker.Random.Bool(0.3f) ? SightNeeds.PartiallySighted : SightNeeds.None;
        ContactMode[] modes = digital switch
        {
            DigitalAccess.None => faker.Random.Bool() ? [ContactMode.Phone, ContactMode.Letter] : [ContactMode.HomeVisit, ContactMode.Phone],
            DigitalAccess.PhoneOnly => [ContactMode.Phone, ContactMode.Text],
            DigitalAccess.Smartphone => faker.Random.Bool() ? [ContactMode.Phone, ContactMode.Text] : [ContactMode.Text, ContactMode.Phone],
            _ => faker.Random.Bool() ? [ContactMode.Phone, ContactMode.Email] : [ContactMode.Phone, ContactMode.Video],
        };
        var times = faker.Random.Bool(0.3f) ? faker.PickRandom(DemoContent.PreferredTimes) : null;
        return CommunicationNeeds.Create(language, interpreter, modes, times, canReadEnglishLetters: !interpreter && !(easyRead && faker.Random.Bool()),
            easyRead, largePrint, hearing, sight, digital);
    }
}
