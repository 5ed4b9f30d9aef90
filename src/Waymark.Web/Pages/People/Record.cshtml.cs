using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.Measures.Charts;
using Waymark.Web.Features.Measures.Progress;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.People;

/// <summary>A person's record: who they are, how to communicate with them, the risks to know, and their episodes. Audited.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class RecordModel(GetPerson get, MeasureProgressQueries measures, TimeProvider clock) : PageModel
{
    public PersonView Person { get; private set; } = default!;

    public DateOnly Today { get; private set; }

    public bool CanEdit => PersonPage.CanEdit(User);

    /// <summary>Wellbeing measures from each episode the caller may see, newest episode first.</summary>
    public IReadOnlyList<EpisodeMeasures> Measures { get; private set; } = [];

    /// <summary>HbA1c for a person with type 2 diabetes (null for anyone else).</summary>
    public ChartSeries? HbA1c { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = await get.ExecuteAsync(User, id, cancellationToken);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Measures = await measures.ForPersonAsync(User, id, cancellationToken);
        var (offered, results) = await measures.HbA1cForPersonAsync(User, id, cancellationToken);
        HbA1c = offered || results.Count > 0 ? EpisodeMeasures.HbA1cSeries(results) : null;
    }
}
