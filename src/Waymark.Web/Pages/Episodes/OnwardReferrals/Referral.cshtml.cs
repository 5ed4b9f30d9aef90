using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.OnwardReferrals;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>
/// One onward referral for the link worker: its status, what was shared and its history, with the link worker's
/// steps — send a draft, cancel, and for a signpost, record what happened.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class ReferralModel(
    EpisodeHeaders headers, OnwardReferralQueries queries, ChangeOnwardReferral change, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public StepForm Answer { get; set; } = new();

    [BindProperty]
    public StepForm Cancellation { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public OnwardReferralView Referral { get; private set; } = default!;

    /// <summary>A link worker of the team may act while the person is allocated or active.</summary>
    public bool CanAct { get; private set; }

    public int ResponseWorkingDays => queries.ResponseWorkingDays;

    /// <summary>The steps the link worker records for a signpost (none for a direct referral: the organisation answers).</summary>
    public IReadOnlyList<OnwardReferralStep> SignpostSteps =>
        Referral.Kind == OnwardReferralKind.Signpost ? OnwardReferralDisplay.AnswerSteps(Referral.Status) : [];

    public bool CanCancel => Referral.Status is OnwardReferralStatus.Draft || Referral.Status.IsActive();

    public async Task OnGetAsync(Guid id, Guid referralId, CancellationToken cancellationToken) =>
        await LoadAsync(id, referralId, cancellationToken);

    public async Task<IActionResult> OnPostSendAsync(Guid id, Guid referralId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, referralId, cancellationToken);
        return await StepAsync(id, referralId, OnwardReferralStep.Send, new OnwardReferralStepInput(), nameof(Answer), Answer,
            Referral.Kind == OnwardReferralKind.Direct ? $"Referral sent to {Referral.ServiceName}" : $"Signpost to {Referral.ServiceName} recorded",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid referralId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, referralId, cancellationToken);
        if (!Enum.TryParse<OnwardReferralStep>(Answer.Step, out var step) || !SignpostSteps.Contains(step))
        {
            ModelState.AddModelError("Answer.Step", "Choose what has happened");
            return Page();
        }

        return await StepAsync(id, referralId, step, Answer.Input(), nameof(Answer), Answer, "Referral updated", cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid referralId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, referralId, cancellationToken);
        return await StepAsync(id, referralId, OnwardReferralStep.Cancel, Cancellation.Input(), nameof(Cancellation), Cancellation,
            "Referral cancelled", cancellationToken);
    }

    private async Task<IActionResult> StepAsync(
        Guid id, Guid referralId, OnwardReferralStep step, OnwardReferralStepInput input, string prefix, StepForm form, string message,
        CancellationToken cancellationToken)
    {
        if (!CanAct)
        {
            return Forbid();
        }

        try
        {
            await change.AsLinkWorkerAsync(User, referralId, step, input, cancellationToken);
            TempData.SetSuccess(message);
            return Redirect($"/episodes/{id}/onward-referrals/{referralId}");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, prefix, form);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, Guid referralId, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Referral = await queries.GetAsync(User, referralId, cancellationToken);
        if (Referral.EpisodeId != id)
        {
            throw OnwardReferralNotFoundPage.For(referralId);
        }

        CanAct = Header.Status.IsInSupport() && (await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded;
    }
}

internal static class OnwardReferralNotFoundPage
{
    public static NotFoundException For(Guid id) => new("onward referral", id);
}
