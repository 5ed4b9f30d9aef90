using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Referrals;

/// <summary>
/// The referrer's home: their own practice's referrals, newest first, with the status and the outcome and its
/// reason — never the team's notes, conversations, plans or contacts.
/// </summary>
[Authorize(Policy = Policies.Referrer)]
public sealed class IndexModel(ReferralQueries queries) : PageModel
{
    public const string Path = "/referrals";

    public Paged<PracticeReferralItem> Referrals { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public Pager Pager => new(Referrals.Page, Referrals.TotalPages, page => Listing.Url(Path, [new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))]));

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken) =>
        Referrals = await queries.ForPracticeAsync(User, page, cancellationToken);
}
