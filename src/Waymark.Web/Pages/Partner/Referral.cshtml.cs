using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Episodes.OnwardReferrals;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Partner;

/// <summary>
/// A referral sent to the partner user's own organisation (else 404): only what is shared — name, how to contact,
/// the agreed reason and any items the person consented to — and the organisation's answer in a few clicks.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class ReferralModel(OnwardReferralQueries queries, ChangeOnwardReferral change) : PageModel
{
    [BindProperty]
    public StepForm Answer { get; set; } = new();

    public PartnerReferralView Referral { get; private set; } = default!;

    public int ResponseWorkingDays => queries.ResponseWorkingDays;

    public IReadOnlyList<OnwardReferralStep> Steps => OnwardReferralDisplay.AnswerSteps(Referral.Status);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Referral = await queries.PartnerGetAsync(User, id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Referral = await queries.PartnerGetAsync(User, id, cancellationToken);
        if (!Enum.TryParse<OnwardReferralStep>(Answer.Step, out var step) || !Steps.Contains(step))
        {
            ModelState.AddModelError("Answer.Step", "Choose what has happened");
            return Page();
        }

        try
        {
            await change.AsPartnerAsync(User, id, step, Answer.Input(), cancellationToken);
            TempData.SetSuccess($"Referral updated: {OnwardReferralDisplay.Step(step, Domain.OnwardReferrals.OnwardReferralKind.Direct).ToLowerInvariant()}");
            return Redirect($"/partner/referrals/{id}");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Answer), Answer);
            return Page();
        }
    }
}
