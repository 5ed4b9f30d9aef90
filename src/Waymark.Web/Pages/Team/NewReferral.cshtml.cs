using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.People;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Referrals;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Team;

/// <summary>
/// Link workers and senior link workers enter a referral that came by phone or letter: from a practice, another
/// professional, or the person themselves. It goes to the team covering the person's GP practice.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class NewReferralModel(MakeReferral make, ReferralQueries queries) : PageModel, IOrderedFormErrors
{
    public IReadOnlyList<string> ErrorOrder => ReferralFormErrors.FieldOrder;

    public const string Path = "/team/referrals/new";

    [BindProperty]
    public ReferralForm Input { get; set; } = new();

    public IReadOnlyList<Option> Practices { get; private set; } = [];

    public IReadOnlyList<PersonMatchView> Matches { get; private set; } = [];

    public ReferralFormView Form => new(Input, ReferralAudience.Team, Practices, Matches);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadPracticesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = Input.ToInput(out var dateError);
        var made = await ReferralFormErrors.TryAsync(ModelState, dateError,
            () => make.ByTeamAsync(User, Input.SourceChoice, Input.PracticeId, input, cancellationToken), matches => Matches = matches);
        if (made is null)
        {
            await LoadPracticesAsync(cancellationToken);
            return Page();
        }

        TempData.SetSuccess(made.IsReReferral
            ? $"Referral added for {made.TeamName}, linked to the person's earlier episode. It is waiting for triage."
            : $"Referral added for {made.TeamName}. It is waiting for triage.");
        return Redirect(Path);
    }

    private async Task LoadPracticesAsync(CancellationToken cancellationToken)
    {
        var practices = await queries.CoveredPracticesAsync(cancellationToken);
        Practices = [.. practices.Select(p => new Option(p.Id.ToString(), p.Name))];
    }
}
