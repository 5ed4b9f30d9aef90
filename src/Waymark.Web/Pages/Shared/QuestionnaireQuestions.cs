using Waymark.Domain.Measures;

namespace Waymark.Web.Pages.Shared;

/// <summary>
/// The model of the _QuestionnaireQuestions partial, which renders a questionnaire's questions as NHS radios for
/// staff and public pages alike: a number scale as inline radios with its end words as the hint, a choice as a radio
/// per answer. Each question posts as <c>Answers[linkId]</c>; its error is read from ModelState under that key.
/// </summary>
public sealed record QuestionnaireQuestions(QuestionnaireDefinition Definition, IReadOnlyDictionary<string, string?> Values)
{
    public string Prefix { get; init; } = "Answers";

    /// <summary>Only these questions (one question per screen); all of them when null.</summary>
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary>The question is the page's heading (one question per screen).</summary>
    public bool QuestionIsPageHeading { get; init; }

    public IEnumerable<QuestionnaireItem> Items => Only is null ? Definition.Items : Definition.Items.Where(i => Only.Contains(i.LinkId));

    public string NameOf(QuestionnaireItem item) => $"{Prefix}[{item.LinkId}]";

    public string? ValueOf(QuestionnaireItem item) => Values.TryGetValue(item.LinkId, out var value) ? value : null;

    /// <summary>The hint under a question: a scale's end words ("0 is not at all, 10 is completely").</summary>
    public static string? HintOf(QuestionnaireItem item) => item switch
    {
        { Kind: AnswerKind.Scale, Anchors: { } anchors } => $"{item.Min} is {anchors.AtMin}, {item.Max} is {anchors.AtMax}",
        { Kind: AnswerKind.Scale } => $"Choose a number from {item.Min} to {item.Max}",
        _ => null,
    };

    /// <summary>The answers as (value, label) pairs: each number of a scale, or each option's code and words.</summary>
    public static IReadOnlyList<(string Value, string Label)> ChoicesOf(QuestionnaireItem item) => item.Kind == AnswerKind.Scale
        ? Enumerable.Range(item.Min!.Value, item.Max!.Value - item.Min.Value + 1)
            .Select(n => (n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()
        : item.Options.Select(o => (o.Code, o.Display)).ToList();
}

/// <summary>The model of the _PaperQuestionnaire partial: a questionnaire to print, for a named person or blank.</summary>
public sealed record PaperQuestionnaire(QuestionnaireDefinition Definition, string? PersonName);
