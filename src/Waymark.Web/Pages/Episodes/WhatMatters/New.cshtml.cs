using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Conversations;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.WhatMatters;

/// <summary>Records a "what matters to me" conversation: the person's words, where they start, their ratings.</summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class NewModel(EpisodeHeaders headers, RecordConversation record, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ConversationForm Input { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Input = ConversationForm.Blank(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Input.WithEveryDomain();
        var now = clock.GetUtcNow();
        if (Input.Read(DateOnly.FromDateTime(now.UtcDateTime), now, ModelState) is not { } input)
        {
            return Page();
        }

        try
        {
            await record.ExecuteAsync(User, id, input, cancellationToken);
            TempData.SetSuccess("Conversation recorded");
            return Redirect($"/episodes/{id}/what-matters");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }
}
