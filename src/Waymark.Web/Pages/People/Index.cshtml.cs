using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.People;

/// <summary>Finds a person the caller may see, by NHS number or words of their name.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class IndexModel(PeopleQueries people) : PageModel
{
    public const string Path = "/people";

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public Paged<PersonListItem> Results { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public bool IsSearching => !string.IsNullOrWhiteSpace(Search);

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Results = await people.SearchAsync(User, Search, page, null, cancellationToken);

    public Pager Pager => new(Results.Page, Results.TotalPages, page => Listing.Url(Path,
    [
        new("search", Search),
        new("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture)),
    ]));
}
