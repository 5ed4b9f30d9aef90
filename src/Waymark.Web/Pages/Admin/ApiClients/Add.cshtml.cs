using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.ApiClients;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.ApiClients;

/// <summary>Issues a key. The key is shown once, in this response only; Waymark keeps just its hash.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AddModel(IssueApiClient issue, OrganisationQueries organisations) : PageModel
{
    [BindProperty]
    public ApiClientForm Input { get; set; } = new();

    public IReadOnlyList<Option> Organisations { get; private set; } = [];

    /// <summary>The new key, set only in the response to a successful POST.</summary>
    public string? Key { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            (_, Key) = await issue.ExecuteAsync(Input.Name, Input.OrganisationId, User.UserId(), cancellationToken);
            Response.Headers.CacheControl = "no-store";
            return Page();
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        Organisations = await AdminDisplay.OrganisationOptionsAsync(organisations, cancellationToken);
}

public sealed class ApiClientForm
{
    public string? Name { get; set; }

    public Guid? OrganisationId { get; set; }
}
