using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>Keeping a listing trustworthy: who last checked it, and when the next check falls due.</summary>
public sealed partial class Service
{
    /// <summary>Records that someone checked the whole listing is right today; the next check falls due after the interval.</summary>
    public void Verify(Guid by, DateOnly today, DateTimeOffset now)
    {
        if (by == Guid.Empty)
        {
            throw new DomainException("Say who verified the listing", nameof(LastVerifiedBy));
        }

        (LastVerifiedOn, LastVerifiedBy) = (today, by);
        VerificationDueOn = today.AddDays(VerificationIntervalDays);
        Touch(now);
    }

    public void SetVerificationInterval(int days, DateTimeOffset now)
    {
        if (days is < 1 or > MaxVerificationIntervalDays)
        {
            throw new DomainException($"Enter how often to check the listing as a number of days from 1 to {MaxVerificationIntervalDays}", nameof(VerificationIntervalDays));
        }

        VerificationIntervalDays = days;
        if (LastVerifiedOn is { } verified)
        {
            VerificationDueOn = verified.AddDays(days);
        }

        Touch(now);
    }

    /// <summary>True from the day the interval since the last check runs out (and always for a listing never checked).</summary>
    public bool IsVerificationDue(DateOnly today) => today >= VerificationDueOn;
}
