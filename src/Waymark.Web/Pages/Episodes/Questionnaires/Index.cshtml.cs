using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures;
using Waymark.Web.Features.Measures.Asking;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Questionnaires;

/// <summary>
/// An episode's questionnaires: ask one now (all questions on one page, or one per screen on a phone), print a paper
/// copy, or send a one-time link when the person has an email address and can get online (else why not). Lists the
/// links sent and where each stands, and lets a link worker withdraw one. Service managers read only.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class IndexModel(
    EpisodeHeaders headers, QuestionnaireCatalogue catalogue, QuestionnaireLinkQueries links, SendQuestionnaireLink send,
    WithdrawQuestionnaireLink withdraw, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? DefinitionId { get; set; }

    public EpisodeHeader Header { get; private set; } = default!;

    public IReadOnlyList<QuestionnaireDefinition> Questionnaires { get; private set; } = [];

    public IReadOnlyList<InvitationView> Links { get; private set; } = [];

    public LinkEligibility Eligibility { get; private set; } = default!;

    /// <summary>Link workers ask and send; service managers only read.</summary>
    public bool CanRecord { get; private set; }

    /// <summary>Answers are recorded only while the person is allocated or active.</summary>
    public bool IsInSupport => Header.Status.IsInSupport();

    public RadiosField QuestionnaireField => new(nameof(DefinitionId), "Which questionnaire?", DefinitionId,
        Questionnaires.Select(q => new Option(q.Id.ToString(), q.Title)).ToList())
    {
        Hint = $"The link goes to {Eligibility.Email}. The email names the service and holds the link, nothing else.",
    };

    public static string Path(Guid episodeId) => $"/episodes/{episodeId}/questionnaires";

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            var definitionId = Guid.TryParse(DefinitionId, out var parsed) ? parsed : (Guid?)null;
            var sent = await send.ExecuteAsync(User, id, definitionId, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
            TempData.SetSuccess($"Link sent to {sent.Email}. It works once, until {Display.Date(sent.ExpiresAt)}.");
            return Redirect(Path(id));
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field == "DefinitionId" ? nameof(DefinitionId) : string.Empty, error.Message);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            await withdraw.ExecuteAsync(User, id, invitationId, cancellationToken);
            TempData.SetSuccess("Link withdrawn. It can no longer be used.");
            return Redirect(Path(id));
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Questionnaires = await catalogue.ActiveAsync(cancellationToken);
        Links = await links.ForEpisodeAsync(User, id, cancellationToken);
        Eligibility = await links.EligibilityAsync(User, id, cancellationToken);
        CanRecord = (await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded;
    }
}
