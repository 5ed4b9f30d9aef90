using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Referrals;

namespace Waymark.Domain.Matching;

/// <summary>
/// What matching knows about the person: what they need, the goals they set in their own words, and the
/// circumstances that decide which services could work for them. Built from the record; never stored.
/// </summary>
public sealed record MatchingPerson
{
    public IReadOnlyCollection<NeedCategory> Needs { get; init; } = [];

    /// <summary>Each open goal's words, as the person said them.</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];

    public int? Age { get; init; }

    public DigitalAccess DigitalAccess { get; init; } = DigitalAccess.Internet;

    public bool CanReadEnglish { get; init; } = true;

    /// <summary>The person's preferred language when it is not English: an ISO 639 code or a name.</summary>
    public string? Language { get; init; }

    public bool NeedsInterpreter { get; init; }

    public TravelNeeds Travel { get; init; }

    /// <summary>Whether getting somewhere far is harder than for most people.</summary>
    public bool FindsTravelHard => (Travel & (TravelNeeds.NoTransport | TravelNeeds.LimitedMobility)) != 0;

    public static MatchingPerson For(Person person, IEnumerable<NeedCategory> needs, IEnumerable<Goal> goals, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(person);
        var communication = person.CommunicationNeeds;
        var language = communication.PreferredLanguage;
        return new MatchingPerson
        {
            Needs = [.. needs.Distinct()],
            Goals = [.. goals.Where(g => g.IsOpen).Select(g => g.InTheirWords)],
            Age = person.AgeOn(today),
            DigitalAccess = communication.DigitalAccess,
            CanReadEnglish = communication.CanReadEnglishLetters,
            Language = IsEnglish(language) ? null : language,
            NeedsInterpreter = communication.NeedsInterpreter,
            Travel = person.Travel,
        };
    }

    private static bool IsEnglish(string? language) =>
        string.IsNullOrWhiteSpace(language)
        || language.Trim().Equals("en", StringComparison.OrdinalIgnoreCase)
        || language.Trim().Equals("English", StringComparison.OrdinalIgnoreCase);
}
