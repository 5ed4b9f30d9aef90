using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waymark.Web.Pages.Error;

/// <summary>
/// The NHS-styled error pages (403, 404, 500 and others). Never shows exception details: the reference lets support
/// find the logged error.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Reference => Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    public string Title => Code switch
    {
        403 => "You cannot see this page",
        404 => "Page not found",
        429 => "Sorry, you have sent too many requests",
        500 => "Sorry, there is a problem with the service",
        _ => "There is a problem",
    };

    public void OnGet(int? code) => Set(code);

    // Errors re-executed from a POST arrive here as POSTs.
    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        // Re-executed for an exception: the handler has chosen the status already (404 for a record not found).
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
        {
            Code = Response.StatusCode >= 400 ? Response.StatusCode : 500;
            return;
        }

        Code = code ?? 500;
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is not null)
        {
            Response.StatusCode = Code; // visited directly (e.g. /error/404)
        }
    }
}
