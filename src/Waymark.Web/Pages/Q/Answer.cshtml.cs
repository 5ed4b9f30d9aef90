using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Asking;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Q;

/// <summary>
/// A person answers a questionnaire through the one-time link they were emailed. Anonymous on purpose, and with no
/// policy: the person has no account, and the 256-bit token in the address is the only credential — it opens this one
/// questionnaire once and shows nothing from their record (no name, no other data). Every request is rate limited
/// per address. An unknown, expired, used or withdrawn token gets the same "this link cannot be used" page (404),
/// so trying tokens tells an attacker nothing. Listed in AnonymousEndpoints.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(QuestionnaireLinkRateLimit.Policy)]
public sealed class AnswerModel(AnswerQuestionnaireLink answering) : PageModel, IOrderedFormErrors
{
    public const string ThankYouPath = "/q/thank-you";

    [BindProperty]
    public Dictionary<string, string?> Answers { get; set; } = new(StringComparer.Ordinal);

    public QuestionnaireDefinition? Definition { get; private set; }

    public IReadOnlyList<string> ErrorOrder => Definition?.Items.Select(i => AnswerForm.FieldOf(i.LinkId)).ToList() ?? [];

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        KeepPrivate();
        var linked = await answering.OpenAsync(token, cancellationToken);
        if (linked is null)
        {
            return CannotUse();
        }

        Definition = linked.Definition;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        KeepPrivate();
        var result = await answering.SubmitAsync(token, Answers, cancellationToken);
        if (result.Saved)
        {
            return Redirect(ThankYouPath);
        }

        var linked = result.CannotUse ? null : await answering.OpenAsync(token, cancellationToken);
        if (linked is null)
        {
            return CannotUse();
        }

        Definition = linked.Definition;
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(AnswerForm.FieldOf(problem.LinkId), problem.Message);
        }

        return Page();
    }

    private PageResult CannotUse()
    {
        Definition = null;
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>The address holds the token: keep it out of caches, search engines and other sites' logs.</summary>
    private void KeepPrivate()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
