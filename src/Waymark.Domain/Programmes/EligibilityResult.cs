namespace Waymark.Domain.Programmes;

/// <summary>Which eligibility rule a reason is about.</summary>
public enum EligibilityRule
{
    Age = 1,
    Condition = 2,
    Practice = 3,
    Area = 4,
}

/// <summary>One rule's verdict in plain words, so triage can show why, not just whether.</summary>
public sealed record EligibilityReason(EligibilityRule Rule, bool IsMet, string Explanation);

/// <summary>Eligible only when every rule the programme sets is met; the reasons list each rule either way.</summary>
public sealed record EligibilityResult(bool IsEligible, IReadOnlyList<EligibilityReason> Reasons);
