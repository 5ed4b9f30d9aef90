using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Conversations;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Episodes.WhatMatters;

/// <summary>"What matters to me": the latest conversation, its ratings as a chart and a table, and earlier ones.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class IndexModel(EpisodeHeaders headers, ConversationQueries conversations, IAuthorizationService authorization) : PageModel
{
    public EpisodeHeader Header { get; private set; } = default!;

    public IReadOnlyList<ConversationView> Conversations { get; private set; } = [];

    /// <summary>A link worker of the team may record a conversation while the person is allocated or active.</summary>
    public bool CanRecord { get; private set; }

    public ConversationView? Latest => Conversations.Count > 0 ? Conversations[0] : null;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Conversations = await conversations.ForEpisodeAsync(id, cancellationToken);
        CanRecord = Header.Status.IsInSupport() && (await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded;
    }

    /// <summary>The first conversation with ratings before the latest, to show how things have moved.</summary>
    public ConversationView? FirstWithRatings => Conversations.Skip(1).LastOrDefault(c => c.Ratings.Count > 0);
}
