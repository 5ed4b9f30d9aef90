namespace Waymark.Domain.Directory;

/// <summary>
/// Whether a service can be used now (Waymark's extension to ORUK). The ORUK <c>status</c> is derived from it by
/// <see cref="OrukServiceStatus"/>; stored by name.
/// </summary>
public enum OperatingStatus
{
    Running,

    /// <summary>Running, but only by phone, video, online or by post for now.</summary>
    RemoteOnly,

    /// <summary>Not running for a while, with a reason and perhaps an expected return date.</summary>
    Paused,

    /// <summary>No longer running. Only resuming brings it back.</summary>
    Closed,
}
