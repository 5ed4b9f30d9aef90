using System.Security.Claims;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Conversations;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Conversations;

public sealed record RatingInput(LifeDomain Domain, int Score, string? Notes);

public sealed record RecordConversationInput(
    DateTimeOffset? At, ConversationWords Words, LifeDomain? StartingDomain, IReadOnlyList<RatingInput> Ratings);

/// <summary>
/// Records a "what matters to me" conversation for a person allocated or active with the caller's team. Any link
/// worker of the team may record it (cover during leave happens); the write is audited by the interceptor.
/// </summary>
public sealed class RecordConversation(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<Conversation> ExecuteAsync(
        ClaimsPrincipal user, Guid episodeId, RecordConversationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        episode.EnsureInSupport("A conversation can be recorded");
        var at = input.At ?? throw new DomainException("Enter the date of the conversation", nameof(Conversation.At));
        var ratings = input.Ratings.Select(r => LifeDomainRating.Of(r.Domain, r.Score, r.Notes)).ToList();
        var conversation = Conversation.Record(
            episode.Id, at, input.Words, ratings, input.StartingDomain, user.UserId() ?? Guid.Empty, clock.GetUtcNow());
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(cancellationToken);
        return conversation;
    }
}
