using Waymark.Domain.Common;

namespace Waymark.Domain.Referrals;

/// <summary>
/// One need a referral names, with the referrer's (or the person's) own words. "Other" says nothing on its own, so
/// it needs words; the other categories may have them.
/// </summary>
public sealed record ReferralNeed
{
    public const int InTheirWordsMaxLength = 1000;

    private ReferralNeed(NeedCategory category, string? inTheirWords)
    {
        Category = category;
        InTheirWords = inTheirWords;
    }

    public NeedCategory Category { get; }

    public string? InTheirWords { get; }

    public static ReferralNeed Of(NeedCategory category, string? inTheirWords = null)
    {
        if (!Enum.IsDefined(category))
        {
            throw new DomainException("Choose a need from the list", "Needs");
        }

        return category == NeedCategory.Other
            ? new ReferralNeed(category, Text.Required(inTheirWords, "Needs", "what the other need is", InTheirWordsMaxLength))
            : new ReferralNeed(category, Text.Optional(inTheirWords, "Needs", "the words about the need", InTheirWordsMaxLength));
    }
}
