using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

public sealed partial class Service
{
    public OperatingStatus OperatingStatus { get; private set; }

    /// <summary>Why the service is paused, remote only or closed; null while running.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>When a paused (or remote-only) service expects to be back to normal, if known.</summary>
    public DateOnly? ExpectedReturn { get; private set; }

    /// <summary>ORUK <c>status</c>, derived from <see cref="OperatingStatus"/>.</summary>
    public string OrukStatus => OrukServiceStatus.Of(OperatingStatus);

    /// <summary>Stops the service for a while. Pausing a paused service updates the reason and expected return.</summary>
    public void Pause(string? reason, DateOnly? expectedReturn, DateOnly today, DateTimeOffset now) =>
        ChangeStatus(OperatingStatus.Paused, reason, expectedReturn, today, now);

    /// <summary>Runs the service only by phone, video, online or post for now; the reason is optional.</summary>
    public void SwitchToRemoteOnly(string? reason, DateOnly? expectedReturn, DateOnly today, DateTimeOffset now) =>
        ChangeStatus(OperatingStatus.RemoteOnly, reason, expectedReturn, today, now);

    public void Close(string? reason, DateOnly today, DateTimeOffset now) => ChangeStatus(OperatingStatus.Closed, reason, null, today, now);

    /// <summary>Back to running normally (from paused, remote only, or closed when a service reopens).</summary>
    public void Resume(DateOnly today, DateTimeOffset now) => ChangeStatus(OperatingStatus.Running, null, null, today, now);

    /// <summary>Why the service cannot move to the status, or null when it can.</summary>
    public string? RefusalToChangeTo(OperatingStatus to) => (OperatingStatus, to) switch
    {
        _ when !Enum.IsDefined(to) => "Select running, remote only, paused or closed",
        (OperatingStatus.Running, OperatingStatus.Running) => $"{Name} is already running",
        (OperatingStatus.Closed, OperatingStatus.Closed) => $"{Name} is already closed",
        (OperatingStatus.Closed, OperatingStatus.Paused) => $"{Name} is closed, so it cannot be paused – resume it first if it is running again",
        (OperatingStatus.Closed, OperatingStatus.RemoteOnly) => $"{Name} is closed, so it cannot switch to remote only – resume it first if it is running again",
        (_, OperatingStatus.RemoteOnly) when !DeliveryModes.HasRemoteMode() =>
            $"{Name} is only delivered in person – add phone, video, online or by post to how it is delivered before switching it to remote only",
        _ => null,
    };

    /// <summary>
    /// Moves the service to another operating status. Paused and closed need a reason; an expected return date is
    /// for paused or remote-only services and must be after today. Resuming clears the reason and the date.
    /// </summary>
    public void ChangeStatus(OperatingStatus to, string? reason, DateOnly? expectedReturn, DateOnly today, DateTimeOffset now)
    {
        var (checkedReason, checkedReturn) = CheckStatusChange(to, reason, expectedReturn, today);
        if (RefusalToChangeTo(to) is { } refusal)
        {
            throw new DomainException(refusal, nameof(OperatingStatus));
        }

        (OperatingStatus, StatusReason, ExpectedReturn) = (to, checkedReason, checkedReturn);
        Touch(now);
    }

    /// <summary>Checks the reason and date for a change to a status, for one service or many at once.</summary>
    public static (string? Reason, DateOnly? ExpectedReturn) CheckStatusChange(OperatingStatus to, string? reason, DateOnly? expectedReturn, DateOnly today)
    {
        if (!Enum.IsDefined(to))
        {
            throw new DomainException("Select running, remote only, paused or closed", nameof(OperatingStatus));
        }

        if (to == OperatingStatus.Running)
        {
            return (null, null);
        }

        var checkedReason = to switch
        {
            OperatingStatus.Paused => Text.Required(reason, nameof(StatusReason), "why the service is paused", ReasonMaxLength),
            OperatingStatus.Closed => Text.Required(reason, nameof(StatusReason), "why the service has closed", ReasonMaxLength),
            _ => Text.Optional(reason, nameof(StatusReason), "why the service is remote only", ReasonMaxLength),
        };

        if (expectedReturn is { } back)
        {
            if (to == OperatingStatus.Closed)
            {
                throw new DomainException("A closed service has no return date – pause it instead if it is coming back", nameof(ExpectedReturn));
            }

            if (back <= today)
            {
                throw new DomainException("The expected return date must be in the future", nameof(ExpectedReturn));
            }
        }

        return (checkedReason, expectedReturn);
    }
}
