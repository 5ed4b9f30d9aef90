using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>Changes a listing the caller maintains (others are not found).</summary>
[Authorize(Policy = Policies.DirectoryEditors)]
public sealed class EditModel(SaveService save, DirectoryQueries queries, DirectoryAccess access) : PageModel, IOrderedFormErrors
{
    [BindProperty]
    public ServiceForm Input { get; set; } = new();

    public IReadOnlyList<string> ErrorOrder => Input.ErrorOrder;

    public ServiceFormView Form { get; private set; } = default!;

    public string ServiceName { get; private set; } = string.Empty;

    public Guid Id { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await access.FindForMaintenanceAsync(User, id, cancellationToken);
        var listing = await queries.ListingAsync(id, cancellationToken);
        Input = ServiceForm.From(service, listing.Locations.OrderBy(l => l.At.Id).Select(l => l.Location));
        await LoadAsync(id, service.Name, service.OrganisationName, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await access.FindForMaintenanceAsync(User, id, cancellationToken);
        var (name, organisation) = (service.Name, service.OrganisationName);
        Input.OrganisationId = service.OrganisationId.ToString();
        if (Input.AddAnotherRow())
        {
            // "Add another": the same form again with one more empty row; nothing is checked or saved yet.
            ModelState.Clear();
        }
        else if (Input.Read(ModelState) is { } input)
        {
            try
            {
                var saved = await save.UpdateAsync(User, id, input, cancellationToken);
                TempData.SetSuccess($"Listing updated: {saved.Name}");
                return Redirect(DirectoryDisplay.ListingPath(id));
            }
            catch (DomainException error)
            {
                Input.AddErrors(ModelState, error);
            }
        }

        await LoadAsync(id, name, organisation, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, string name, string organisation, CancellationToken cancellationToken)
    {
        (Id, ServiceName) = (id, name);
        Form = await ServiceFormView.LoadAsync(Input, User, queries, organisation, cancellationToken);
    }
}
