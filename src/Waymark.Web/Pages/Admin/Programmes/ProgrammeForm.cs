using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.People;
using Waymark.Web.Features.Programmes;
using Waymark.Web.Features.Teams;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Programmes;

/// <summary>What the add and change programme forms post. Numbers are text so a typing mistake gets a helpful message.</summary>
public sealed class ProgrammeForm
{
    public string? Name { get; set; }

    public string? MinAge { get; set; }

    public string? MaxAge { get; set; }

    public List<LongTermCondition> QualifyingConditions { get; set; } = [];

    public List<Guid> PracticeIds { get; set; } = [];

    /// <summary>Postcode districts separated by commas or spaces: "LS6, LS7".</summary>
    public string? Areas { get; set; }

    public string? DefaultContactFrequencyDays { get; set; } = "14";

    public string? NoContactThresholdDays { get; set; } = "28";

    public string? MinAttempts { get; set; } = LostContactRule.Default.MinAttempts.ToString(CultureInfo.InvariantCulture);

    public string? MinModes { get; set; } = LostContactRule.Default.MinModes.ToString(CultureInfo.InvariantCulture);

    public string? MinDays { get; set; } = LostContactRule.Default.MinDays.ToString(CultureInfo.InvariantCulture);

    public string? ReviewWeeks { get; set; } = "12";

    /// <summary>
    /// The questionnaires asked at the baseline, each review and discharge. Empty here, because unticking every box
    /// posts nothing; a new programme's form starts with ONS4 and UCLA-3 (<see cref="ForNewProgramme"/>).
    /// </summary>
    public List<string> MeasureUrls { get; set; } = [];

    /// <summary>"yes" or "no": whether the measures are asked again when discharge is being prepared.</summary>
    public string? AskMeasuresAtDischarge { get; set; } = "yes";

    public static ProgrammeForm ForNewProgramme() => new() { MeasureUrls = [BuiltInQuestionnaires.Ons4Url, BuiltInQuestionnaires.Ucla3Url] };

    /// <summary>The active questionnaires to choose from, and any chosen one no longer active so it can be unticked.</summary>
    public IReadOnlyList<Option> QuestionnaireOptions(IReadOnlyList<(string Url, string Title)> active) =>
        [.. active.Select(q => new Option(q.Url, q.Title)),
            .. MeasureUrls.Where(u => active.All(q => q.Url != u)).Select(u => new Option(u, u, "No longer active: untick it or choose its current version"))];

    public static ProgrammeForm From(ProgrammeView p) => new()
    {
        Name = p.Name,
        MinAge = Text(p.MinAge),
        MaxAge = Text(p.MaxAge),
        QualifyingConditions = [.. p.QualifyingConditions],
        PracticeIds = [.. p.PracticeIds],
        Areas = string.Join(", ", p.Areas),
        DefaultContactFrequencyDays = Text(p.DefaultContactFrequencyDays),
        NoContactThresholdDays = Text(p.NoContactThresholdDays),
        MinAttempts = Text(p.LostContact.MinAttempts),
        MinModes = Text(p.LostContact.MinModes),
        MinDays = Text(p.LostContact.MinDays),
        ReviewWeeks = Text(p.ReviewWeeks),
        MeasureUrls = [.. p.MeasureUrls],
        AskMeasuresAtDischarge = p.AskMeasuresAtDischarge ? "yes" : "no",
    };

