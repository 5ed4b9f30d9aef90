using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Admin;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Service.Questionnaires;

/// <summary>
/// The questionnaires a service can ask: the built-ins and any licensed instrument it imported, every version, with
/// their status. A service manager makes a draft active or retires a version; nothing about people is shown here.
/// </summary>
[Authorize(Policy = Policies.ServiceManager)]
public sealed class IndexModel(QuestionnaireCatalogue catalogue, ChangeQuestionnaireStatus change) : PageModel
{
    public const string Path = "/service/questionnaires";

    public IReadOnlyList<QuestionnaireDefinition> Questionnaires { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Questionnaires = await catalogue.AllAsync(cancellationToken);

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(() => change.ActivateAsync(id, cancellationToken), "is now offered to link workers", cancellationToken);

    public Task<IActionResult> OnPostRetireAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(() => change.RetireAsync(id, cancellationToken), "is retired: it is no longer offered", cancellationToken);

    public static StatusTag Status(QuestionnaireDefinition definition) => definition.Status switch
    {
        QuestionnaireStatus.Active => new("Active", "green"),
        QuestionnaireStatus.Draft => new("Draft", "yellow"),
        _ => new("Retired", "grey"),
    };

    private async Task<IActionResult> ChangeAsync(Func<Task<QuestionnaireDefinition>> work, string outcome, CancellationToken cancellationToken)
    {
        try
        {
            var definition = await work();
            TempData.SetSuccess($"{definition.Title} version {definition.Version} {outcome}");
            return RedirectToPage();
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            await OnGetAsync(cancellationToken);
            return Page();
        }
    }
}
