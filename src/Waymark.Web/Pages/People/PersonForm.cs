using System.Globalization;
using Waymark.Domain.Contacts;
using Waymark.Domain.People;
using Waymark.Web.Features.People;
using Waymark.Web.Features.Timeline;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.People;

/// <summary>
/// What the change-details form posts, and its fields. Property names match the fields the domain names in its
/// rules (Postcode, PreferredLanguage...), so each refusal appears by its field.
/// </summary>
public sealed class PersonForm
{
    public const string DateOfBirthError = "Enter the date of birth as day, month and year, like 17 5 1960";
    public const string ImdDecileError = "Enter the IMD decile as a whole number from 1 to 10";

    public string? NhsNumber { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? PreferredName { get; set; }

    public string? DateOfBirthDay { get; set; }

    public string? DateOfBirthMonth { get; set; }

    public string? DateOfBirthYear { get; set; }

    public Sex Sex { get; set; }

    public string? GenderIdentity { get; set; }

    public EthnicCategory? EthnicCategory { get; set; }

    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? LsoaCode { get; set; }

    public string? ImdDecile { get; set; }

    public Guid? RegisteredPracticeId { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public List<LongTermCondition> LongTermConditions { get; set; } = [];

    public bool IsCarer { get; set; }

    public List<TravelNeeds> Travel { get; set; } = [];

    public string? CaringNote { get; set; }

    public List<RiskFlag> RiskFlags { get; set; } = [];

    public string? RiskNote { get; set; }

    public string? PreferredLanguage { get; set; }

    public bool NeedsInterpreter { get; set; }

    public List<ContactMode> PreferredContactModes { get; set; } = [];

    public string? PreferredTimes { get; set; }

    public bool CanReadEnglishLetters { get; set; } = true;

    /// <summary>"EasyRead" and "LargePrint" when ticked.</summary>
    public List<string> LetterFormats { get; set; } = [];

    public List<HearingNeeds> Hearing { get; set; } = [];

    public List<SightNeeds> Sight { get; set; } = [];

    public DigitalAccess DigitalAccess { get; set; } = DigitalAccess.Internet;

    public static PersonForm From(PersonView person) => new()
    {
        NhsNumber = person.NhsNumber is null ? null : RecordDisplay.NhsNumber(person.NhsNumber),
        GivenName = person.GivenName,
        FamilyName = person.FamilyName,
        PreferredName = person.PreferredName,
        DateOfBirthDay = person.DateOfBirth.Day.ToString(CultureInfo.InvariantCulture),
        DateOfBirthMonth = person.DateOfBirth.Month.ToString(CultureInfo.InvariantCulture),
        DateOfBirthYear = person.DateOfBirth.Year.ToString(CultureInfo.InvariantCulture),
        Sex = person.Sex,
        GenderIdentity = person.GenderIdentity,
        EthnicCategory = person.EthnicCategory,
        Line1 = person.Address.Line1,
        Line2 = person.Address.Line2,
        Town = person.Address.Town,
        Postcode = person.Address.Postcode,
        LsoaCode = person.LsoaCode,
        ImdDecile = person.ImdDecile?.ToString(CultureInfo.InvariantCulture),
        RegisteredPracticeId = person.RegisteredPracticeId,
        Phone = person.Phone,
        Email = person.Email,
        LongTermConditions = [.. person.LongTermConditions],
        IsCarer = person.IsCarer,
        Travel = [.. RecordWords.Each(person.Travel)],
        CaringNote = person.CaringNote,
        RiskFlags = [.. person.RiskFlags],
        RiskNote = person.RiskNote,
        PreferredLanguage = person.CommunicationNeeds.PreferredLanguage,
        NeedsInterpreter = person.CommunicationNeeds.NeedsInterpreter,
        PreferredContactModes = [.. person.CommunicationNeeds.PreferredContactModes],
        PreferredTimes = person.CommunicationNeeds.PreferredTimes,
        CanReadEnglishLetters = person.CommunicationNeeds.CanReadEnglishLetters,
        LetterFormats = [.. new[] { person.CommunicationNeeds.NeedsEasyRead ? "EasyRead" : null, person.CommunicationNeeds.NeedsLargePrint ? "LargePrint" : null }.OfType<string>()],
        Hearing = [.. RecordWords.Each(person.CommunicationNeeds.Hearing)],
        Sight = [.. RecordWords.Each(person.CommunicationNeeds.Sight)],
        DigitalAccess = person.CommunicationNeeds.DigitalAccess,
    };

    /// <summary>The date of birth typed; null when a part is missing or it is not a real date.</summary>
    public DateOnly? ReadDateOfBirth() =>
        int.TryParse(DateOfBirthDay, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
        && int.TryParse(DateOfBirthMonth, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && int.TryParse(DateOfBirthYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Reads the IMD decile; blank means none. False when it is not a whole number.</summary>
    public bool TryReadImdDecile(out int? decile)
    {
        decile = null;
        if (string.IsNullOrWhiteSpace(ImdDecile))
        {
            return true;
        }

        var ok = int.TryParse(ImdDecile.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        decile = ok ? value : null;
        return ok;
    }

    public PersonDetailsInput ToInput(DateOnly? dateOfBirth, int? imdDecile) => new(
        NhsNumber, GivenName, FamilyName, PreferredName, dateOfBirth, Sex, GenderIdentity, EthnicCategory,
        Line1, Line2, Town, Postcode, LsoaCode, imdDecile, RegisteredPracticeId, Phone, Email,
        LongTermConditions, IsCarer, CaringNote, RiskFlags, RiskNote,
        PreferredLanguage, NeedsInterpreter, PreferredContactModes, PreferredTimes, CanReadEnglishLetters,
        LetterFormats.Contains("EasyRead"), LetterFormats.Contains("LargePrint"),
        Hearing.Aggregate(HearingNeeds.None, (all, need) => all | need),
        Sight.Aggregate(SightNeeds.None, (all, need) => all | need),
        DigitalAccess,
        Travel.Aggregate(TravelNeeds.None, (all, need) => all | need));

    private static readonly IReadOnlyList<Option> YesNo = [new("true", "Yes"), new("false", "No")];

    private static string Bool(bool value) => value ? "true" : "false";

    public InputField NhsNumberField(bool hasNumber) => new("Input.NhsNumber", "NHS number", NhsNumber)
    {
        Hint = hasNumber
            ? "Correct it only if it was recorded wrongly. It is 10 digits, like 943 476 5919."
            : "Add it if you now know it. It is 10 digits, like 943 476 5919. Leave it blank if it is still not known.",
        WidthClass = "nhsuk-input--width-10",
    };

    public InputField GivenNameField => new("Input.GivenName", "Given name", GivenName) { Autocomplete = "off" };

    public InputField FamilyNameField => new("Input.FamilyName", "Family name", FamilyName) { Autocomplete = "off" };

    public InputField PreferredNameField => new("Input.PreferredName", "Preferred name (optional)", PreferredName)
    {
        Hint = "What they like to be called, if it is not their given name",
    };

    public RadiosField SexField => new("Input.Sex", "Sex", Sex.ToString(),
        [.. new[] { Sex.Female, Sex.Male, Sex.Indeterminate, Sex.NotKnown }.Select(s => new Option(s.ToString(), s.Describe()))])
    {
        Hint = "As the person states it",
    };

    public InputField GenderIdentityField => new("Input.GenderIdentity", "Gender identity (optional)", GenderIdentity)
    {
        Hint = "In the person's own words, only if they choose to share it",
    };

    public SelectField EthnicCategoryField => new("Input.EthnicCategory", "Ethnic group (optional)", EthnicCategory?.ToString(),
        [.. Enum.GetValues<EthnicCategory>().Select(c => new Option(c.ToString(), c.DisplayName()))])
    {
        EmptyOption = "Not recorded",
    };

    public InputField Line1Field => new("Input.Line1", "Address line 1 (optional)", Line1) { Autocomplete = "off" };

    public InputField Line2Field => new("Input.Line2", "Address line 2 (optional)", Line2) { Autocomplete = "off" };

    public InputField TownField => new("Input.Town", "Town or city (optional)", Town) { WidthClass = "nhsuk-u-width-two-thirds" };

    public InputField PostcodeField => new("Input.Postcode", "Postcode (optional)", Postcode) { WidthClass = "nhsuk-input--width-10" };

    public InputField LsoaCodeField => new("Input.LsoaCode", "LSOA code (optional)", LsoaCode)
    {
        Hint = "The lower layer super output area, 9 characters, like E01000001",
        WidthClass = "nhsuk-input--width-10",
    };

    public InputField ImdDecileField => new("Input.ImdDecile", "IMD decile (optional)", ImdDecile)
    {
        Hint = "From 1 (most deprived tenth of areas) to 10 (least deprived)",
        WidthClass = "nhsuk-input--width-2",
    };

    public SelectField PracticeField(IReadOnlyList<Option> practices) =>
        new("Input.RegisteredPracticeId", "GP practice (optional)", RegisteredPracticeId?.ToString(), practices) { EmptyOption = "Not recorded" };

    public InputField PhoneField => new("Input.Phone", "Phone number (optional)", Phone)
    {
        Type = "tel",
        WidthClass = "nhsuk-input--width-20",
    };

    public InputField EmailField => new("Input.Email", "Email address (optional)", Email) { Type = "email" };

    public CheckboxesField LongTermConditionsField => new("Input.LongTermConditions", "Long-term conditions",
        [.. LongTermConditions.Select(c => c.ToString())],
        [.. Enum.GetValues<LongTermCondition>().Select(c => new Option(c.ToString(), c.DisplayName()))])
    {
        Hint = "Select all that apply",
    };

    public RadiosField IsCarerField => new("Input.IsCarer", "Does the person look after someone?", Bool(IsCarer), YesNo) { Inline = true };

    public TextareaField CaringNoteField => new("Input.CaringNote", "About their caring (optional)", CaringNote)
    {
        Rows = 4,
        Spellcheck = true,
        Hint = "Who they care for and what it involves",
    };

    public CheckboxesField RiskFlagsField => new("Input.RiskFlags", "Risks and safeguarding concerns",
        [.. RiskFlags.Select(f => f.ToString())],
        [.. Enum.GetValues<RiskFlag>().Select(f => new Option(f.ToString(), f.Describe()))])
    {
        Hint = "Select all that apply. These show prominently on the person's record.",
    };

    public TextareaField RiskNoteField => new("Input.RiskNote", "Details of the risks (optional)", RiskNote)
    {
        Rows = 4,
        Spellcheck = true,
        Hint = "What a link worker must know before contacting or visiting",
    };

    public InputField PreferredLanguageField => new("Input.PreferredLanguage", "Preferred language (optional)", PreferredLanguage)
    {
        Hint = "Leave blank for English",
        WidthClass = "nhsuk-u-width-one-half",
    };

    public RadiosField NeedsInterpreterField => new("Input.NeedsInterpreter", "Do they need an interpreter?", Bool(NeedsInterpreter), YesNo) { Inline = true };

    public CheckboxesField PreferredContactModesField => new("Input.PreferredContactModes", "Preferred ways to contact them",
        [.. PreferredContactModes.Select(m => m.ToString())],
        [.. Enum.GetValues<ContactMode>().Select(m => new Option(m.ToString(), m.Describe()))])
    {
        Hint = "Select all that apply",
    };

    public InputField PreferredTimesField => new("Input.PreferredTimes", "Best times to contact them (optional)", PreferredTimes)
    {
        Hint = "For example, weekday mornings, not after 4pm",
    };

    public RadiosField CanReadEnglishLettersField => new("Input.CanReadEnglishLetters", "Can they read letters in English?", Bool(CanReadEnglishLetters), YesNo) { Inline = true };

    public CheckboxesField LetterFormatsField => new("Input.LetterFormats", "Letter formats", LetterFormats,
        [new("EasyRead", "Easy read"), new("LargePrint", "Large print")])
    {
        Hint = "Select any they need",
    };

    public CheckboxesField HearingField => new("Input.Hearing", "Hearing needs", [.. Hearing.Select(h => h.ToString())],
        [.. Enum.GetValues<HearingNeeds>().Where(h => h != HearingNeeds.None).Select(h => new Option(h.ToString(), h.Describe()))])
    {
        Hint = "Select any that apply",
    };

    public CheckboxesField SightField => new("Input.Sight", "Sight needs", [.. Sight.Select(s => s.ToString())],
        [.. Enum.GetValues<SightNeeds>().Where(s => s != SightNeeds.None).Select(s => new Option(s.ToString(), s.Describe()))])
    {
        Hint = "Select any that apply",
    };

    public CheckboxesField TravelField => new("Input.Travel", "Getting about", [.. Travel.Select(t => t.ToString())],
        [.. Enum.GetValues<TravelNeeds>().Where(t => t != TravelNeeds.None).Select(t => new Option(t.ToString(), t.Describe()))])
    {
        Hint = "Select any that apply. Suggested services take account of them.",
    };

    public RadiosField DigitalAccessField => new("Input.DigitalAccess", "Digital access", DigitalAccess.ToString(),
        [.. Enum.GetValues<DigitalAccess>().Select(d => new Option(d.ToString(), d.Describe()))]);
}
