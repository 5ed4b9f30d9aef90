using Waymark.Domain.Common;
using Waymark.Domain.Episodes;

namespace Waymark.Web.Features.Conversations;

/// <summary>
/// Conversations and plans are the work a link worker does with a person, so they are recorded only while the person
/// has a link worker: allocated or active. Before that nobody is working with them; after an ending the episode is
/// history, and new work belongs to a new referral.
/// </summary>
public static class CaseWork
{
    public static bool IsInSupport(EpisodeStatus status) => status is EpisodeStatus.Allocated or EpisodeStatus.Active;

    public static void EnsureInSupport(Episode episode, string action)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (!IsInSupport(episode.Status))
        {
            throw new DomainException(
                $"{action} only while the person is allocated to a link worker or active; this episode is {episode.Status.Describe()}",
                nameof(Episode.Status));
        }
    }
}
