namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// Why a need went unmet: no service for it exists, the services there are full, or none the person can use
/// (distance, cost, language, digital only, no step-free access).
/// </summary>
public enum UnmetNeedReason
{
    NoService = 1,
    NoCapacity = 2,
    NotAccessible = 3,
}
