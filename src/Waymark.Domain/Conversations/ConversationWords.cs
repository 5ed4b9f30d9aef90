namespace Waymark.Domain.Conversations;

/// <summary>What the person said, in their words: what matters, what is going well, what they would like to change.</summary>
public sealed record ConversationWords(string? WhatMatters, string? StrengthsAndWhatIsGoingWell = null, string? WhatTheyWouldLikeToBeDifferent = null);
