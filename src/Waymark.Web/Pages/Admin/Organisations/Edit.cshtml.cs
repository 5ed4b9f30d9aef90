using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Organisations;

/// <summary>Renames an organisation, changes its ODS code or (de)activates it. Its kind is fixed.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class EditModel(OrganisationQueries queries, UpdateOrganisation update) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    public OrganisationSummary Organisation { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Input = new OrganisationForm { Name = organisation.Name, OdsCode = organisation.OdsCode, IsActive = organisation.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        try
        {
            var updated = await update.ExecuteAsync(id, Input.ToInput() with { Kind = null }, Input.IsActive, cancellationToken);
            TempData.SetSuccess($"Organisation updated: {updated.Name}");
            return Redirect(IndexModel.Path);
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }
}