    /// <summary>The use case's input, or null with a message by each field that is not a whole number.</summary>
    public ProgrammeInput? ToInput(ModelStateDictionary modelState)
    {
        int? Number(string? value, string field, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            modelState.AddModelError($"Input.{field}", $"Enter {what} as a whole number, like 12");
            return null;
        }

        var input = new ProgrammeInput(
            Name,
            Number(MinAge, nameof(MinAge), "the minimum age"),
            Number(MaxAge, nameof(MaxAge), "the maximum age"),
            QualifyingConditions,
            PracticeIds,
            (Areas ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Number(DefaultContactFrequencyDays, nameof(DefaultContactFrequencyDays), "the contact frequency"),
            Number(NoContactThresholdDays, nameof(NoContactThresholdDays), "the days without contact"),
            Number(MinAttempts, nameof(MinAttempts), "the number of attempts"),
            Number(MinModes, nameof(MinModes), "the number of ways of contact"),
            Number(MinDays, nameof(MinDays), "the number of days"),
            Number(ReviewWeeks, nameof(ReviewWeeks), "the weeks between reviews"),
            MeasureUrls,
            AskMeasuresAtDischarge switch
            {
                "yes" => true,
                "no" => false,
                _ => null,
            });
        if (input.AskMeasuresAtDischarge is null && !string.IsNullOrEmpty(AskMeasuresAtDischarge))
        {
            modelState.AddModelError($"Input.{nameof(AskMeasuresAtDischarge)}", "Select yes if the measures are asked again when discharge is being prepared");
        }

        return modelState.IsValid ? input : null;
    }

    public InputField NameField => new("Input.Name", "Programme name", Name) { Spellcheck = true, Hint = "For example, Healthy hearts or Carers' support." };

    public InputField MinAgeField => new("Input.MinAge", "Minimum age (optional)", MinAge) { WidthClass = "nhsuk-input--width-3", Type = "text" };

    public InputField MaxAgeField => new("Input.MaxAge", "Maximum age (optional)", MaxAge) { WidthClass = "nhsuk-input--width-3", Type = "text" };

    public CheckboxesField ConditionsField => new(
        "Input.QualifyingConditions", "Qualifying conditions", [.. QualifyingConditions.Select(c => c.ToString())],
        [.. Enum.GetValues<LongTermCondition>().Where(c => c != LongTermCondition.Other).Select(c => new Option(c.ToString(), c.DisplayName()))])
    {
        Hint = "People need any one of these to be eligible. Select none if the programme is open to everyone.",
    };

    public CheckboxesField PracticesField(IReadOnlyList<TeamPracticeView> practices) => new(
        "Input.PracticeIds", "GP practices", [.. PracticeIds.Select(id => id.ToString())],
        [.. practices.Select(p => new Option(p.Id.ToString(), p.Name, p.OdsCode))])
    {
        Hint = "Select none to take people from all the team's practices.",
    };

    public InputField AreasField => new("Input.Areas", "Postcode districts (optional)", Areas)
    {
        Hint = "Only people living in these districts are eligible, separated by commas, like LS6, LS7. Leave blank for anywhere.",
    };

    public InputField FrequencyField => new("Input.DefaultContactFrequencyDays", "Usual days between contacts", DefaultContactFrequencyDays)
    {
        WidthClass = "nhsuk-input--width-3",
        Hint = "The starting point for each person's contact plan.",
    };

    public InputField ThresholdField => new("Input.NoContactThresholdDays", "Days without contact before an alert", NoContactThresholdDays)
    {
        WidthClass = "nhsuk-input--width-3",
    };

    public InputField AttemptsField => new("Input.MinAttempts", "Attempts to contact", MinAttempts) { WidthClass = "nhsuk-input--width-3" };

    public InputField ModesField => new("Input.MinModes", "Different ways of contact", MinModes) { WidthClass = "nhsuk-input--width-3", Hint = "For example, phone and letter count as 2 ways." };

    public InputField DaysField => new("Input.MinDays", "Days the attempts must span", MinDays) { WidthClass = "nhsuk-input--width-3" };

    public InputField ReviewField => new("Input.ReviewWeeks", "Weeks between plan and measure reviews", ReviewWeeks)
    {
        WidthClass = "nhsuk-input--width-3",
        Hint = "Goals are reviewed this often, and the wellbeing measures are asked again this many weeks after the baseline, then every this many weeks.",
    };

    public CheckboxesField MeasuresField(IReadOnlyList<Option> questionnaires) => new("Input.MeasureUrls", "Wellbeing measures asked", MeasureUrls, questionnaires)
    {
        Hint = "Asked in the first conversation (the baseline), at each review and at discharge. Select none if the programme asks none.",
    };

    public RadiosField AskAtDischargeField => new(
        "Input.AskMeasuresAtDischarge", "Ask the measures again when discharge is being prepared?", AskMeasuresAtDischarge,
        [new Option("yes", "Yes"), new Option("no", "No")])
    {
        Inline = true,
    };

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
