using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;

namespace Waymark.Web.Features.Discharge;

/// <summary>How the episode ended, if it has been discharged.</summary>
public sealed record DischargeView(
    Guid EpisodeId, EpisodeStatus Status, DischargeReason? Reason, string? Summary, DateTimeOffset? DischargedAt, Guid? DischargedBy)
{
    public static DischargeView From(Episode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        return new(episode.Id, episode.Status, episode.DischargeReason, episode.DischargeSummary, episode.DischargedAt, episode.DischargedBy);
    }
}

/// <summary>
/// The attempts to reach the person since they were last reached, against the programme's lost-contact rule: what
/// a link worker sees before discharging for lost contact.
/// </summary>
public sealed record LostContactView(
    int MinAttempts,
    int MinModes,
    int MinDays,
    DateTimeOffset? LastReachedAt,
    int Attempts,
    IReadOnlyList<ContactMode> Modes,
    int Days,
    bool EnoughAttempts,
    bool EnoughModes,
    bool EnoughDays,
    bool IsMet)
{
    public static LostContactView From(LostContactAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new(
            assessment.Rule.MinAttempts, assessment.Rule.MinModes, assessment.Rule.MinDays, assessment.LastReached, assessment.Attempts,
            assessment.Modes, assessment.Days, assessment.EnoughAttempts, assessment.EnoughModes, assessment.EnoughDays, assessment.IsMet);
    }
}

/// <summary>Where an episode stands for discharge: how it ended (if it has), and the lost-contact evidence so far.</summary>
public sealed record DischargeStatus(DischargeView Discharge, LostContactView LostContact);
