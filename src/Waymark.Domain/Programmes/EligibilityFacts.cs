using Waymark.Domain.People;

namespace Waymark.Domain.Programmes;

/// <summary>What eligibility looks at about a person; any fact may be unknown (null) at referral.</summary>
public sealed record EligibilityFacts(int? Age, IReadOnlyCollection<LongTermCondition> Conditions, Guid? PracticeId, string? Postcode);
