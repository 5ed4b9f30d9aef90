using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Contacts;

/// <summary>Agrees the contact plan with the person (the first save makes it, later saves change it).</summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class PlanModel(EpisodeHeaders headers, ContactQueries queries, AgreeContactPlan agree) : PageModel
{
    [BindProperty]
    public PlanForm Input { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public ContactPlanStatus Plan { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = PlanForm.From(Plan);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Input.TryRead(ModelState) is { } input)
        {
            try
            {
                await agree.ExecuteAsync(User, id, input, cancellationToken);
                TempData.SetSuccess("Contact plan saved");
                return Redirect(IndexModel.Path(id));
            }
            catch (DomainException error)
            {
                ModelState.AddModelError(Input.FieldFor(error.Field), error.Message);
            }
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Plan = await queries.PlanAsync(User, id, audit: false, cancellationToken);
    }
}
