using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Matching;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Matching;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Plan;

/// <summary>
/// "Find services for this person": directory services ranked by fit with their needs, open goals and
/// circumstances, each with why it is suggested, and the relevant services left out with why.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class SuggestionsModel(EpisodeHeaders headers, SuggestServices suggest) : PageModel
{
    public const int PageSize = 10;

    public EpisodeHeader Header { get; private set; } = default!;

    public ServiceSuggestions Suggestions { get; private set; } = default!;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ServiceSuggestion> Shown { get; private set; } = [];

    public int TotalPages => Math.Max(1, (Suggestions.Result.Suggestions.Count + PageSize - 1) / PageSize);

    public Pager Pager => new(PageNumber, TotalPages, n => $"/episodes/{Header.EpisodeId}/plan/suggestions?page={n}");

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Suggestions = await suggest.ForEpisodeAsync(User, id, cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Shown = [.. Suggestions.Result.Suggestions.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }
}
