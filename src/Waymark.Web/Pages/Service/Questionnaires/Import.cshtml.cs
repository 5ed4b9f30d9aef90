using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Measures;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Service.Questionnaires;

/// <summary>
/// Imports a questionnaire pasted as FHIR R4 Questionnaire JSON (as a licence holder receives SWEMWBS, say). The
/// whole definition is checked; a mistake is shown against the box, and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.ServiceManager)]
public sealed class ImportModel(ImportQuestionnaire import) : PageModel
{
    /// <summary>Enough for a long instrument with a full conversion table; a pasted file beyond it is not a questionnaire.</summary>
    public const int MaxLength = 500_000;

    [BindProperty]
    public string? Json { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Json))
        {
            ModelState.AddModelError(nameof(Json), "Paste the questionnaire's FHIR JSON");
            return Page();
        }

        if (Json.Length > MaxLength)
        {
            ModelState.AddModelError(nameof(Json), "The text is too long to be one questionnaire. Paste a single FHIR Questionnaire");
            return Page();
        }

        try
        {
            var imported = await import.ExecuteAsync(Json, cancellationToken);
            var definition = imported.Definition;
            TempData.SetSuccess(imported.Added
                ? $"{definition.Title} version {definition.Version} imported as {definition.Status.ToString().ToLowerInvariant()}"
                : $"{definition.Title} version {definition.Version} is already held, word for word: nothing changed");
            return Redirect($"{IndexModel.Path}/{definition.Id}");
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(nameof(Json), error.Message);
            return Page();
        }
    }
}
