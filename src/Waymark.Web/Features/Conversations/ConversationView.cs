using Waymark.Domain.Conversations;

namespace Waymark.Web.Features.Conversations;

public sealed record RatingView(LifeDomain Domain, int Score, string? Notes)
{
    public static RatingView From(LifeDomainRating rating) => new(rating.Domain, rating.Score, rating.Notes);
}

/// <summary>A "what matters to me" conversation as pages and the API show it.</summary>
public sealed record ConversationView(
    Guid Id,
    DateTimeOffset At,
    string? WhatMatters,
    string? StrengthsAndWhatIsGoingWell,
    string? WhatTheyWouldLikeToBeDifferent,
    LifeDomain? StartingDomain,
    IReadOnlyList<RatingView> Ratings,
    Guid RecordedBy,
    string? RecordedByName,
    DateTimeOffset RecordedAt)
{
    public static ConversationView From(Conversation conversation, string? recordedByName) => new(
        conversation.Id, conversation.At, conversation.WhatMatters, conversation.StrengthsAndWhatIsGoingWell,
        conversation.WhatTheyWouldLikeToBeDifferent, conversation.StartingDomain, [.. conversation.Ratings.Select(RatingView.From)],
        conversation.RecordedBy, recordedByName, conversation.RecordedAt);

    public RatingView? RatingFor(LifeDomain domain) => Ratings.FirstOrDefault(r => r.Domain == domain);
}
