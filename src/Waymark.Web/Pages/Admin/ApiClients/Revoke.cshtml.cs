using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.ApiClients;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.ApiClients;

/// <summary>Asks "are you sure?" before revoking a key; the POST revokes it at once.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class RevokeModel(ApiClientQueries queries, RevokeApiClient revoke) : PageModel
{
    public ApiClientSummary Client { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await revoke.ExecuteAsync(id, cancellationToken);
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            return Page();
        }

        TempData.SetSuccess($"API client revoked: {Client.Name} can no longer call Waymark");
        return Redirect(IndexModel.Path);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        // Clients are few (one per connected system), so finding one in the list is cheap.
        var client = (await queries.ListAsync(cancellationToken)).SingleOrDefault(c => c.Id == id);
        Client = client!;
        return client is not null;
    }
}
