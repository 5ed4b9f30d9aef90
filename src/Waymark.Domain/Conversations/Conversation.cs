using Waymark.Domain.Common;

namespace Waymark.Domain.Conversations;

/// <summary>
/// A "what matters to me" conversation: the person's words and their own ratings of areas of their life. It starts
/// where the person chooses. A conversation with neither what matters nor a single rating records nothing, so it
/// is refused.
/// </summary>
public sealed class Conversation : Entity
{
    public const int WordsMaxLength = 4000;

    /// <summary>Clocks on phones and laptops drift; a conversation a few minutes "ahead" is still allowed.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    private readonly List<LifeDomainRating> _ratings = [];

    private Conversation()
    {
    }

    public Guid EpisodeId { get; private init; }

    public DateTimeOffset At { get; private init; }

    public string? WhatMatters { get; private init; }

    public string? StrengthsAndWhatIsGoingWell { get; private init; }

    public string? WhatTheyWouldLikeToBeDifferent { get; private init; }

    /// <summary>The area of life the person chose to talk about first, if they chose one.</summary>
    public LifeDomain? StartingDomain { get; private init; }

    /// <summary>At most one rating per area, in the order of <see cref="LifeDomain"/>.</summary>
    public IReadOnlyList<LifeDomainRating> Ratings => _ratings;

    public Guid RecordedBy { get; private init; }

    public DateTimeOffset RecordedAt { get; private init; }

    public static Conversation Record(
        Guid episodeId, DateTimeOffset at, ConversationWords words, IEnumerable<LifeDomainRating> ratings,
        LifeDomain? startingDomain, Guid recordedBy, DateTimeOffset now)
    {
        if (episodeId == Guid.Empty)
        {
            throw new DomainException("A conversation must belong to an episode", nameof(EpisodeId));
        }

        if (recordedBy == Guid.Empty)
        {
            throw new DomainException("A conversation must say who recorded it", nameof(RecordedBy));
        }

        if (at > now + FutureTolerance)
        {
            throw new DomainException("The conversation date and time cannot be in the future", nameof(At));
        }

        if (startingDomain is { } start && !Enum.IsDefined(start))
        {
            throw new DomainException("Choose where the person wanted to start from the list", nameof(StartingDomain));
        }

        var ratingList = ratings.ToList();
        if (ratingList.DistinctBy(r => r.Domain).Count() < ratingList.Count)
        {
            throw new DomainException("Rate each area of life only once", nameof(Ratings));
        }

        var conversation = new Conversation
        {
            EpisodeId = episodeId,
            At = at,
            WhatMatters = Text.Optional(words.WhatMatters, nameof(WhatMatters), "what matters to the person", WordsMaxLength),
            StrengthsAndWhatIsGoingWell = Text.Optional(
                words.StrengthsAndWhatIsGoingWell, nameof(StrengthsAndWhatIsGoingWell), "strengths and what is going well", WordsMaxLength),
            WhatTheyWouldLikeToBeDifferent = Text.Optional(
                words.WhatTheyWouldLikeToBeDifferent, nameof(WhatTheyWouldLikeToBeDifferent), "what they would like to be different", WordsMaxLength),
            StartingDomain = startingDomain,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };

        if (conversation.WhatMatters is null && ratingList.Count == 0)
        {
            throw new DomainException("Enter what matters to the person, or at least one rating", nameof(WhatMatters));
        }

        conversation._ratings.AddRange(ratingList.OrderBy(r => r.Domain));
        return conversation;
    }

    public LifeDomainRating? RatingFor(LifeDomain domain) => _ratings.FirstOrDefault(r => r.Domain == domain);
}
