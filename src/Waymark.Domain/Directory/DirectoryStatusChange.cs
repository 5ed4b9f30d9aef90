using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// One status change applied to many services at once, such as pausing every in-person group in an area. The reason
/// and date are checked once, before anything changes. Services already in the status are left as they are (their
/// own reason kept); services the change makes no sense for (pausing a closed service) are refused one by one and
/// left untouched, and the rest change.
/// </summary>
public static class DirectoryStatusChange
{
    public static DirectoryStatusChangeResult Apply(
        IEnumerable<Service> services, OperatingStatus to, string? reason, DateOnly? expectedReturn, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(services);
        var distinct = services.DistinctBy(s => s.Id).ToList();
        if (distinct.Count == 0)
        {
            throw new DomainException("Select at least one service", "Services");
        }

        var (checkedReason, checkedReturn) = Service.CheckStatusChange(to, reason, expectedReturn, today);
        var changed = new List<StatusChanged>();
        var unchanged = new List<Guid>();
        var refused = new List<StatusRefused>();
        foreach (var service in distinct)
        {
            if (service.OperatingStatus == to)
            {
                unchanged.Add(service.Id);
            }
            else if (service.RefusalToChangeTo(to) is { } refusal)
            {
                refused.Add(new StatusRefused(service.Id, refusal));
            }
            else
            {
                var from = service.OperatingStatus;
                service.ChangeStatus(to, checkedReason, checkedReturn, today, now);
                changed.Add(new StatusChanged(service.Id, from, to));
            }
        }

        return new DirectoryStatusChangeResult(changed, unchanged, refused);
    }
}

public sealed record DirectoryStatusChangeResult(
    IReadOnlyList<StatusChanged> Changed, IReadOnlyList<Guid> Unchanged, IReadOnlyList<StatusRefused> Refused);

public sealed record StatusChanged(Guid ServiceId, OperatingStatus From, OperatingStatus To);

public sealed record StatusRefused(Guid ServiceId, string Reason);
