using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Organisations;

/// <summary>All organisations, active and inactive, with search, a filter by kind, sorting and paging.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(OrganisationQueries queries) : PageModel
{
    public const string Path = "/admin/organisations";

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationSort Sort { get; set; }

    public Paged<OrganisationSummary> Results { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Kind is not null;

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Results = await queries.ListAsync(Search, Kind, includeInactive: true, Sort, page, null, cancellationToken);
    }

    public SortHeader Header(string text, OrganisationSort sort) =>
        new(text, ListUrl(sort, null), sort == Sort ? "ascending" : null);

    public Pager Pager => new(Results.Page, Results.TotalPages, page => ListUrl(Sort, page));

    private string ListUrl(OrganisationSort sort, int? page) => Listing.Url(Path,
    [
        new("search", Search),
        new("kind", Kind?.ToString()),
        new("sort", sort == OrganisationSort.Name ? null : sort.ToString()),
        new("page", page is null or 1 ? null : page.Value.ToString(CultureInfo.InvariantCulture)),
    ]);
}
