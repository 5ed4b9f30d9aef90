using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.People;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Referrals;

/// <summary>A referrer refers someone for their own practice; the team covering the practice receives it.</summary>
[Authorize(Policy = Policies.Referrer)]
public sealed class NewModel(MakeReferral make) : PageModel, IOrderedFormErrors
{
    public IReadOnlyList<string> ErrorOrder => ReferralFormErrors.FieldOrder;

    [BindProperty]
    public ReferralForm Input { get; set; } = new();

    public IReadOnlyList<PersonMatchView> Matches { get; private set; } = [];

    public ReferralFormView Form => new(Input, ReferralAudience.Referrer, [], Matches);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = Input.ToInput(out var dateError);
        var made = await ReferralFormErrors.TryAsync(ModelState, dateError,
            () => make.ByReferrerAsync(User, input, cancellationToken), matches => Matches = matches);
        if (made is null)
        {
            return Page();
        }

        TempData.SetSuccess($"Referral sent to {made.TeamName}. The team will look at it and you will see what they decide here.");
        return Redirect(IndexModel.Path);
    }
}
