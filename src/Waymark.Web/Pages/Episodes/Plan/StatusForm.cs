using Waymark.Domain.Plans;
using Waymark.Web.Features.Plans;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Plan;

/// <summary>"What has happened to this goal?": the changes its status allows, and why (for stopping or reopening).</summary>
public sealed class StatusForm
{
    public string? Change { get; set; }

    public string? StatusReason { get; set; }

    /// <summary>The status changes open from <paramref name="status"/>; "something different" has a form of its own.</summary>
    public static IReadOnlyList<Option> Options(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted =>
        [
            new(nameof(GoalChange.Start), "They have started working on it"),
            new(nameof(GoalChange.Achieve), "They have achieved it"),
            new(nameof(GoalChange.Stop), "They have stopped working on it", "Say why below."),
        ],
        GoalStatus.InProgress =>
        [
            new(nameof(GoalChange.Achieve), "They have achieved it"),
            new(nameof(GoalChange.Stop), "They have stopped working on it", "Say why below."),
        ],
        GoalStatus.Achieved or GoalStatus.Stopped => [new(nameof(GoalChange.Reopen), "They are working on it again", "Say why below.")],
        _ => [],
    };

    public RadiosField ChangeField(GoalStatus status) => new("Status.Change", "What has happened?", Change, Options(status));

    public TextareaField ReasonField => new("Status.StatusReason", "Why (needed when stopping or reopening a goal)", StatusReason) { Rows = 3 };
}
