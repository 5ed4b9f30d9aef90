using Waymark.Domain.Common;
namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>Times on referral pages are shown on the UK clock.</summary>
public static class OnwardReferralTime
{
    public static TimeZoneInfo Uk { get; } = UkTime.Zone;
}
