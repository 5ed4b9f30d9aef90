using Waymark.Domain.Common;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>Why a person's onward referral leaves them on hold, most serious first.</summary>
public enum OnHoldReason
{
    ServiceClosed = 1,
    ServicePaused = 2,
    ReferralOnHold = 3,
    LongWait = 4,
}

/// <summary>Whether the person is on hold because of one onward referral, and why in plain words.</summary>
public sealed record OnHoldAssessment(OnHoldReason? Reason, string? Explanation)
{
    public static readonly OnHoldAssessment NotOnHold = new(null, null);

    public bool IsOnHold => Reason is not null;
}

/// <summary>
/// "On hold" detection: the research finds people left waiting on services that paused, closed or have months-long
/// waits. A person is on hold when an active onward referral (requested, accepted, in progress or on hold) points
/// at a service that is closed or paused, when the organisation has put the referral itself on hold, or — while the
/// person has not yet started — when the service's waiting time is over the programme's threshold. Their link
/// worker's caseload flags them with alternatives. Drafts and ended referrals never hold anyone.
/// </summary>
public static class OnHoldRule
{
    /// <summary>A starting point until the programme sets its own threshold: six weeks.</summary>
    public const int DefaultThresholdDays = 42;

    /// <param name="status">The onward referral's status.</param>
    /// <param name="servicePaused">The service's operating status is Paused.</param>
    /// <param name="serviceClosed">The service's operating status is Closed.</param>
    /// <param name="waitingDays">The service's waiting time in days, when it publishes one.</param>
    /// <param name="thresholdDays">The programme's threshold: waits longer than this put the person on hold.</param>
    public static OnHoldAssessment Assess(
        OnwardReferralStatus status, bool servicePaused, bool serviceClosed, int? waitingDays, int thresholdDays)
    {
        if (thresholdDays < 0)
        {
            throw new DomainException("The waiting time threshold must be 0 days or more", "ThresholdDays");
        }

        if (!status.IsActive())
        {
            return OnHoldAssessment.NotOnHold;
        }

        if (serviceClosed)
        {
            return new(OnHoldReason.ServiceClosed, "The service has closed");
        }

        if (servicePaused)
        {
            return new(OnHoldReason.ServicePaused, "The service is paused");
        }

        if (status == OnwardReferralStatus.OnHold)
        {
            return new(OnHoldReason.ReferralOnHold, "The service has put this referral on hold");
        }

        // Once the person has started, the queue for new people no longer keeps them waiting.
        if (status is OnwardReferralStatus.Requested or OnwardReferralStatus.Accepted && waitingDays > thresholdDays)
        {
            return new(
                OnHoldReason.LongWait,
                $"The service's waiting time is {Days(waitingDays.Value)}, longer than the {Days(thresholdDays)} this programme allows");
        }

        return OnHoldAssessment.NotOnHold;
    }

    /// <summary>The same rule for a referral, given the facts of its service.</summary>
    public static OnHoldAssessment Assess(
        OnwardReferral referral, bool servicePaused, bool serviceClosed, int? waitingDays, int thresholdDays) =>
        Assess(referral.Status, servicePaused, serviceClosed, waitingDays, thresholdDays);

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
