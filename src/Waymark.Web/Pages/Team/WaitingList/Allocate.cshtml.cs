using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Team.WaitingList;

/// <summary>What the allocation and handover forms post.</summary>
public sealed class AllocateForm
{
    public Guid? WorkerId { get; set; }

    public SupportIntensity? Intensity { get; set; }

    public string? Reason { get; set; }

    public string? OverCapacityReason { get; set; }
}

/// <summary>
/// Allocates a person on the waiting list to a link worker at a support intensity, showing each worker's weighted
/// load against capacity and who is suggested and why. For a person already allocated, the same page hands them
/// over to another worker. Viewing it is a read of the person's record (audited).
/// </summary>
[Authorize(Policy = Policies.SeniorLinkWorker)]
public sealed class AllocateModel(AllocationQueries queries, AllocateEpisode allocate, HandOverEpisode handOver) : PageModel
{
    [BindProperty]
    public AllocateForm Input { get; set; } = new();

    public AllocationView View { get; private set; } = default!;

    public bool IsHandOver => View.Header.Status is EpisodeStatus.Allocated or EpisodeStatus.Active;

    public async Task OnGetAsync(Guid episodeId, CancellationToken cancellationToken) =>
        View = await queries.LoadAsync(User, episodeId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid episodeId, CancellationToken cancellationToken)
    {
        View = await queries.LoadAsync(User, episodeId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var episode = IsHandOver
                ? await handOver.ExecuteAsync(User, episodeId, new HandOverInput(Input.WorkerId, Input.Reason, Input.OverCapacityReason), cancellationToken)
                : await allocate.ExecuteAsync(User, episodeId, new AllocateInput(Input.WorkerId, Input.Intensity, Input.OverCapacityReason), cancellationToken);
            var worker = View.Workers.Single(w => w.Id == episode.WorkerId).Name;
            TempData.SetSuccess(IsHandOver
                ? $"{View.Header.PersonName} handed over to {worker}"
                : $"{View.Header.PersonName} allocated to {worker} ({TeamDisplay.Intensity(episode.Intensity!.Value).ToLowerInvariant()} support)");
            return Redirect("/team/waiting-list");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }

    public IReadOnlyList<Option> WorkerOptions =>
        [.. View.Workers.Select(w => new Option(w.Id.ToString(), w.IsSuggested ? $"{w.Name} (suggested)" : w.Name, WorkerHint(w)))];

    private string WorkerHint(WorkerChoice worker)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"Caseload {worker.LoadText} (weighted)") };
        if (worker.WouldExceed(View.Intensity ?? Input.Intensity ?? SupportIntensity.Standard))
        {
            parts.Add("This would take them over capacity");
        }

        if (worker.Languages.Count > 0)
        {
            parts.Add($"Speaks {string.Join(", ", worker.Languages)}");
        }

        parts.AddRange(worker.SuggestedBecause);
        return string.Join(". ", parts) + ".";
    }
}
