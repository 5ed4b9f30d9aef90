using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.OnwardReferrals;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Homes;

/// <summary>
/// The partner's inbox: direct referrals link workers sent to the partner user's own organisation, newest first, by
/// status, with those waiting too long for a reply flagged.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class PartnerModel(OnwardReferralQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<PartnerInboxRow> Results { get; private set; } = default!;

    public int ResponseWorkingDays => queries.ResponseWorkingDays;

    public Pager Pager => new(Results.Page, Results.TotalPages, n => $"/partner?page={n}" + (Status is null ? string.Empty : $"&status={Uri.EscapeDataString(Status)}"));

    public static IReadOnlyList<OnwardReferralStatus> Statuses { get; } =
    [
        OnwardReferralStatus.Requested, OnwardReferralStatus.Accepted, OnwardReferralStatus.InProgress, OnwardReferralStatus.OnHold,
        OnwardReferralStatus.Completed, OnwardReferralStatus.Rejected, OnwardReferralStatus.Failed, OnwardReferralStatus.Cancelled,
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        OnwardReferralStatus? status = Enum.TryParse<OnwardReferralStatus>(Status, out var parsed) && Statuses.Contains(parsed) ? parsed : null;
        Status = status?.ToString();
        Results = await queries.PartnerInboxAsync(User, status, PageNumber, null, cancellationToken);
    }
}
