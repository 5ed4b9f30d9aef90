namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// Where an onward referral stands: the FHIR R4 <c>Task.status</c> values that the HL7 Gravity SDOH Clinical Care
/// closed-loop referral uses (a subset of the code system; received, ready and entered-in-error are not used).
/// <code>
/// Draft ──send──▶ Requested ──▶ Accepted | Rejected
/// Accepted ──▶ InProgress | OnHold | Completed | Failed | Cancelled
/// InProgress ⇄ OnHold;  InProgress | OnHold ──▶ Completed | Failed | Cancelled
/// Draft | Requested ──▶ Cancelled (link worker)
/// </code>
/// </summary>
public enum OnwardReferralStatus
{
    Draft = 1,
    Requested = 2,
    Accepted = 3,
    Rejected = 4,
    InProgress = 5,
    OnHold = 6,
    Completed = 7,
    Failed = 8,
    Cancelled = 9,
}

public static class OnwardReferralStatuses
{
    /// <summary>
    /// Sent and not yet ended: the person is waiting for or getting the service, so their plan depends on it (the
    /// on-hold rule and caseload flags look at these). A draft has not been sent, so nothing depends on it yet.
    /// </summary>
    public static bool IsActive(this OnwardReferralStatus status) =>
        status is OnwardReferralStatus.Requested or OnwardReferralStatus.Accepted or OnwardReferralStatus.InProgress
            or OnwardReferralStatus.OnHold;

    /// <summary>An ended referral is history: nothing more happens to it.</summary>
    public static bool IsEnded(this OnwardReferralStatus status) =>
        status is OnwardReferralStatus.Rejected or OnwardReferralStatus.Completed or OnwardReferralStatus.Failed
            or OnwardReferralStatus.Cancelled;

    /// <summary>The FHIR R4 <c>Task.status</c> code (http://hl7.org/fhir/task-status) for the later FHIR surface.</summary>
    public static string ToFhirCode(this OnwardReferralStatus status) => status switch
    {
        OnwardReferralStatus.Draft => "draft",
        OnwardReferralStatus.Requested => "requested",
        OnwardReferralStatus.Accepted => "accepted",
        OnwardReferralStatus.Rejected => "rejected",
        OnwardReferralStatus.InProgress => "in-progress",
        OnwardReferralStatus.OnHold => "on-hold",
        OnwardReferralStatus.Completed => "completed",
        OnwardReferralStatus.Failed => "failed",
        OnwardReferralStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an onward referral status"),
    };

    /// <summary>The status in plain words, for messages a link worker or partner reads.</summary>
    public static string Describe(this OnwardReferralStatus status) => status switch
    {
        OnwardReferralStatus.Draft => "a draft",
        OnwardReferralStatus.Requested => "requested and waiting for an answer",
        OnwardReferralStatus.Accepted => "accepted",
        OnwardReferralStatus.Rejected => "rejected",
        OnwardReferralStatus.InProgress => "in progress",
        OnwardReferralStatus.OnHold => "on hold",
        OnwardReferralStatus.Completed => "completed",
        OnwardReferralStatus.Failed => "failed",
        OnwardReferralStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };
}
