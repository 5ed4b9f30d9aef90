namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>Times on referral pages are shown on the UK clock.</summary>
public static class OnwardReferralTime
{
    public static TimeZoneInfo Uk { get; } = Find();

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
