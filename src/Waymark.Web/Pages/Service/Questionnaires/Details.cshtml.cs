using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Service.Questionnaires;

/// <summary>One questionnaire version as a service manager checks it before making it active: every question and answer, and how it scores.</summary>
[Authorize(Policy = Policies.ServiceManager)]
public sealed class DetailsModel(QuestionnaireCatalogue catalogue, ScoringOptions scoring) : PageModel
{
    public QuestionnaireDefinition Definition { get; private set; } = default!;

    public IReadOnlyList<Measure> Measures { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Definition = await catalogue.GetAsync(id, cancellationToken);
        Measures = Definition.Measures(scoring);
    }

    /// <summary>How a question is answered: "A number from 0 (not at all) to 10 (completely)", or each answer and its score.</summary>
    public static string Answers(QuestionnaireItem item) => item.Kind == AnswerKind.Scale
        ? $"A number from {item.Min}{(item.Anchors is { } a ? $" ({a.AtMin})" : "")} to {item.Max}{(item.Anchors is { } b ? $" ({b.AtMax})" : "")}"
        : string.Join("; ", item.Options.Select(o => $"{o.Display} (scores {o.Score})"));

    public static string Direction(Measure measure) =>
        measure.Direction == ScoreDirection.HigherIsBetter ? "Higher is better" : "Higher is worse";
}
