using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Pages.Questionnaires;

/// <summary>A blank paper copy of a questionnaire, for no one in particular: a stack to take to a group session.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class PrintModel(QuestionnaireCatalogue catalogue) : PageModel
{
    public QuestionnaireDefinition Definition { get; private set; } = default!;

    public async Task OnGetAsync(Guid definitionId, CancellationToken cancellationToken) =>
        Definition = await catalogue.FindAsync(definitionId, cancellationToken) is { CanBeAnswered: true } definition
            ? definition
            : throw new NotFoundException("questionnaire", definitionId);
}
