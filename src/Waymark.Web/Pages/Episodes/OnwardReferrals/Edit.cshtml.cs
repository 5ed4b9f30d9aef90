using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.OnwardReferrals;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>
/// Change a draft referral: the same fields as "refer to a service" (how, accompanied, the agreed reason, what is
/// shared); the goal and the service stay. Save the changes, or save and send. A referral already sent cannot change.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class EditModel(EpisodeHeaders headers, OnwardReferralQueries queries, ReviseOnwardReferral revise) : PageModel
{
    [BindProperty]
    public ReferralForm Input { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public OnwardReferralView Referral { get; private set; } = default!;

    public bool TakesDirectReferrals { get; private set; }

    public bool IsDraft => Referral.Status == OnwardReferralStatus.Draft;

    public bool CanChange => IsDraft && Header.Status.IsInSupport();

    public string ReferralUrl => $"/episodes/{Header.EpisodeId}/onward-referrals/{Referral.Id}";

    public async Task OnGetAsync(Guid id, Guid referralId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, referralId, cancellationToken);
        Input = ReferralForm.From(Referral);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid referralId, string? intent, CancellationToken cancellationToken)
    {
        await LoadAsync(id, referralId, cancellationToken);
        var send = intent == "send";
        try
        {
            await revise.ExecuteAsync(User, referralId, Input.ToRevision(send), cancellationToken);
            TempData.SetSuccess(!send
                ? "Draft referral changed"
                : Input.Kind == nameof(OnwardReferralKind.Direct)
                    ? $"Referral changed and sent to {Referral.ServiceName}"
                    : $"Referral changed and the signpost to {Referral.ServiceName} recorded");
            return Redirect(ReferralUrl);
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
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

        TakesDirectReferrals = (await queries.ServiceAsync(Referral.ServiceId, cancellationToken))?.TakesDirectReferrals ?? false;
    }
}
