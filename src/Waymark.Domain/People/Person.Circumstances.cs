using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.People;

/// <summary>Demographics, where the person lives, how to reach them, their health and the risks to know about.</summary>
public sealed partial class Person
{
    public const int GenderIdentityMaxLength = 100;
    public const int CaringNoteMaxLength = 500;
    public const int RiskNoteMaxLength = 2000;

    private readonly List<LongTermCondition> _longTermConditions = [];
    private readonly List<RiskFlag> _riskFlags = [];

    public Sex Sex { get; private set; }

    /// <summary>In the person's own words; only recorded if they choose to share it.</summary>
    public string? GenderIdentity { get; private set; }

    public EthnicCategory? EthnicCategory { get; private set; }

    public PostalAddress Address { get; private set; } = PostalAddress.None;

    /// <summary>Lower layer super output area (England E01…, Wales W01…), for reporting on deprivation.</summary>
    public string? LsoaCode { get; private set; }

    /// <summary>Index of Multiple Deprivation decile: 1 is the most deprived tenth of areas, 10 the least.</summary>
    public int? ImdDecile { get; private set; }

    public Guid? RegisteredPracticeId { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public IReadOnlyCollection<LongTermCondition> LongTermConditions => _longTermConditions.AsReadOnly();

    public bool IsCarer { get; private set; }

    public string? CaringNote { get; private set; }

    public IReadOnlyCollection<RiskFlag> RiskFlags => _riskFlags.AsReadOnly();

    public string? RiskNote { get; private set; }

    public CommunicationNeeds CommunicationNeeds { get; private set; } = CommunicationNeeds.Default;

    /// <summary>What makes getting to places hard for the person; matching weighs distance and venues by it.</summary>
    public TravelNeeds Travel { get; private set; }

    public void ChangeDemographics(Sex sex, string? genderIdentity, EthnicCategory? ethnicCategory)
    {
        if (!Enum.IsDefined(sex))
        {
            throw new DomainException("Select the person's sex from the list", nameof(Sex));
        }

        if (ethnicCategory is { } category && !Enum.IsDefined(category))
        {
            throw new DomainException("Select the person's ethnic group from the list", nameof(EthnicCategory));
        }

        Sex = sex;
        GenderIdentity = Text.Optional(genderIdentity, nameof(GenderIdentity), "gender identity", GenderIdentityMaxLength);
        EthnicCategory = ethnicCategory;
    }

    public void ChangeAddress(string? line1, string? line2, string? town, string? postcode) =>
        Address = PostalAddress.Create(line1, line2, town, postcode);

    public void ChangeArea(string? lsoaCode, int? imdDecile)
    {
        var lsoa = lsoaCode?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(lsoa) && !LsoaPattern().IsMatch(lsoa))
        {
            throw new DomainException("Enter an LSOA code of 9 characters, like E01000001", nameof(LsoaCode));
        }

        if (imdDecile is < 1 or > 10)
        {
            throw new DomainException("IMD decile must be a number from 1 to 10", nameof(ImdDecile));
        }

        LsoaCode = string.IsNullOrEmpty(lsoa) ? null : lsoa;
        ImdDecile = imdDecile;
    }

    public void ChangeRegisteredPractice(Guid? practiceId)
    {
        if (practiceId == Guid.Empty)
        {
            throw new DomainException("Select the person's GP practice", nameof(RegisteredPracticeId));
        }

        RegisteredPracticeId = practiceId;
    }

    public void ChangeContactDetails(string? phone, string? email)
    {
        Phone = ContactDetails.Phone(phone, nameof(Phone));
        Email = ContactDetails.Email(email, nameof(Email));
    }

    /// <summary>
    /// Contact details given on a new referral for someone already on record. What the record lacks is filled in. A
    /// value that differs from the recorded one is not taken — the record's may have been checked with the person —
    /// but returned, so the referral can ask triage to check. The same number written with other spacing, or the same
    /// address in other capitals, is not a difference.
    /// </summary>
    public IReadOnlyList<ContactDifference> TakeContactDetailsFromReferral(string? phone, string? email)
    {
        var givenPhone = ContactDetails.Phone(phone, nameof(Phone));
        var givenEmail = ContactDetails.Email(email, nameof(Email));
        var differences = new List<ContactDifference>();
        if (givenPhone is not null)
        {
            if (Phone is null)
            {
                Phone = givenPhone;
            }
            else if (!ContactDetails.SamePhone(Phone, givenPhone))
            {
                differences.Add(new ContactDifference(nameof(Phone), givenPhone));
            }
        }

        if (givenEmail is not null)
        {
            if (Email is null)
            {
                Email = givenEmail;
            }
            else if (!ContactDetails.SameEmail(Email, givenEmail))
            {
                differences.Add(new ContactDifference(nameof(Email), givenEmail));
            }
        }

        return differences;
    }

    public void ChangeLongTermConditions(IEnumerable<LongTermCondition>? conditions)
    {
        var chosen = (conditions ?? []).Distinct().ToList();
        if (chosen.Any(condition => !Enum.IsDefined(condition)))
        {
            throw new DomainException("Select long-term conditions from the list", nameof(LongTermConditions));
        }

        _longTermConditions.Clear();
        _longTermConditions.AddRange(chosen.Order());
    }

    /// <summary>A note only makes sense for a carer, so it is cleared when the person is not one.</summary>
    public void ChangeCaring(bool isCarer, string? note)
    {
        IsCarer = isCarer;
        CaringNote = isCarer ? Text.Optional(note, nameof(CaringNote), "the caring note", CaringNoteMaxLength) : null;
    }

    public void ChangeRisks(IEnumerable<RiskFlag>? flags, string? note)
    {
        var chosen = (flags ?? []).Distinct().ToList();
        if (chosen.Any(flag => !Enum.IsDefined(flag)))
        {
            throw new DomainException("Select risks and safeguarding concerns from the list", nameof(RiskFlags));
        }

        RiskNote = Text.Optional(note, nameof(RiskNote), "the risk note", RiskNoteMaxLength);
        _riskFlags.Clear();
        _riskFlags.AddRange(chosen.Order());
    }

    public void ChangeCommunicationNeeds(CommunicationNeeds needs) =>
        CommunicationNeeds = needs ?? throw new ArgumentNullException(nameof(needs));

    public void ChangeTravelNeeds(TravelNeeds travel)
    {
        const TravelNeeds all = TravelNeeds.NoTransport | TravelNeeds.LimitedMobility | TravelNeeds.StepFreeAccess | TravelNeeds.Housebound;
        Travel = (travel & ~all) == TravelNeeds.None
            ? travel
            : throw new DomainException("Select what makes getting about hard from the list", nameof(Travel));
    }

    [GeneratedRegex("^[EW]01[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex LsoaPattern();
}
