using Waymark.Domain.Episodes;

namespace Waymark.Web.Features.Referrals;

/// <summary>
/// Where a referral has got to, as a referrer may see it: the status in plain words, and for a decision the outcome
/// and its reason (triage's explanation, or the discharge reason and summary). Deliberately nothing else from the
/// episode: no notes, conversations, plans or contacts ever leave the team this way.
/// </summary>
public sealed record ReferralProgress(EpisodeStatus Status, string StatusText, string? Outcome, string? Reason)
{
    public static ReferralProgress Of(
        EpisodeStatus status, TriageDecision? triage, DischargeReason? dischargeReason, string? dischargeSummary, string? personDeclinedReason) =>
        status switch
        {
            EpisodeStatus.Referred => new(status, "Received – waiting for triage", null, null),
            EpisodeStatus.Waiting => new(status, "Accepted – on the waiting list", "Accepted", triage?.Reason),
            EpisodeStatus.Allocated => new(status, "Accepted – a link worker will contact them", "Accepted", triage?.Reason),
            EpisodeStatus.Active => new(status, "Being supported by a link worker", "Accepted", triage?.Reason),
            EpisodeStatus.Discharged => new(status, "Discharged",
                dischargeReason is { } reason ? ReferralDisplay.DischargeReason(reason) : null, dischargeSummary),
            EpisodeStatus.Declined => new(status, "Not accepted",
                triage?.DeclineReason is { } decline ? ReferralDisplay.DeclineReason(decline) : "Not appropriate", triage?.Reason),
            EpisodeStatus.Redirected => new(status, "Redirected to another service",
                triage?.RedirectedTo is { } to ? $"Redirected to {to}" : "Redirected", triage?.Reason),
            EpisodeStatus.PersonDeclined => new(status, "The person decided not to go ahead", "Declined by the person", personDeclinedReason),
            _ => new(status, status.Describe(), null, null),
        };

    /// <summary>The NHS tag colour for the status; the text always says it too.</summary>
    public string TagClass => Status switch
    {
        EpisodeStatus.Referred => "nhsuk-tag--yellow",
        EpisodeStatus.Waiting or EpisodeStatus.Allocated => "nhsuk-tag--blue",
        EpisodeStatus.Active => "nhsuk-tag--green",
        _ => "nhsuk-tag--grey",
    };
}
