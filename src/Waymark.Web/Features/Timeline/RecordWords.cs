using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Referrals;

namespace Waymark.Web.Features.Timeline;

/// <summary>How a person's record words its coded values, in sentence case, for the timeline and the record pages.</summary>
public static class RecordWords
{
    public static string Describe(this ContactMode mode) => mode switch
    {
        ContactMode.Practice => "At the practice",
        ContactMode.HomeVisit => "Home visit",
        ContactMode.CommunityVenue => "Community venue",
        ContactMode.Phone => "Phone",
        ContactMode.Video => "Video call",
        ContactMode.Text => "Text message",
        ContactMode.Letter => "Letter",
        ContactMode.Email => "Email",
        _ => mode.ToString(),
    };

    public static string Describe(this ReferralSource source) => source switch
    {
        ReferralSource.Practice => "GP practice",
        ReferralSource.OtherProfessional => "Another professional",
        ReferralSource.Self => "Self-referral",
        ReferralSource.OutreachList => "Outreach list",
        ReferralSource.Partner => "Partner organisation",
        _ => source.ToString(),
    };

    public static string Describe(this Urgency urgency) => urgency switch
    {
        Urgency.Routine => "Routine",
        Urgency.Soon => "Soon",
        Urgency.Urgent => "Urgent",
        _ => urgency.ToString(),
    };

    public static string Describe(this Priority priority) => priority switch
    {
        Priority.Routine => "Routine",
        Priority.Soon => "Soon",
        Priority.Urgent => "Urgent",
        _ => priority.ToString(),
    };

    public static string Describe(this TriageOutcome outcome) => outcome switch
    {
        TriageOutcome.Accepted => "Accepted onto the waiting list",
        TriageOutcome.Declined => "Declined as not appropriate",
        TriageOutcome.Redirected => "Redirected to another service",
        TriageOutcome.PersonDeclined => "The person declined",
        _ => outcome.ToString(),
    };

    public static string Describe(this DeclineReason reason) => reason switch
    {
        DeclineReason.InCrisis => "In crisis – directed to crisis support",
        DeclineReason.NeedsClinicalCare => "Needs clinical care",
        DeclineReason.OutsideArea => "Outside the area",
        DeclineReason.AlreadySupportedElsewhere => "Already supported elsewhere",
        DeclineReason.Other => "Other",
        _ => reason.ToString(),
    };

    public static string Describe(this DischargeReason reason) => reason switch
    {
        DischargeReason.GoalsAchieved => "Goals achieved",
        DischargeReason.ConnectedToCommunitySupport => "Connected to community support",
        DischargeReason.PersonChoseToEnd => "The person chose to end",
        DischargeReason.LostContact => "Lost contact",
        DischargeReason.MovedAway => "Moved away",
        DischargeReason.NeedsMetByAnotherService => "Needs met by another service",
        DischargeReason.Died => "Died",
        DischargeReason.Other => "Other",
        _ => reason.ToString(),
    };

    public static string Describe(this SupportIntensity intensity) => intensity switch
    {
        SupportIntensity.Signposting => "Signposting (light touch)",
        SupportIntensity.Standard => "Standard",
        SupportIntensity.Intensive => "Intensive (home visits, accompanying)",
        _ => intensity.ToString(),
    };

    public static string Describe(this GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "Not started",
        GoalStatus.InProgress => "In progress",
        GoalStatus.Achieved => "Achieved",
        GoalStatus.Changed => "Changed",
        GoalStatus.Stopped => "Stopped",
        _ => status.ToString(),
    };

    public static string Describe(this Sex sex) => sex switch
    {
        Sex.NotKnown => "Not known",
        Sex.Male => "Male",
        Sex.Female => "Female",
        Sex.Indeterminate => "Indeterminate",
        _ => sex.ToString(),
    };

    public static string Describe(this RiskFlag flag) => flag switch
    {
        RiskFlag.AdultSafeguardingConcern => "Adult safeguarding concern",
        RiskFlag.ChildSafeguardingConcern => "Child safeguarding concern",
        RiskFlag.DomesticAbuse => "Domestic abuse",
        RiskFlag.RiskToSelf => "Risk to self",
        RiskFlag.RiskToOthers => "Risk to others",
        RiskFlag.SelfNeglect => "Self-neglect",
        RiskFlag.LoneWorkingCaution => "Lone working caution – do not visit alone",
        _ => flag.ToString(),
    };

    public static string Describe(this HearingNeeds need) => need switch
    {
        HearingNeeds.None => "None",
        HearingNeeds.HearingAid => "Uses a hearing aid",
        HearingNeeds.HearingLoop => "Needs a hearing loop",
        HearingNeeds.BritishSignLanguageInterpreter => "British Sign Language interpreter",
        HearingNeeds.Lipspeaker => "Lipspeaker",
        HearingNeeds.TextRelay => "Text relay",
        _ => need.ToString(),
    };

    public static string Describe(this TravelNeeds need) => need switch
    {
        TravelNeeds.None => "None",
        TravelNeeds.NoTransport => "No transport of their own",
        TravelNeeds.LimitedMobility => "Walking or travelling is hard",
        TravelNeeds.StepFreeAccess => "Needs step-free access",
        TravelNeeds.Housebound => "Cannot leave home at present",
        _ => need.ToString(),
    };

    public static string Describe(this SightNeeds need) => need switch
    {
        SightNeeds.None => "None",
        SightNeeds.PartiallySighted => "Partially sighted",
        SightNeeds.Blind => "Blind",
        SightNeeds.Braille => "Braille",
        SightNeeds.AudioFormat => "Audio format",
        SightNeeds.ScreenReader => "Uses a screen reader",
        _ => need.ToString(),
    };

    public static string Describe(this DigitalAccess access) => access switch
    {
        DigitalAccess.None => "None",
        DigitalAccess.PhoneOnly => "Phone only (calls and texts)",
        DigitalAccess.Smartphone => "Smartphone",
        DigitalAccess.Internet => "Internet (computer or tablet)",
        _ => access.ToString(),
    };

    /// <summary>The single needs set in a flags value, in order, without None.</summary>
    public static IReadOnlyList<TFlags> Each<TFlags>(TFlags flags)
        where TFlags : struct, Enum =>
        [.. Enum.GetValues<TFlags>().Where(f => Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f))];

    /// <summary>"20 minutes", "1 minute", "No duration recorded".</summary>
    public static string Minutes(int minutes) => minutes switch
    {
        0 => "no duration recorded",
        1 => "1 minute",
        _ => $"{minutes} minutes",
    };
}
