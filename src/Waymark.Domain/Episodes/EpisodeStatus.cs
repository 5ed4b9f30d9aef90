namespace Waymark.Domain.Episodes;

/// <summary>
/// Where an episode of care stands (domain model diagram). The issue speaks of "referred → triaged → waiting → ...":
/// triage is not a state a person sits in but the act that moves a referred episode on, to Waiting or to one of
/// the endings, so it is recorded as a <see cref="TriageDecision"/> (outcome, by whom, when) rather than a status.
/// </summary>
public enum EpisodeStatus
{
    Referred = 1,
    Waiting = 2,
    Allocated = 3,
    Active = 4,
    Discharged = 5,
    Declined = 6,
    Redirected = 7,
    PersonDeclined = 8,
}

public static class EpisodeStatuses
{
    /// <summary>An ended episode is history: nothing more happens to it, and the person may be referred again.</summary>
    /// <summary>
    /// A link worker holds the episode (allocated or active): the only time case work — conversations, goals,
    /// contacts — is recorded. Before that nobody is working with the person; after an ending it is history.
    /// </summary>
    public static bool IsInSupport(this EpisodeStatus status) => status is EpisodeStatus.Allocated or EpisodeStatus.Active;

    public static bool IsEnded(this EpisodeStatus status) =>
        status is EpisodeStatus.Discharged or EpisodeStatus.Declined or EpisodeStatus.Redirected or EpisodeStatus.PersonDeclined;

    /// <summary>The status in plain words, for messages a link worker reads.</summary>
    public static string Describe(this EpisodeStatus status) => status switch
    {
        EpisodeStatus.Referred => "referred and waiting for triage",
        EpisodeStatus.Waiting => "on the waiting list",
        EpisodeStatus.Allocated => "allocated to a link worker",
        EpisodeStatus.Active => "active",
        EpisodeStatus.Discharged => "discharged",
        EpisodeStatus.Declined => "declined at triage",
        EpisodeStatus.Redirected => "redirected to another service",
        EpisodeStatus.PersonDeclined => "ended because the person declined",
        _ => status.ToString(),
    };
}
