using Waymark.Domain.Directory;

namespace Waymark.Domain.Matching;

/// <summary>What matching found: services that could work, best first, and relevant services left out, each with why.</summary>
public sealed record MatchResult(IReadOnlyList<ServiceSuggestion> Suggestions, IReadOnlyList<ServiceExclusion> Exclusions);

/// <summary>
/// A service suggested for the person. <see cref="Reasons"/> say why it fits; <see cref="Cautions"/> what to know
/// before referring (remote only for now, a long wait, not taking referrals); <see cref="UsableModes"/> the ways of
/// taking part that work for this person. <see cref="Score"/> only orders the list and is never shown as a grade.
/// </summary>
public sealed record ServiceSuggestion(
    MatchingService Service,
    int Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Cautions,
    DeliveryModes UsableModes);

/// <summary>A service that meets a need or goal of the person's but was left out, with every reason why.</summary>
public sealed record ServiceExclusion(MatchingService Service, IReadOnlyList<string> Reasons);
