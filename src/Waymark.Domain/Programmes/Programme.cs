using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.People;

namespace Waymark.Domain.Programmes;

/// <summary>
/// What a team offers and to whom: eligibility (age range, qualifying conditions, practices, areas), how often
/// people are contacted, when silence becomes "no contact", the lost-contact rule and the review schedule.
/// </summary>
public sealed class Programme : Entity
{
    public const int NameMaxLength = 120;
    public const int AreaMaxLength = 4;

    /// <summary>The most questionnaires a programme can ask at each review: each one takes a person's time.</summary>
    public const int MaxMeasures = 6;

    private readonly List<LongTermCondition> _qualifyingConditions = [];
    private readonly List<Guid> _practiceIds = [];
    private readonly List<string> _areas = [];
    private readonly List<string> _measureUrls = [BuiltInQuestionnaires.Ons4Url, BuiltInQuestionnaires.Ucla3Url];

    private Programme()
    {
        Name = string.Empty;
        LostContact = LostContactRule.Default;
    }

    public Guid TeamId { get; private init; }

    public string Name { get; private set; }

    public int? MinAge { get; private set; }

    public int? MaxAge { get; private set; }

    /// <summary>Long-term conditions, any one of which qualifies a person; empty means no condition is needed.</summary>
    public IReadOnlyCollection<LongTermCondition> QualifyingConditions => _qualifyingConditions;

    /// <summary>The GP practices this programme takes people from; empty means all the team's practices.</summary>
    public IReadOnlyCollection<Guid> PracticeIds => _practiceIds;

    /// <summary>Postcode districts (e.g. "LS6") the person must live in; empty means anywhere.</summary>
    public IReadOnlyCollection<string> Areas => _areas;

    public int DefaultContactFrequencyDays { get; private set; } = 14;

    public int NoContactThresholdDays { get; private set; } = 28;

    public LostContactRule LostContact { get; private set; }

    /// <summary>Weeks between plan reviews and between measure reviews (<see cref="MeasureSchedule"/>).</summary>
    public int ReviewWeeks { get; private set; } = 12;

    /// <summary>
    /// The questionnaires (canonical urls) asked at the baseline, each review and discharge; ONS4 and UCLA-3 unless
    /// the programme chooses otherwise. Empty means the programme asks none.
    /// </summary>
    public IReadOnlyCollection<string> MeasureUrls => _measureUrls;

    /// <summary>Whether the measures are asked again when discharge is being prepared.</summary>
    public bool AskMeasuresAtDischarge { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; private init; }

    public static Programme Create(Guid teamId, string? name, DateTimeOffset now)
    {
        if (teamId == Guid.Empty)
        {
            throw new DomainException("A programme must belong to a team", nameof(TeamId));
        }

        return new Programme { TeamId = teamId, Name = ValidName(name), CreatedAt = now };
    }

    public void Rename(string? name) => Name = ValidName(name);

    public void SetAgeRange(int? minAge, int? maxAge)
    {
        if (minAge is < 0 or > 120 || maxAge is < 0 or > 120)
        {
            throw new DomainException("Ages must be between 0 and 120", minAge is < 0 or > 120 ? nameof(MinAge) : nameof(MaxAge));
        }

        if (minAge > maxAge)
        {
            throw new DomainException("The minimum age must not be more than the maximum age", nameof(MinAge));
        }

        (MinAge, MaxAge) = (minAge, maxAge);
    }

    public void SetQualifyingConditions(IEnumerable<LongTermCondition> conditions)
    {
        var wanted = conditions.Distinct().ToList();
        if (wanted.Any(c => !Enum.IsDefined(c) || c == LongTermCondition.Other))
        {
            throw new DomainException("Select qualifying conditions from the list", nameof(QualifyingConditions));
        }

        _qualifyingConditions.Clear();
        _qualifyingConditions.AddRange(wanted);
    }

    public void CoverPractices(IEnumerable<Guid> practiceIds)
    {
        var ids = practiceIds.Distinct().ToList();
        if (ids.Contains(Guid.Empty))
        {
            throw new DomainException("Choose practices from the list", nameof(PracticeIds));
        }

        _practiceIds.Clear();
        _practiceIds.AddRange(ids);
    }

    public void SetAreas(IEnumerable<string?> postcodeDistricts)
    {
        var cleaned = postcodeDistricts.Select(Postcodes.District).Distinct().ToList();
        _areas.Clear();
        _areas.AddRange(cleaned);
    }

    public void SetContactDefaults(int frequencyDays, int noContactThresholdDays)
    {
        DefaultContactFrequencyDays = frequencyDays is >= 1 and <= 365
            ? frequencyDays
            : throw new DomainException("Contact frequency must be between 1 and 365 days", nameof(DefaultContactFrequencyDays));
        NoContactThresholdDays = noContactThresholdDays is >= 1 and <= 365
            ? noContactThresholdDays
            : throw new DomainException("The no-contact alert must be between 1 and 365 days", nameof(NoContactThresholdDays));
    }

    public void SetLostContactRule(LostContactRule rule) => LostContact = rule;

    public void SetReviewWeeks(int weeks) => ReviewWeeks = weeks is >= 1 and <= 104
        ? weeks
        : throw new DomainException("Reviews must be every 1 to 104 weeks", nameof(ReviewWeeks));

    /// <summary>
    /// Chooses the questionnaires the programme asks (canonical urls, in the order given, duplicates dropped). The
    /// caller checks that each is an active questionnaire in the catalogue.
    /// </summary>
    public void SetMeasures(IEnumerable<string?> questionnaireUrls, bool askAtDischarge)
    {
        var urls = questionnaireUrls.Select(u => u?.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (urls.Any(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new DomainException("Choose questionnaires from the list", nameof(MeasureUrls));
        }

        if (urls.Count > MaxMeasures)
        {
            throw new DomainException($"Choose at most {MaxMeasures} questionnaires: each one takes the person's time at every review", nameof(MeasureUrls));
        }

        _measureUrls.Clear();
        _measureUrls.AddRange(urls!);
        AskMeasuresAtDischarge = askAtDischarge;
    }

    private static string ValidName(string? name) => Text.Required(name, nameof(Name), "the programme name", NameMaxLength);
}
