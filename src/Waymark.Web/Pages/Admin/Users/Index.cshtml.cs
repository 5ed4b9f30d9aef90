using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Users;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Users;

/// <summary>Everyone who can (or could) sign in, with search, filters by role and organisation, sorting and paging.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(UserQueries users, OrganisationQueries organisations) : PageModel
{
    public const string Path = "/admin/users";

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public StaffRole? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public UserSort Sort { get; set; }

    public Paged<UserSummary> Results { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public IReadOnlyList<Option> Organisations { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Role is not null || OrganisationId is not null;

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Results = await users.ListAsync(new UserFilter(Search, Role, OrganisationId), Sort, page, null, cancellationToken);
        Organisations = await AdminDisplay.OrganisationOptionsAsync(organisations, cancellationToken);
    }

    public SortHeader Header(string text, UserSort sort) => new(text, ListUrl(sort, null),
        sort != Sort ? null : sort == UserSort.LastSignedIn ? "descending" : "ascending");

    public Pager Pager => new(Results.Page, Results.TotalPages, page => ListUrl(Sort, page));

    private string ListUrl(UserSort sort, int? page) => Listing.Url(Path,
    [
        new("search", Search),
        new("role", Role?.ToString()),
        new("organisationId", OrganisationId?.ToString()),
        new("sort", sort == UserSort.Name ? null : sort.ToString()),
        new("page", page is null or 1 ? null : page.Value.ToString(CultureInfo.InvariantCulture)),
    ]);
}
