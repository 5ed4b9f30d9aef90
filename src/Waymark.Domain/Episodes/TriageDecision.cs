namespace Waymark.Domain.Episodes;

/// <summary>What triage decided about a referral.</summary>
public enum TriageOutcome
{
    Accepted = 1,
    Declined = 2,
    Redirected = 3,
    PersonDeclined = 4,
}

/// <summary>
/// The triage record: the outcome, who decided and when, and the details that go with the outcome (priority for
/// an accepted person, the decline reason, the service redirected to). <see cref="Reason"/> is the senior link
/// worker's explanation, which the referrer sees in their own list.
/// </summary>
public sealed record TriageDecision(
    TriageOutcome Outcome,
    Guid By,
    DateTimeOffset At,
    string? Reason,
    Priority? Priority = null,
    DeclineReason? DeclineReason = null,
    string? RedirectedTo = null);
