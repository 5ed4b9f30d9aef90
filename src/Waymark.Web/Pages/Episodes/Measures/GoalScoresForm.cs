using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Progress;
using Waymark.Web.Pages.Episodes.WhatMatters;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Measures;

/// <summary>One goal on the form: its id, its words (shown, not posted back) and the score typed ("" = not scored).</summary>
public sealed class GoalScoreForm
{
    public Guid GoalId { get; set; }

    public string? Score { get; set; }
}

/// <summary>What the "score goals at a review" form posts: the day of the review and a score for each open goal.</summary>
public sealed class GoalScoresForm
{
    public DateParts On { get; set; } = new();

    public List<GoalScoreForm> Goals { get; set; } = [];

    public static string ScoreName(int index) => $"Input.Goals[{index}].Score";

    /// <summary>Reads the form into the use case's input, or adds errors (saying how to fix them) and returns null.</summary>
    public GoalScoresInput? Read(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        DateOnly? on = null;
        if (On.IsEmpty)
        {
            modelState.AddModelError("Input.On", "Enter the date of the review");
        }
        else if (!On.TryRead("the date of the review", out on, out var error))
        {
            modelState.AddModelError("Input.On", error!);
        }

        var entries = new List<GoalScoreEntry>();
        for (var i = 0; i < Goals.Count; i++)
        {
            var typed = Goals[i].Score?.Trim();
            if (string.IsNullOrEmpty(typed))
            {
                continue;
            }

            if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= GoalScore.MinScore and <= GoalScore.MaxScore)
            {
                entries.Add(new GoalScoreEntry(Goals[i].GoalId, score));
            }
            else
            {
                modelState.AddModelError(ScoreName(i), "Enter a whole number from 1 to 10, or leave it empty to skip this goal");
            }
        }

        if (entries.Count == 0 && modelState.IsValid && Goals.Count > 0)
        {
            modelState.AddModelError(ScoreName(0), RecordGoalScores.NothingScored);
        }

        return modelState.IsValid ? new GoalScoresInput(on, entries) : null;
    }

    public DateField OnField => On.Field("Input.On", "Date of the review") with { Hint = "For example, 15 3 2027" };

    public InputField ScoreField(int index, string goalWords) => new(ScoreName(index), goalWords, Goals[index].Score)
    {
        Hint = "From 1 (not close at all) to 10 (achieved it). Leave it empty to skip this goal.",
        WidthClass = "nhsuk-input--width-2",
    };
}
