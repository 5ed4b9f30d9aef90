namespace Waymark.Domain.Directory;

/// <summary>
/// The ORUK 3.0 service <c>status</c> values (service.json enum) and how Waymark's operating status maps to and from
/// them. Waymark never publishes "inactive"; an imported "inactive" service reads as paused.
/// </summary>
public static class OrukServiceStatus
{
    public const string Active = "active";
    public const string Inactive = "inactive";
    public const string Defunct = "defunct";
    public const string TemporarilyClosed = "temporarily closed";

    public static string Of(OperatingStatus status) => status switch
    {
        OperatingStatus.Running or OperatingStatus.RemoteOnly => Active,
        OperatingStatus.Paused => TemporarilyClosed,
        OperatingStatus.Closed => Defunct,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown operating status"),
    };

    /// <summary>The operating status an ORUK status reads as, or null when the text is not an ORUK status.</summary>
    public static OperatingStatus? ToOperatingStatus(string? oruk) => oruk switch
    {
        Active => OperatingStatus.Running,
        TemporarilyClosed or Inactive => OperatingStatus.Paused,
        Defunct => OperatingStatus.Closed,
        _ => null,
    };
}
