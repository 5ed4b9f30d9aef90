using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>Listings past their check date, the longest overdue first, each verified with one button.</summary>
[Authorize(Policy = Policies.DirectoryEditors)]
public sealed class StaleModel(DirectoryQueries queries, VerifyService verify, TimeProvider clock) : PageModel
{
    public Paged<StaleListing> Results { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Results = await queries.StaleAsync(User, ContactTime.Today(clock), page, cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await verify.ExecuteAsync(User, id, cancellationToken);
        TempData.SetSuccess($"Listing checked: {service.Name}");
        return Redirect(DirectoryDisplay.StalePath);
    }

    public Pager Pager => new(Results.Page, Results.TotalPages, page => Listing.Url(DirectoryDisplay.StalePath,
        [new("page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
}
