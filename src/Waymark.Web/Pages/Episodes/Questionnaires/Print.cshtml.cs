using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Pages.Episodes.Questionnaires;

/// <summary>
/// A questionnaire to print for the person, with tick boxes; their name only when asked for (?name=yes), so a copy
/// left on a table says nothing about who it is for. Opening it is a read of the episode, audited by the header.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class PrintModel(EpisodeHeaders headers, QuestionnaireCatalogue catalogue) : PageModel
{
    public EpisodeHeader Header { get; private set; } = default!;

    public QuestionnaireDefinition Definition { get; private set; } = default!;

    public bool WithName { get; private set; }

    public async Task OnGetAsync(Guid id, Guid definitionId, string? name, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Definition = await catalogue.FindAsync(definitionId, cancellationToken) is { CanBeAnswered: true } definition
            ? definition
            : throw new NotFoundException("questionnaire", definitionId);
        WithName = string.Equals(name, "yes", StringComparison.OrdinalIgnoreCase);
    }
}
