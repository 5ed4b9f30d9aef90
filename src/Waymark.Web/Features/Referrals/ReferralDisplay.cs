using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;

namespace Waymark.Web.Features.Referrals;

/// <summary>Referral words in plain English, for referrers, the public and the API's status text.</summary>
public static class ReferralDisplay
{
    public static IReadOnlyList<NeedCategory> Needs { get; } = Enum.GetValues<NeedCategory>();

    public static string Need(NeedCategory need) => need.Describe();

    public static string DeclineReason(DeclineReason reason) => reason switch
    {
        Domain.Episodes.DeclineReason.InCrisis => "In crisis – directed to crisis support",
        Domain.Episodes.DeclineReason.NeedsClinicalCare => "Needs clinical care",
        Domain.Episodes.DeclineReason.OutsideArea => "Outside the area we cover",
        Domain.Episodes.DeclineReason.AlreadySupportedElsewhere => "Already supported elsewhere",
        _ => "Other reason",
    };

    public static string DischargeReason(DischargeReason reason) => reason switch
    {
        Domain.Episodes.DischargeReason.GoalsAchieved => "Goals achieved",
        Domain.Episodes.DischargeReason.ConnectedToCommunitySupport => "Connected to community support",
        Domain.Episodes.DischargeReason.PersonChoseToEnd => "The person chose to end support",
        Domain.Episodes.DischargeReason.LostContact => "Lost contact",
        Domain.Episodes.DischargeReason.MovedAway => "Moved away",
        Domain.Episodes.DischargeReason.NeedsMetByAnotherService => "Needs met by another service",
        Domain.Episodes.DischargeReason.Died => "Died",
        _ => "Other reason",
    };
}
