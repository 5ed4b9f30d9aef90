using System.Globalization;
using System.Text.RegularExpressions;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Timeline;
using Waymark.Web.Features.Triage;
using Waymark.Web.Pages.Admin;
using Waymark.Web.Pages.Episodes;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Team;

/// <summary>How the team pages word things: needs, priorities, triage decisions, intensities, dates and days.</summary>
public static partial class TeamDisplay
{
    /// <summary>
    /// For the episode header on triage and allocation pages, which are not among an episode's sections: no section
    /// is marked as the current page.
    /// </summary>
    public const EpisodeSection NoEpisodeSection = (EpisodeSection)(-1);

    public static string Rule(EligibilityRule rule) => rule switch
    {
        EligibilityRule.Age => "Age",
        EligibilityRule.Condition => "Qualifying condition",
        EligibilityRule.Practice => "GP practice",
        _ => "Where they live",
    };

    /// <summary>Needs as the record words them (RecordWords), joined for a table cell.</summary>
    public static string Needs(IEnumerable<NeedCategory> needs) => string.Join(", ", needs.Select(n => n.Describe()));

    public static StatusTag Urgency(Urgency urgency) => urgency switch
    {
        Domain.Referrals.Urgency.Urgent => new("Urgent", "red"),
        Domain.Referrals.Urgency.Soon => new("Soon", "orange"),
        _ => new("Routine", "grey"),
    };

    public static StatusTag Priority(Priority priority) => priority switch
    {
        Domain.Episodes.Priority.Urgent => new("Urgent", "red"),
        Domain.Episodes.Priority.Soon => new("Soon", "orange"),
        _ => new("Routine", "grey"),
    };

    public static IReadOnlyList<Option> PriorityOptions { get; } =
    [
        new(nameof(Domain.Episodes.Priority.Urgent), "Urgent", "Allocate as soon as possible, ahead of everyone else"),
        new(nameof(Domain.Episodes.Priority.Soon), "Soon", "Allocate before routine referrals"),
        new(nameof(Domain.Episodes.Priority.Routine), "Routine", "Allocate in turn"),
    ];

    public static string DeclineReason(DeclineReason reason) => reason switch
    {
        Domain.Episodes.DeclineReason.InCrisis => "In crisis: direct to crisis support",
        Domain.Episodes.DeclineReason.NeedsClinicalCare => "Needs clinical care",
        Domain.Episodes.DeclineReason.OutsideArea => "Outside the area we cover",
        Domain.Episodes.DeclineReason.AlreadySupportedElsewhere => "Already supported elsewhere",
        _ => "Another reason",
    };

    public static IReadOnlyList<Option> DeclineReasonOptions { get; } =
    [
        new(nameof(Domain.Episodes.DeclineReason.InCrisis), DeclineReason(Domain.Episodes.DeclineReason.InCrisis),
            "Contact the person or their GP today: tell them to call NHS 111 (option 2 for mental health crisis), or 999 if their life is at risk."),
        new(nameof(Domain.Episodes.DeclineReason.NeedsClinicalCare), DeclineReason(Domain.Episodes.DeclineReason.NeedsClinicalCare),
            "Their needs are medical and should go back to their GP or a clinical service."),
        new(nameof(Domain.Episodes.DeclineReason.OutsideArea), DeclineReason(Domain.Episodes.DeclineReason.OutsideArea)),
        new(nameof(Domain.Episodes.DeclineReason.AlreadySupportedElsewhere), DeclineReason(Domain.Episodes.DeclineReason.AlreadySupportedElsewhere)),
        new(nameof(Domain.Episodes.DeclineReason.Other), DeclineReason(Domain.Episodes.DeclineReason.Other)),
    ];

    /// <summary>A triage decision in plain words, as the success banner and the decided page say it.</summary>
    public static string Outcome(TriageDecision decision) => decision.Outcome switch
    {
        TriageOutcome.Accepted => $"Accepted onto the waiting list ({Priority(decision.Priority ?? Domain.Episodes.Priority.Routine).Text.ToLowerInvariant()} priority)",
        TriageOutcome.Declined => $"Declined as not appropriate: {DeclineReason(decision.DeclineReason ?? Domain.Episodes.DeclineReason.Other).ToLowerInvariant()}",
        TriageOutcome.Redirected => $"Redirected to {decision.RedirectedTo}",
        TriageOutcome.PersonDeclined => "The person declined social prescribing",
        _ => decision.Outcome.ToString(),
    };

    public static string Choice(TriageChoice choice) => choice switch
    {
        TriageChoice.Accept => "Accept onto the waiting list",
        TriageChoice.Decline => "Decline as not appropriate",
        TriageChoice.Redirect => "Redirect to another service",
        _ => "The person does not want social prescribing",
    };

    public static string Intensity(SupportIntensity intensity) => intensity switch
    {
        SupportIntensity.Signposting => "Signposting",
        SupportIntensity.Intensive => "Intensive",
        _ => "Standard",
    };

    public static IReadOnlyList<Option> IntensityOptions { get; } =
    [
        new(nameof(SupportIntensity.Signposting), "Signposting",
            "Light touch: information and a connection to a service or group, with one or two follow-ups. Counts as half a person on the caseload."),
        new(nameof(SupportIntensity.Standard), "Standard",
            "Regular contact over several weeks to work towards what matters to the person. Counts as one person."),
        new(nameof(SupportIntensity.Intensive), "Intensive",
            "Frequent contact, home visits or going along with the person to groups and appointments. Counts as two people."),
    ];

    public static string Risk(RiskFlag flag) => flag switch
    {
        RiskFlag.LoneWorkingCaution => "Lone working caution: do not visit alone",
        RiskFlag.RiskToSelf => "Risk to self",
        RiskFlag.RiskToOthers => "Risk to others",
        _ => Words(flag.ToString()),
    };

    public static string Mode(ContactMode mode) => mode switch
    {
        ContactMode.Practice => "At the practice",
        ContactMode.HomeVisit => "Home visit",
        ContactMode.CommunityVenue => "At a community venue",
        _ => mode.ToString(),
    };

    public static string Digital(DigitalAccess access) => access switch
    {
        DigitalAccess.None => "No phone or internet",
        DigitalAccess.PhoneOnly => "Phone calls only",
        DigitalAccess.Smartphone => "Smartphone",
        _ => "Internet",
    };

    /// <summary>Flags as words ("HearingAid, HearingLoop" → "hearing aid, hearing loop"); null when none.</summary>
    public static string? Flags<TFlags>(TFlags flags)
        where TFlags : struct, Enum =>
        Convert.ToInt32(flags, CultureInfo.InvariantCulture) == 0
            ? null
            : string.Join(", ", Enum.GetValues<TFlags>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f))
                .Select(f => Words(f.ToString()).ToLowerInvariant()));

    /// <summary>"1 day", "12 days".</summary>
    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    /// <summary>A date in UK time for tables, like "2 Nov 2026".</summary>
    public static string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime.Zone).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Language(string? language, bool interpreter) =>
        string.IsNullOrWhiteSpace(language) ? "English" : interpreter ? $"{language} (needs an interpreter)" : language;

    private static string Words(string pascal)
    {
        var words = SplitWords().Replace(pascal, " $1").Trim().ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("([A-Z])")]
    private static partial Regex SplitWords();
}
