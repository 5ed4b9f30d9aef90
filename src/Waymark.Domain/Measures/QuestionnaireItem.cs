using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// One question: its <see cref="LinkId"/> (stable across versions; answers and FHIR exports refer to it), the exact
/// words, how it is answered (a number from <see cref="Min"/> to <see cref="Max"/>, or one of <see cref="Options"/>)
/// and, when the questionnaire scores each item on its own, how to read its score (<see cref="Banding"/>).
/// Made through <see cref="Scale"/> or <see cref="Choice"/>, which check it.
/// </summary>
public sealed partial record QuestionnaireItem
{
    public const int LinkIdMaxLength = 64;
    public const int TextMaxLength = 1000;
    public const int NameMaxLength = 100;
    public const int MaxOptions = 20;
    public const int MaxScaleSteps = 100;

    private QuestionnaireItem(string linkId, string text, AnswerKind kind, bool required)
    {
        (LinkId, Text, Kind, Required) = (linkId, text, kind, required);
        Options = [];
    }

    public string LinkId { get; }

    public string Text { get; }

    /// <summary>A short name for charts and tables ("Anxiety"); the link id when none is given.</summary>
    public string Name { get; private init; } = string.Empty;

    public AnswerKind Kind { get; }

    public bool Required { get; }

    public int? Min { get; private init; }

    public int? Max { get; private init; }

    public ScaleAnchors? Anchors { get; private init; }

    public IReadOnlyList<AnswerOption> Options { get; private init; }

    /// <summary>How to read this item's score on its own; needed when the questionnaire is scored per item.</summary>
    public Banding? Banding { get; private init; }

    /// <summary>Every score an answer to this question can have, lowest first.</summary>
    public IReadOnlyList<int> PossibleScores => Kind == AnswerKind.Scale
        ? Enumerable.Range(Min!.Value, Max!.Value - Min.Value + 1).ToList()
        : Options.Select(o => o.Score).Distinct().Order().ToList();

    /// <summary>What to tell someone whose answer is missing or not allowed ("Enter a number from 0 to 10").</summary>
    public string Instruction => Kind == AnswerKind.Scale
        ? $"Enter a number from {Min} to {Max}"
        : "Select one of the answers";

    public static QuestionnaireItem Scale(
        string? linkId, string? text, int min, int max, ScaleAnchors? anchors = null, Banding? banding = null, bool required = true, string? name = null)
    {
        var item = Base(linkId, text, AnswerKind.Scale, required, name);
        if (min >= max || max - min > MaxScaleSteps)
        {
            throw new DomainException($"The question \"{item.LinkId}\" needs a scale whose lowest number is below its highest, at most {MaxScaleSteps} apart", "Items");
        }

        var checkedAnchors = anchors is null ? null : new ScaleAnchors(
            Common.Text.Required(anchors.AtMin, "Items", "the words at the lowest end of the scale", NameMaxLength),
            Common.Text.Required(anchors.AtMax, "Items", "the words at the highest end of the scale", NameMaxLength));
        return item with { Min = min, Max = max, Anchors = checkedAnchors, Banding = banding };
    }

    public static QuestionnaireItem Choice(
        string? linkId, string? text, IEnumerable<AnswerOption> options, Banding? banding = null, bool required = true, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var item = Base(linkId, text, AnswerKind.Choice, required, name);
        var checkedOptions = options.Select(o => new AnswerOption(
            Common.Text.Required(o.Code, "Items", "a code for each answer", LinkIdMaxLength),
            Common.Text.Required(o.Display, "Items", "the words for each answer", TextMaxLength),
            o.Score)).ToList();
        if (checkedOptions.Count is < 2 or > MaxOptions)
        {
            throw new DomainException($"The question \"{item.LinkId}\" needs from 2 to {MaxOptions} answers to choose from", "Items");
        }

        if (checkedOptions.Select(o => o.Code).Distinct(StringComparer.Ordinal).Count() != checkedOptions.Count)
        {
            throw new DomainException($"Give each answer to the question \"{item.LinkId}\" a different code", "Items");
        }

        return item with { Options = checkedOptions, Banding = banding };
    }

    /// <summary>The score of one answer, or a <see cref="DomainException"/> naming this question when it is not allowed.</summary>
    internal int ScoreOf(QuestionnaireAnswer answer) => TryScore(answer) ?? throw new DomainException(Instruction, LinkId);

    /// <summary>The score of one answer, or null when it is not allowed: out of range, not an option, or the wrong kind.</summary>
    internal int? TryScore(QuestionnaireAnswer answer) => Kind == AnswerKind.Scale
        ? answer is { Number: { } number, Code: null } && number >= Min && number <= Max ? number : null
        : answer is { Number: null, Code: { } code } ? Options.FirstOrDefault(o => o.Code == code)?.Score : null;

    private static QuestionnaireItem Base(string? linkId, string? text, AnswerKind kind, bool required, string? name)
    {
        var checkedId = Common.Text.Required(linkId, "Items", "a link id for each question", LinkIdMaxLength);
        if (!LinkIdPattern().IsMatch(checkedId))
        {
            throw new DomainException($"The link id \"{checkedId}\" can use only letters, numbers, dots, dashes and underscores", "Items");
        }

        return new QuestionnaireItem(checkedId, Common.Text.Required(text, "Items", "the words of each question", TextMaxLength), kind, required)
        {
            Name = Common.Text.Optional(name, "Items", "the short name of a question", NameMaxLength) ?? checkedId,
        };
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex LinkIdPattern();

    /// <summary>Equal when every part is equal, the options compared one by one (records compare lists by reference).</summary>
    public bool Equals(QuestionnaireItem? other) => other is not null
        && (LinkId, Text, Name, Kind, Required, Min, Max, Anchors, Banding) == (other.LinkId, other.Text, other.Name, other.Kind, other.Required, other.Min, other.Max, other.Anchors, other.Banding)
        && Options.SequenceEqual(other.Options);

    public override int GetHashCode() => HashCode.Combine(LinkId, Text, Kind, Min, Max, Options.Count);
}
