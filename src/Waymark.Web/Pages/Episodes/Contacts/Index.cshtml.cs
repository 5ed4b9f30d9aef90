using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Contacts;

/// <summary>
/// An episode's contacts: the agreed plan and when the next contact is due, a form to record a contact, and every
/// contact so far, newest first. Service managers read; link workers of the team also record.
/// </summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class IndexModel(
    EpisodeHeaders headers, ContactQueries queries, RecordContact record, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ContactForm Input { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public ContactPlanStatus Plan { get; private set; } = default!;

    public Paged<ContactView> Contacts { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    /// <summary>Link workers record contacts; service managers only read them.</summary>
    public bool CanRecord { get; private set; }

    public DateOnly Today { get; private set; }

    public bool IsOpen => Header.Status is EpisodeStatus.Allocated or EpisodeStatus.Active;

    public Pager Pager => new(Contacts.Page, Contacts.TotalPages, page => Path(Header.EpisodeId) + (page == 1 ? string.Empty : $"?page={page}"));

    public static string Path(Guid episodeId) => $"/episodes/{episodeId}/contacts";

    // ?page= is read with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        await LoadAsync(id, page, cancellationToken);
        Input = ContactForm.Now(clock);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded)
        {
            return Forbid();
        }

        if (Input.TryRead(ModelState) is { } input)
        {
            try
            {
                var recorded = await record.ExecuteAsync(User, id, input, cancellationToken);
                TempData.SetSuccess(recorded.BeganSupport
                    ? "Contact recorded. This was the first time the person was reached, so their support is now active."
                    : "Contact recorded");
                return Redirect(Path(id));
            }
            catch (DomainException error)
            {
                ModelState.AddModelError(ContactForm.FieldFor(error.Field), error.Message);
            }
        }

        await LoadAsync(id, null, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, int? page, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        Plan = await queries.PlanAsync(User, id, audit: false, cancellationToken);
        Contacts = await queries.ListAsync(User, id, page, null, audit: false, cancellationToken);
        CanRecord = (await authorization.AuthorizeAsync(User, Policies.LinkWorker)).Succeeded;
        Today = ContactTime.Today(clock);
    }
}
