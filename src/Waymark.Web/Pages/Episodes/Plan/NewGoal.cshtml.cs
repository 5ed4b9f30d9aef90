using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Plans;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Plan;

/// <summary>Adds a goal, in the person's words, to their plan (the first goal makes the plan).</summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class NewGoalModel(EpisodeHeaders headers, AddGoal add) : PageModel
{
    [BindProperty]
    public GoalForm Input { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Header = await headers.LoadAsync(User, id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        if (Input.Read(nameof(Input), ModelState) is not { } input)
        {
            return Page();
        }

        try
        {
            await add.ExecuteAsync(User, id, input, cancellationToken);
            TempData.SetSuccess("Goal added to the plan");
            return Redirect($"/episodes/{id}/plan");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }
}
