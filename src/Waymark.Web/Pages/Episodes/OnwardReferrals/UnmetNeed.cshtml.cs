using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>
/// Records a gap in the service gap register in two clicks: the need comes preselected (from the link, or the need
/// the person was referred for), the reason is one radio (no capacity when it comes from a rejected referral).
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class UnmetNeedModel(EpisodeHeaders headers, OnwardReferralQueries queries, RecordUnmetNeed record) : PageModel
{
    [BindProperty]
    public GapForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? ReferralId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    public EpisodeHeader Header { get; private set; } = default!;

    public OnwardReferralView? Referral { get; private set; }

    public bool InSupport => Header.Status.IsInSupport();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var need = Enum.TryParse<NeedCategory>(Need, out var chosen) && Enum.IsDefined(chosen) ? chosen : await queries.FirstReferredNeedAsync(id, cancellationToken);
        Input = new GapForm { Need = need?.ToString(), Reason = Referral is null ? null : nameof(UnmetNeedReason.NoCapacity) };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        try
        {
            await record.ExecuteAsync(User, id, Input.ToInput(ReferralId), cancellationToken);
            TempData.SetSuccess("Unmet need recorded in the service gap register");
            return Redirect(ReferralId is { } referralId ? $"/episodes/{id}/onward-referrals/{referralId}" : $"/episodes/{id}/plan");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        if (ReferralId is { } referralId)
        {
            Referral = (await queries.ListForEpisodeAsync(id, cancellationToken)).FirstOrDefault(r => r.Id == referralId)
                ?? throw OnwardReferralNotFoundPage.For(referralId);
        }
    }
}

public sealed class GapForm
{
    public string? Need { get; set; }

    public string? Reason { get; set; }

    public string? Note { get; set; }

    public RadiosField NeedField => new("Input.Need", "Which need was not met?", Need,
        [.. ReferralDisplay.Needs.Where(n => n != NeedCategory.Other).Select(n => new Option(n.ToString(), ReferralDisplay.Need(n)))]);

    public RadiosField ReasonField => new("Input.Reason", "Why was it not met?", Reason,
    [
        new(nameof(UnmetNeedReason.NoService), "There is no service for it"),
        new(nameof(UnmetNeedReason.NoCapacity), "The services are full"),
        new(nameof(UnmetNeedReason.NotAccessible), "None the person can use", "For example too far, too costly, online only or no step-free access."),
    ]);

    public TextareaField NoteField => new("Input.Note", "What was missing (optional)", Note)
    {
        Hint = "About the service side only, for example \"no evening group for carers\". Do not write anything about the person.",
        Rows = 2,
    };

    public UnmetNeedInput ToInput(Guid? referralId) => new(
        Enum.TryParse<NeedCategory>(Need, out var need) && Enum.IsDefined(need) ? need : null,
        Enum.TryParse<UnmetNeedReason>(Reason, out var reason) && Enum.IsDefined(reason) ? reason : null,
        Note,
        referralId);
}
