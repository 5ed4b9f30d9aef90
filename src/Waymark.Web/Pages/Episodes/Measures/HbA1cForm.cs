using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Progress;
using Waymark.Web.Pages.Episodes.WhatMatters;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Measures;

/// <summary>What the "add an HbA1c result" form posts. Property names match the domain's field names, for errors.</summary>
public sealed class HbA1cForm
{
    public string? Value { get; set; }

    public DateParts TakenOn { get; set; } = new();

    public string? Source { get; set; }

    public string? SourceDetail { get; set; }

    /// <summary>
    /// Reads the form into the use case's input. A value that is not a whole number or a date that is not a real date
    /// is reported here; the rest (range, future date, missing source) by the domain, all at once.
    /// </summary>
    public HbA1cInput? Read(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        int? value = null;
        if (!string.IsNullOrWhiteSpace(Value))
        {
            if (int.TryParse(Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                value = parsed;
            }
            else
            {
                modelState.AddModelError("Input.Value", "Enter the HbA1c in mmol/mol as a whole number, like 53");
            }
        }

        DateOnly? takenOn = null;
        if (!TakenOn.TryRead("the date the sample was taken", out takenOn, out var error))
        {
            modelState.AddModelError("Input.TakenOn", error!);
        }

        HbA1cSource? source = Enum.TryParse<HbA1cSource>(Source, out var chosen) && Enum.IsDefined(chosen) ? chosen : null;
        return modelState.IsValid ? new HbA1cInput(value, takenOn, source, SourceDetail) : null;
    }

    public InputField ValueField => new("Input.Value", "HbA1c result (mmol/mol)", Value)
    {
        Hint = "A whole number, like 53. A result given as a percentage needs converting: 7% is 53 mmol/mol.",
        WidthClass = "nhsuk-input--width-3",
    };

    public DateField TakenOnField => TakenOn.Field("Input.TakenOn", "Date the blood sample was taken") with { Hint = "For example, 15 3 2027" };

    public RadiosField SourceField => new("Input.Source", "Where did the result come from?", Source ?? string.Empty, MeasureDisplay.SourceOptions);

    public InputField SourceDetailField => new("Input.SourceDetail", "If other, where did it come from?", SourceDetail)
    {
        Hint = "For example, a letter from the diabetes clinic",
    };
}
