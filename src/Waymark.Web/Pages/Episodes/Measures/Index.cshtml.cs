using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Progress;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Episodes.Measures;

/// <summary>
/// The episode's wellbeing measures: each questionnaire measure over time with its change since baseline, each goal's
/// scores, and HbA1c for a person with type 2 diabetes. Charts with tables and a sentence each; the read is audited.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class IndexModel(EpisodeHeaders headers, MeasureProgressQueries queries, IAuthorizationService authorization) : PageModel
{
    /// <summary>Where questionnaires are recorded (the recording pages).</summary>
    public static string RecordPath(Guid episodeId) => $"/episodes/{episodeId}/questionnaires";

    public static string GoalScoresPath(Guid episodeId) => $"/episodes/{episodeId}/measures/goal-scores";

    public static string HbA1cPath(Guid episodeId) => $"/episodes/{episodeId}/measures/hba1c";

    public EpisodeHeader Header { get; private set; } = default!;

    public EpisodeMeasures Measures { get; private set; } = default!;

    /// <summary>A link worker of the team records scores while the person is allocated or active.</summary>
    public bool CanRecord { get; private set; }

    /// <summary>HbA1c results can be added at any stage, by a link worker of the team.</summary>
    public bool CanAddHbA1c { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Measures = await queries.ForEpisodeAsync(User, id, cancellationToken);
        var linkWorker = (await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded;
        CanRecord = linkWorker && Header.Status.IsInSupport();
        CanAddHbA1c = linkWorker && Measures.OffersHbA1c;
    }
}
