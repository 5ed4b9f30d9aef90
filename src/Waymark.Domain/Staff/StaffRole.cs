namespace Waymark.Domain.Staff;

/// <summary>What a person who uses Waymark does. A user may hold more than one role.</summary>
public enum StaffRole
{
    LinkWorker = 1,
    SeniorLinkWorker = 2,
    ServiceManager = 3,
    Referrer = 4,
    Partner = 5,
    Commissioner = 6,
    Administrator = 7,
}
