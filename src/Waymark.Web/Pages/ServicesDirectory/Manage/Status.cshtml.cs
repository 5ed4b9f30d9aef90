using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Episodes.WhatMatters;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>Runs, switches to remote only, pauses, closes or resumes one listing the caller maintains.</summary>
[Authorize(Policy = Policies.DirectoryEditors)]
public sealed class StatusModel(DirectoryAccess access, ChangeServiceStatus change) : PageModel
{
    [BindProperty]
    public StatusForm Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string ServiceName { get; private set; } = string.Empty;

    public OperatingStatus Current { get; private set; }

    public DateOnly? CurrentReturn { get; private set; }

    public string? CurrentReason { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = new StatusForm { Status = Current.ToString(), Reason = CurrentReason, ExpectedReturn = DateParts.Of(CurrentReturn) };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (!Input.TryRead(nameof(Input), ModelState, out var status, out var expectedReturn))
        {
            return Page();
        }

        try
        {
            var service = await change.ExecuteAsync(User, id, status, Input.Reason, expectedReturn, cancellationToken);
            TempData.SetSuccess($"{service.Name} is now {DirectoryDisplay.StatusName(service.OperatingStatus).ToLowerInvariant()}");
            return Redirect(DirectoryDisplay.ListingPath(id));
        }
        catch (DomainException error)
        {
            StatusForm.AddError(ModelState, nameof(Input), error);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await access.FindForMaintenanceAsync(User, id, cancellationToken);
        (Id, ServiceName, Current, CurrentReason, CurrentReturn) = (id, service.Name, service.OperatingStatus, service.StatusReason, service.ExpectedReturn);
    }
}
