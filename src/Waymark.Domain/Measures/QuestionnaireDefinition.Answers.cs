using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

public sealed partial class QuestionnaireDefinition
{
    /// <summary>
    /// Everything wrong with a set of answers, in question order, so a form can show every error at once:
    /// a required question not answered, an answer out of range or not one of the options ("Enter a number from 0 to
    /// 10"), an answer to a question the questionnaire does not have, or two answers to one question.
    /// </summary>
    public IReadOnlyList<AnswerProblem> Check(IEnumerable<QuestionnaireAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var given = answers.ToList();
        var problems = new List<AnswerProblem>();
        foreach (var item in _items)
        {
            var mine = given.Where(a => string.Equals(a.LinkId, item.LinkId, StringComparison.Ordinal)).ToList();
            if (mine.Count > 1)
            {
                problems.Add(new AnswerProblem(item.LinkId, "Give one answer to this question"));
            }
            else if (mine.Count == 0 && item.Required)
            {
                problems.Add(new AnswerProblem(item.LinkId, item.Instruction));
            }
            else if (mine.Count == 1 && item.TryScore(mine[0]) is null)
            {
                problems.Add(new AnswerProblem(item.LinkId, item.Instruction));
            }
        }

        problems.AddRange(given.Where(a => FindItem(a.LinkId) is null).Select(a => a.LinkId).Distinct()
            .Select(linkId => new AnswerProblem(linkId, "This questionnaire has no such question; answer only the questions shown")));
        return problems;
    }

    /// <summary>The scores of a response to this version: each item, each measure and its band.</summary>
    public QuestionnaireScore Score(QuestionnaireResponse response, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.DefinitionUrl != Url || response.DefinitionVersion != Version)
        {
            throw new DomainException("This response is to a different questionnaire or version", nameof(Version));
        }

        var items = _items
            .Select(i => (Item: i, Answer: response.Answers.FirstOrDefault(a => a.LinkId == i.LinkId)))
            .Where(x => x.Answer is not null)
            .Select(x => new ItemScore(x.Item.LinkId, x.Item.ScoreOf(x.Answer!)))
            .ToList();
        var measures = Measures(options);
        if (Scoring.Method == ScoringMethod.PerItem)
        {
            var scored = items.Select(s => (Score: s, Measure: measures.Single(m => m.Id == s.LinkId)))
                .Select(x => new MeasureScore(x.Measure, x.Score.Score, null, x.Measure.BandFor(x.Score.Score)))
                .ToList();
            return new QuestionnaireScore(Url, Version, items, scored);
        }

        var raw = items.Sum(s => s.Score);
        var value = ConvertTotal(raw);
        var total = measures.Single();
        return new QuestionnaireScore(Url, Version, items, [new MeasureScore(total, value, raw, total.BandFor(value))]);
    }
}
