using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.People;

/// <summary>A person's record: who they are, how to communicate with them, the risks to know, and their episodes. Audited.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class RecordModel(GetPerson get, TimeProvider clock) : PageModel
{
    public PersonView Person { get; private set; } = default!;

    public DateOnly Today { get; private set; }

    public bool CanEdit => PersonPage.CanEdit(User);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = await get.ExecuteAsync(User, id, cancellationToken);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }
}
