using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Measures.Progress;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Measures;

/// <summary>
/// Adds an HbA1c result for a person with type 2 diabetes. For anyone else the page does not exist (404): HbA1c is not
/// offered to them at all.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class HbA1cModel(EpisodeHeaders headers, MeasureProgressQueries queries, RecordHbA1c record) : PageModel, IOrderedFormErrors
{
    public IReadOnlyList<string> ErrorOrder { get; } = ["Input.Value", "Input.TakenOn", "Input.Source", "Input.SourceDetail"];

    [BindProperty]
    public HbA1cForm Input { get; set; } = new();

    public EpisodeHeader Header { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (Input.Read(ModelState) is not { } input)
        {
            return Page();
        }

        try
        {
            await record.ExecuteAsync(User, id, input, cancellationToken);
            TempData.SetSuccess("HbA1c result added");
            return Redirect($"/episodes/{id}/measures#hba1c");
        }
        catch (DomainException error)
        {
            foreach (var problem in error is DomainErrorsException many ? many.Errors : [error])
            {
                ModelState.AddDomainError(problem, nameof(Input), Input);
            }

            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        var (offered, _) = await queries.HbA1cForPersonAsync(User, Header.PersonId, cancellationToken);
        if (!offered)
        {
            throw new NotFoundException("HbA1c form", id);
        }
    }
}
