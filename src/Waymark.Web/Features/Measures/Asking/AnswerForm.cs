using System.Globalization;
using Waymark.Domain.Measures;

namespace Waymark.Web.Features.Measures.Asking;

/// <summary>
/// Reads the answers a questionnaire form posts (link id → the number typed or the option code chosen) into
/// <see cref="QuestionnaireAnswer"/>s, and lists every problem at once in question order, with the item's own
/// instruction ("Enter a number from 0 to 10", "Select one of the answers"). Only the questionnaire's own questions
/// are read; anything else posted is ignored.
/// </summary>
public static class AnswerForm
{
    public static (IReadOnlyList<QuestionnaireAnswer> Answers, IReadOnlyList<AnswerProblem> Problems) Read(
        QuestionnaireDefinition definition, IReadOnlyDictionary<string, string?> posted, IEnumerable<string>? onlyLinkIds = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(posted);
        var only = onlyLinkIds?.ToHashSet(StringComparer.Ordinal);
        var answers = new List<QuestionnaireAnswer>();
        var unreadable = new List<AnswerProblem>();
        foreach (var item in definition.Items)
        {
            var text = posted.TryGetValue(item.LinkId, out var value) ? value?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (item.Kind == AnswerKind.Choice)
            {
                answers.Add(QuestionnaireAnswer.Chosen(item.LinkId, text));
            }
            else if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                answers.Add(QuestionnaireAnswer.Of(item.LinkId, number));
            }
            else
            {
                unreadable.Add(new AnswerProblem(item.LinkId, item.Instruction));
            }
        }

        var problems = definition.Check(answers).Where(p => unreadable.TrueForAll(u => u.LinkId != p.LinkId)).Concat(unreadable)
            .Where(p => only is null || only.Contains(p.LinkId))
            .OrderBy(p => IndexOf(definition, p.LinkId))
            .ToList();
        return (answers, problems);
    }

    private static int IndexOf(QuestionnaireDefinition definition, string linkId)
    {
        for (var i = 0; i < definition.Items.Count; i++)
        {
            if (definition.Items[i].LinkId == linkId)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The form field (ModelState key) of a question: "Answers[life-satisfaction]".</summary>
    public static string FieldOf(string linkId, string prefix = "Answers") => $"{prefix}[{linkId}]";
}
