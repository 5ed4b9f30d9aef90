using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Plans;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Plan;

/// <summary>
/// Updates one goal: what has happened to it (its status), its steps, helpers and dates, or a new goal in its place
/// when the person wants something different. Each is its own form and handler.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class GoalModel(EpisodeHeaders headers, PlanQueries plans, UpdateGoal update) : PageModel
{
    [BindProperty]
    public StatusForm Status { get; set; } = new();

    [BindProperty]
    public GoalForm Details { get; set; } = new();

    [BindProperty]
    public GoalForm Replacement { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public PlanView Plan { get; private set; } = default!;

    public GoalView Goal { get; private set; } = default!;

    /// <summary>Goals change only while the person is allocated or active.</summary>
    public bool InSupport => Header.Status.IsInSupport();

    public async Task OnGetAsync(Guid id, Guid goalId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, goalId, cancellationToken);
        Details = GoalForm.From(Goal);
        Replacement = new GoalForm();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, Guid goalId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, goalId, cancellationToken);
        if (!Enum.TryParse<GoalChange>(Status.Change, out var change) || StatusForm.Options(Goal.Status).All(o => o.Value != Status.Change))
        {
            ModelState.AddModelError("Status.Change", "Choose what has happened to the goal");
            return Page();
        }

        var message = change switch
        {
            GoalChange.Start => "Goal marked as in progress",
            GoalChange.Achieve => "Goal marked as achieved",
            GoalChange.Stop => "Goal stopped",
            _ => "Goal reopened",
        };
        return await SaveAsync(id, goalId, new UpdateGoalInput(change, Status.StatusReason), nameof(Status), Status, message, cancellationToken);
    }

    public async Task<IActionResult> OnPostDetailsAsync(Guid id, Guid goalId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, goalId, cancellationToken);
        return Details.Read(nameof(Details), ModelState) is { } input
            ? await SaveAsync(id, goalId, new UpdateGoalInput(GoalChange.Revise, Goal: input), nameof(Details), Details, "Goal updated", cancellationToken)
            : Page();
    }

    public async Task<IActionResult> OnPostReplaceAsync(Guid id, Guid goalId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, goalId, cancellationToken);
        return Replacement.Read(nameof(Replacement), ModelState) is { } input
            ? await SaveAsync(id, goalId, new UpdateGoalInput(GoalChange.Replace, Goal: input), nameof(Replacement), Replacement,
                "Goal changed to what the person wants now", cancellationToken)
            : Page();
    }

    private async Task<IActionResult> SaveAsync(
        Guid id, Guid goalId, UpdateGoalInput input, string prefix, object form, string message, CancellationToken cancellationToken)
    {
        try
        {
            await update.ExecuteAsync(User, id, goalId, input, cancellationToken);
            TempData.SetSuccess(message);
            return Redirect($"/episodes/{id}/plan");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, prefix, form);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, Guid goalId, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Plan = await plans.ForEpisodeAsync(id, cancellationToken);
        Goal = Plan.Find(goalId) ?? throw new NotFoundException("goal", goalId);
    }
}
