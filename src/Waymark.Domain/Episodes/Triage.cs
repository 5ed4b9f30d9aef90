namespace Waymark.Domain.Episodes;

/// <summary>
/// Triage: the act by which a senior link worker moves a referred episode on — onto the waiting list, or to an
/// ending. Named as the domain model names it (<c>Triage.Accept(...)</c>); the state change lives on the episode.
/// </summary>
public static class Triage
{
    /// <summary>
    /// Accepts the person onto the waiting list. <paramref name="isEligible"/> comes from the programme's
    /// eligibility rules; accepting an ineligible person needs <paramref name="ineligibleAcceptanceReason"/>.
    /// Records SNOMED CT 871731000000106 (once per episode).
    /// </summary>
    public static void Accept(
        Episode episode, Priority priority, string? reason, bool isEligible, string? ineligibleAcceptanceReason, Guid by, DateTimeOffset now) =>
        episode.Accept(priority, reason, isEligible, ineligibleAcceptanceReason, by, now);

    /// <summary>Declines the referral as not appropriate, with a reason and an explanation the referrer sees.</summary>
    public static void Decline(Episode episode, DeclineReason reason, string? explanation, Guid by, DateTimeOffset now) =>
        episode.Decline(reason, explanation, by, now);

    /// <summary>Redirects the person to another service (named in free text), with the reason.</summary>
    public static void Redirect(Episode episode, string? service, string? reason, Guid by, DateTimeOffset now) =>
        episode.Redirect(service, reason, by, now);

    /// <summary>Records at triage that the person declined. Records SNOMED CT 871711000000103.</summary>
    public static void PersonDeclined(Episode episode, string? reason, Guid by, DateTimeOffset now) =>
        episode.RecordPersonDeclined(reason, by, now);
}
