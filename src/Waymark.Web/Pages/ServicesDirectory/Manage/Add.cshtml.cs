using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>Adds a listing: service managers for any organisation, partners for their own.</summary>
[Authorize(Policy = Policies.DirectoryEditors)]
public sealed class AddModel(SaveService save, DirectoryQueries queries) : PageModel, IOrderedFormErrors
{
    [BindProperty]
    public ServiceForm Input { get; set; } = new();

    public IReadOnlyList<string> ErrorOrder => Input.ErrorOrder;

    public ServiceFormView Form { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Form = await ServiceFormView.LoadAsync(Input, User, queries, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.AddAnotherRow())
        {
            // "Add another": the same form again with one more empty row; nothing is checked or saved yet.
            ModelState.Clear();
        }
        else if (Input.Read(ModelState) is { } input)
        {
            try
            {
                var service = await save.CreateAsync(User, input, cancellationToken);
                TempData.SetSuccess($"Listing added: {service.Name}");
                return Redirect(DirectoryDisplay.ListingPath(service.Id));
            }
            catch (DomainException error)
            {
                Input.AddErrors(ModelState, error);
            }
        }

        Form = await ServiceFormView.LoadAsync(Input, User, queries, null, cancellationToken);
        return Page();
    }
}
