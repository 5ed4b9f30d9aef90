namespace Waymark.Domain.Directory;

/// <summary>
/// How a service is delivered. Stored as a number so queries can test a mode with a bitwise and; the values are
/// therefore fixed and must never be renumbered.
/// </summary>
[Flags]
public enum DeliveryModes
{
    None = 0,
    InPerson = 1,
    Phone = 2,
    Video = 4,
    Online = 8,
    ByPost = 16,
}

public static class DeliveryModesExtensions
{
    /// <summary>Every mode that does not need the person to travel.</summary>
    public const DeliveryModes Remote = DeliveryModes.Phone | DeliveryModes.Video | DeliveryModes.Online | DeliveryModes.ByPost;

    public const DeliveryModes All = DeliveryModes.InPerson | Remote;

    public static bool HasRemoteMode(this DeliveryModes modes) => (modes & Remote) != DeliveryModes.None;
}
