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
/// Records a questionnaire one question per screen, for a phone in a conversation. No JavaScript: each step posts,
/// and the answers so far travel in hidden fields (nothing is saved until the last step). Step 0 is how and when;
/// steps 1 to N are the questions. Back goes to the previous step without checking this one.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class StepsModel(EpisodeHeaders headers, QuestionnaireCatalogue catalogue, RecordQuestionnaireResponse record, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public AskingForm Input { get; set; } = new();

    [BindProperty]
    public Dictionary<string, string?> Answers { get; set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public int Step { get; set; }

    public EpisodeHeader Header { get; private set; } = default!;

    public QuestionnaireDefinition Definition { get; private set; } = default!;

    public int QuestionCount => Definition.Items.Count;

    public bool IsLastStep => Step == QuestionCount;

    /// <summary>The question this step asks (null on step 0).</summary>
    public QuestionnaireItem? Question => Step >= 1 && Step <= QuestionCount ? Definition.Items[Step - 1] : null;

    public async Task OnGetAsync(Guid id, Guid definitionId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, definitionId, cancellationToken);
        Input = AskingForm.Today(clock);
        Step = 0;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid definitionId, string? back, CancellationToken cancellationToken)
    {
        await LoadAsync(id, definitionId, cancellationToken);
        Step = Math.Clamp(Step, 0, QuestionCount);
        if (back is not null)
        {
            ModelState.Clear();
            Step = Math.Max(0, Step - 1);
            return Page();
        }

        var (mode, answeredOn) = CheckThisStep();
        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        if (!IsLastStep)
        {
            ModelState.Clear();
            Step++;
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
            // Something an earlier step let through (a date in the future, say): go back to the first step at fault.
            ModelState.Clear();
            AskingForm.AddErrors(ModelState, Definition, error);
            var fields = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
            Step = fields.Contains("Input.Mode") || fields.Contains("Input.AnsweredOn") || fields.Contains(string.Empty)
                ? 0
                : Definition.Items.Select((item, i) => (item, i)).First(x => fields.Contains(AnswerForm.FieldOf(x.item.LinkId))).i + 1;
            return Page();
        }
    }

    /// <summary>Checks only what this step asks; the way and the date are read on every step (they travel hidden).</summary>
    private (ResponseMode? Mode, DateOnly? AnsweredOn) CheckThisStep()
    {
        var readErrors = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
        var read = Input.Read(Step == 0 ? ModelState : readErrors);
        if (Question is { } question)
        {
            foreach (var problem in AnswerForm.Read(Definition, Answers, [question.LinkId]).Problems)
            {
                ModelState.AddModelError(AnswerForm.FieldOf(problem.LinkId), problem.Message);
            }
        }

        return read;
    }

    private async Task LoadAsync(Guid id, Guid definitionId, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Definition = await catalogue.FindAsync(definitionId, cancellationToken) is { CanBeAnswered: true } definition
            ? definition
            : throw new NotFoundException("questionnaire", definitionId);
    }
}
