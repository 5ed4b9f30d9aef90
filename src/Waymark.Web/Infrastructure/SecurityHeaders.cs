namespace Waymark.Web.Infrastructure;

/// <summary>Headers every response carries: no framing, no MIME sniffing, no referrer leaking record URLs.</summary>
public static class SecurityHeaders
{
    // nhsuk-frontend needs one inline script to set the js-enabled class before first paint; its hash is pinned.
    private static readonly string ContentSecurityPolicy =
        $"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' 'sha256-{JsEnabledScript.Sha256}'; " +
        "font-src 'self' https://assets.nhs.uk; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            await next();
        });
}
