using Waymark.Domain.Common;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// The response deadline: a direct referral still requested — neither accepted nor rejected — once the agreed
/// number of working days after it was sent have passed is overdue for a response, and both sides are told.
/// </summary>
public sealed partial class OnwardReferral
{
    public const int DefaultResponseWorkingDays = 10;
    public const int MaxResponseWorkingDays = 60;

    /// <summary>The day it was sent, on the UK calendar (a referral sent at 00:30 BST belongs to that UK day).</summary>
    public DateOnly? SentOn => SentAt is { } at ? UkTime.Today(at) : null;

    /// <summary>
    /// The last working day the organisation has to answer: the <paramref name="workingDays"/>th working day after
    /// the day it was sent. Null for a referral not yet sent.
    /// </summary>
    public DateOnly? ResponseDueOn(int workingDays, IReadOnlySet<DateOnly> holidays)
    {
        if (workingDays is < 1 or > MaxResponseWorkingDays)
        {
            throw new DomainException($"The response time must be between 1 and {MaxResponseWorkingDays} working days", "ResponseWorkingDays");
        }

        return SentOn is { } sentOn ? WorkingDays.Add(sentOn, workingDays, holidays) : null;
    }

    /// <summary>
    /// A direct referral still waiting for an answer after its due day: on the due day itself it is not yet overdue.
    /// Signposts never are — nobody at the organisation is asked to answer them.
    /// </summary>
    public bool IsAwaitingResponseTooLong(DateOnly today, int workingDays, IReadOnlySet<DateOnly> holidays) =>
        ResponseDueOn(workingDays, holidays) is { } due
        && Kind == OnwardReferralKind.Direct
        && Status == OnwardReferralStatus.Requested
        && today > due;
}
