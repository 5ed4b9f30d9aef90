using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Asking;
using Waymark.Web.Features.People;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Questionnaires;

/// <summary>How and when the questions were answered, as posted by the record forms, and reading it.</summary>
public sealed class AskingForm
{
    public string? Mode { get; set; }

    /// <summary>yyyy-MM-dd, from a date input; today by default.</summary>
    public string? AnsweredOn { get; set; }

    public static AskingForm Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new AskingForm { AnsweredOn = UkTime.Today(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
    }

    public RadiosField ModeField => new("Input.Mode", "How were the questions answered?", Mode, Display.ModeOptions);

    public InputField AnsweredOnField => new("Input.AnsweredOn", "When were they answered?", AnsweredOn)
    {
        Type = "date",
        Hint = "For a paper copy, the date the person filled it in",
        WidthClass = "nhsuk-input--width-10",
    };

    /// <summary>Reads the way and the date, adding an error for each it cannot read; both null-safe for the use case.</summary>
    public (ResponseMode? Mode, DateOnly? AnsweredOn) Read(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ResponseMode? mode = Enum.TryParse<ResponseMode>(Mode, out var parsed) && parsed is ResponseMode.WithLinkWorker or ResponseMode.Paper ? parsed : null;
        if (mode is null)
        {
            modelState.AddModelError("Input.Mode", "Choose how the questions were asked: in a conversation with you, or on paper");
        }

        DateOnly? date = DateOnly.TryParseExact(AnsweredOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        if (date is null)
        {
            modelState.AddModelError("Input.AnsweredOn", string.IsNullOrWhiteSpace(AnsweredOn)
                ? "Enter the date the questions were answered"
                : "Enter the date the questions were answered as a real date, like 2026-11-02");
        }

        return (mode, date);
    }

    /// <summary>Puts each refusal by its field: a question's link id by that question, the way and date by theirs.</summary>
    public static void AddErrors(ModelStateDictionary modelState, QuestionnaireDefinition definition, DomainException error)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(definition);
        var errors = error is DomainErrorsException many ? many.Errors : [error];
        foreach (var one in errors)
        {
            modelState.AddModelError(FieldOf(definition, one.Field), one.Message);
        }
    }

    public static string FieldOf(QuestionnaireDefinition definition, string? field) => field switch
    {
        null => string.Empty,
        _ when definition.FindItem(field) is not null => AnswerForm.FieldOf(field),
        _ when field.StartsWith("Answers.", StringComparison.Ordinal) && definition.FindItem(field["Answers.".Length..]) is not null
            => AnswerForm.FieldOf(field["Answers.".Length..]),
        "Mode" or "RecordedBy" => "Input.Mode",
        "AnsweredOn" or "AnsweredAt" => "Input.AnsweredOn",
        _ => string.Empty,
    };
}
