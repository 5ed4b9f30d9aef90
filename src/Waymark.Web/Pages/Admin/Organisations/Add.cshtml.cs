using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Organisations;

[Authorize(Policy = Policies.Administrator)]
public sealed class AddModel(CreateOrganisation create) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var organisation = await create.ExecuteAsync(Input.ToInput(), cancellationToken);
            TempData.SetSuccess($"Organisation added: {organisation.Name}");
            return Redirect(IndexModel.Path);
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }
}
