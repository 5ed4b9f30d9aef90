using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Plans;
using Waymark.Web.Features.Plans;
using Waymark.Web.Pages.Episodes.WhatMatters;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Plan;

/// <summary>A goal's words and details as a form posts them. Property names match the domain's fields, for errors.</summary>
public sealed class GoalForm
{
    public string? InTheirWords { get; set; }

    /// <summary>One step a line.</summary>
    public string? Steps { get; set; }

    public string? WhoHelps { get; set; }

    public DateParts TargetDate { get; set; } = new();

    public DateParts ReviewDate { get; set; } = new();

    public static GoalForm From(GoalView goal) => new()
    {
        InTheirWords = goal.InTheirWords,
        Steps = string.Join('\n', goal.Steps),
        WhoHelps = goal.WhoHelps,
        TargetDate = DateParts.Of(goal.TargetDate),
        ReviewDate = DateParts.Of(goal.ReviewDate),
    };

    /// <summary>The input for the use case, or null with errors added under <paramref name="prefix"/>.</summary>
    public GoalInput? Read(string prefix, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (!TargetDate.TryRead("the target date", out var target, out var targetError))
        {
            modelState.AddModelError($"{prefix}.TargetDate", targetError!);
        }

        if (!ReviewDate.TryRead("the review date", out var review, out var reviewError))
        {
            modelState.AddModelError($"{prefix}.ReviewDate", reviewError!);
        }

        var steps = (Steps ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return targetError is null && reviewError is null ? new GoalInput(InTheirWords, steps, WhoHelps, target, review) : null;
    }

    public TextareaField WordsField(string prefix, string label) => new($"{prefix}.InTheirWords", label, InTheirWords)
    {
        Hint = "In the person's own words, for example \"I want to get out of the house twice a week\".",
        Rows = 3,
    };

    public TextareaField StepsField(string prefix) => new($"{prefix}.Steps", "Steps (optional)", Steps)
    {
        Hint = $"Put each step on a new line, up to {Goal.MaxSteps} steps.",
    };

    public TextareaField WhoHelpsField(string prefix) => new($"{prefix}.WhoHelps", "Who helps (optional)", WhoHelps)
    {
        Hint = "For example, their link worker, a daughter, the walking group leader.",
        Rows = 2,
    };

    public DateField TargetDateField(string prefix) => TargetDate.Field($"{prefix}.TargetDate", "Target date (optional)") with
    {
        Hint = "When they would like to have done this. For example, 15 3 2027",
    };

    public DateField ReviewDateField(string prefix) => ReviewDate.Field($"{prefix}.ReviewDate", "Review date (optional)") with
    {
        Hint = "When you will look at this goal together. For example, 1 2 2027",
    };
}
