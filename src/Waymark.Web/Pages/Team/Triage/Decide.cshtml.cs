using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Triage;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Team.Triage;

/// <summary>
/// One referral to triage: the referral in the referrer's words, the person's key details and communication needs,
/// possible duplicate records, the programme's eligibility with reasons, and the decision. Viewing it is a read of
/// the person's record (audited); out-of-team referrals are "not found".
/// </summary>
[Authorize(Policy = Policies.SeniorLinkWorker)]
public sealed class DecideModel(TriageQueries queries, TriageReferral triage) : PageModel
{
    [BindProperty]
    public TriageForm Input { get; set; } = new();

    public TriageView View { get; private set; } = default!;

    public TextareaField IneligibleField => new(
        "Input.IneligibleAcceptanceReason", "Why are you accepting someone who does not meet the programme's rules?", Input.IneligibleAcceptanceReason)
    {
        Rows = 4,
        Spellcheck = true,
        Hint = "For example, they are vulnerable and there is nowhere else for them to go. This is recorded for review.",
    };

    public async Task OnGetAsync(Guid episodeId, CancellationToken cancellationToken) =>
        View = await queries.LoadAsync(User, episodeId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid episodeId, CancellationToken cancellationToken)
    {
        View = await queries.LoadAsync(User, episodeId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var episode = await triage.ExecuteAsync(User, episodeId, Input.ToInput(), cancellationToken);
            TempData.SetSuccess($"{View.Header.PersonName}: {TeamDisplay.Outcome(episode.TriageDecision!)}");
            return Redirect(episode.Status == EpisodeStatus.Waiting ? "/team/waiting-list" : "/team/triage");
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(Input.FieldFor(error.Field) is { } field ? $"{nameof(Input)}.{field}" : string.Empty, error.Message);
            return Page();
        }
    }
}
