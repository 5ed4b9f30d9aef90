using Waymark.Domain.Common;
using Waymark.Domain.Contacts;

namespace Waymark.Domain.People;

/// <summary>
/// How to communicate with the person so they can take part: their language, how and when to contact them, and
/// what they need to read and hear what we send. <see cref="Default"/> means nothing has been recorded yet.
/// </summary>
public sealed record CommunicationNeeds
{
    public const int LanguageMaxLength = 50;
    public const int PreferredTimesMaxLength = 200;

    public static readonly CommunicationNeeds Default = new();

    private CommunicationNeeds()
    {
    }

    /// <summary>An ISO 639 code ("pl") or a language name ("Polish"); empty means English.</summary>
    public string? PreferredLanguage { get; private init; }

    public bool NeedsInterpreter { get; private init; }

    /// <summary>Most preferred first, no repeats.</summary>
    public IReadOnlyList<ContactMode> PreferredContactModes { get; private init; } = [];

    public string? PreferredTimes { get; private init; }

    public bool CanReadEnglishLetters { get; private init; } = true;

    public bool NeedsEasyRead { get; private init; }

    public bool NeedsLargePrint { get; private init; }

    public HearingNeeds Hearing { get; private init; }

    public SightNeeds Sight { get; private init; }

    public DigitalAccess DigitalAccess { get; private init; } = DigitalAccess.Internet;

    public static CommunicationNeeds Create(
        string? preferredLanguage,
        bool needsInterpreter,
        IEnumerable<ContactMode>? preferredContactModes,
        string? preferredTimes,
        bool canReadEnglishLetters,
        bool needsEasyRead,
        bool needsLargePrint,
        HearingNeeds hearing,
        SightNeeds sight,
        DigitalAccess digitalAccess)
    {
        var language = Text.Optional(preferredLanguage, nameof(PreferredLanguage), "the preferred language", LanguageMaxLength);
        if (needsInterpreter && language is null)
        {
            throw new DomainException("Enter the language the person needs an interpreter for", nameof(PreferredLanguage));
        }

        var modes = (preferredContactModes ?? []).Distinct().ToList();
        if (modes.Any(mode => !Enum.IsDefined(mode)))
        {
            throw new DomainException("Select ways to contact the person from the list", nameof(PreferredContactModes));
        }

        if (!Enum.IsDefined(digitalAccess))
        {
            throw new DomainException("Select the person's digital access from the list", nameof(DigitalAccess));
        }

        if (!IsKnown(hearing) || !IsKnown(sight))
        {
            throw new DomainException("Select hearing and sight needs from the list", IsKnown(hearing) ? nameof(Sight) : nameof(Hearing));
        }

        return new CommunicationNeeds
        {
            PreferredLanguage = language,
            NeedsInterpreter = needsInterpreter,
            PreferredContactModes = modes,
            PreferredTimes = Text.Optional(preferredTimes, nameof(PreferredTimes), "preferred times", PreferredTimesMaxLength),
            CanReadEnglishLetters = canReadEnglishLetters,
            NeedsEasyRead = needsEasyRead,
            NeedsLargePrint = needsLargePrint,
            Hearing = hearing,
            Sight = sight,
            DigitalAccess = digitalAccess,
        };
    }

    // Records compare lists by reference; two sets of needs with the same preferences in the same order are equal.
    public bool Equals(CommunicationNeeds? other) =>
        other is not null
        && PreferredLanguage == other.PreferredLanguage
        && NeedsInterpreter == other.NeedsInterpreter
        && PreferredContactModes.SequenceEqual(other.PreferredContactModes)
        && PreferredTimes == other.PreferredTimes
        && CanReadEnglishLetters == other.CanReadEnglishLetters
        && NeedsEasyRead == other.NeedsEasyRead
        && NeedsLargePrint == other.NeedsLargePrint
        && Hearing == other.Hearing
        && Sight == other.Sight
        && DigitalAccess == other.DigitalAccess;

    public override int GetHashCode() =>
        HashCode.Combine(PreferredLanguage, NeedsInterpreter, PreferredContactModes.Count, PreferredTimes, Hearing, Sight, DigitalAccess);

    private static bool IsKnown<TFlags>(TFlags flags)
        where TFlags : struct, Enum
    {
        var all = Enum.GetValues<TFlags>().Aggregate(0, (sum, flag) => sum | Convert.ToInt32(flag, System.Globalization.CultureInfo.InvariantCulture));
        var value = Convert.ToInt32(flags, System.Globalization.CultureInfo.InvariantCulture);
        return (value & ~all) == 0;
    }
}
