using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.Conversations;

/// <summary>An episode's conversations, newest first.</summary>
public sealed class ConversationQueries(AppDbContext db, EpisodeAccess access)
{
    /// <summary>For a caller who may see the episode (else "not found"); the read is audited against the person.</summary>
    public async Task<IReadOnlyList<ConversationView>> ListAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.OpenForReadingAsync(user, episodeId, cancellationToken);
        return await ForEpisodeAsync(episode.Id, cancellationToken);
    }

    /// <summary>Only once the caller's access has been checked and audited (a page that loaded the episode header).</summary>
    public async Task<IReadOnlyList<ConversationView>> ForEpisodeAsync(Guid episodeId, CancellationToken cancellationToken = default)
    {
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.EpisodeId == episodeId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.RecordedAt)
            .ToListAsync(cancellationToken);
        var ids = conversations.Select(c => c.RecordedBy).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. conversations.Select(c => ConversationView.From(c, names.GetValueOrDefault(c.RecordedBy)))];
    }
}
