using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures;
using Waymark.Web.Features.Measures.Asking;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Questionnaires;

/// <summary>
/// Records a questionnaire on one page: how it was asked (with the link worker, or on paper typed in later), when,
/// and every question as radios. Every problem shows at once, with what was chosen kept; success goes back to the
/// episode's questionnaires with a banner.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class RecordModel(EpisodeHeaders headers, QuestionnaireCatalogue catalogue, RecordQuestionnaireResponse record, TimeProvider clock)
    : PageModel, IOrderedFormErrors
{
    [BindProperty]
    public AskingForm Input { get; set; } = new();

    [BindProperty]
    public Dictionary<string, string?> Answers { get; set; } = new(StringComparer.Ordinal);

    public EpisodeHeader Header { get; private set; } = default!;

    public QuestionnaireDefinition Definition { get; private set; } = default!;

    public IReadOnlyList<string> ErrorOrder => ["Input.Mode", "Input.AnsweredOn", .. Definition.Items.Select(i => AnswerForm.FieldOf(i.LinkId))];

    public async Task OnGetAsync(Guid id, Guid definitionId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, definitionId, cancellationToken);
        Input = AskingForm.Today(clock);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid definitionId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, definitionId, cancellationToken);
        var (mode, answeredOn) = Input.Read(ModelState);
        foreach (var problem in AnswerForm.Read(Definition, Answers).Problems)
        {
            ModelState.AddModelError(AskingForm.FieldOf(Definition, problem.LinkId), problem.Message);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        try
        {
            await record.ExecuteAsync(User, id, new ResponseInput(definitionId, Answers, mode, answeredOn), cancellationToken);
            TempData.SetSuccess($"{Definition.Title} recorded");
            return Redirect(IndexModel.Path(id));
        }
        catch (DomainException error)
        {
            AskingForm.AddErrors(ModelState, Definition, error);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, Guid definitionId, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Definition = await catalogue.FindAsync(definitionId, cancellationToken) is { CanBeAnswered: true } definition
            ? definition
            : throw new NotFoundException("questionnaire", definitionId);
    }
}
