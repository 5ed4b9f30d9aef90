using Waymark.Data;
using Waymark.Web.Features;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Database;
using Waymark.Web.Infrastructure.Health;
using Waymark.Web.Infrastructure.Messaging;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Infrastructure;

/// <summary>Builds the Waymark web app: services, then the request pipeline. Each piece is one AddX / MapX.</summary>
public static class WaymarkApp
{
    /// <param name="args">Command-line arguments (e.g. --urls).</param>
    /// <param name="contentRoot">Where appsettings.json lives; the CLI passes its own folder.</param>
    /// <param name="configureServices">Last-word service changes before the app is built (the CLI's audit actor).</param>
    public static WebApplication Create(string[] args, string? contentRoot = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The CLI hosts this same app; naming the web assembly keeps Razor Pages and static assets found.
            ApplicationName = typeof(WaymarkApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });

        // Run from a build folder (not a publish folder), MapStaticAssets answers compressed requests with empty
        // bodies unless the build's static asset manifest is used; in a publish folder there is none and this is a
        // no-op (stack notes, gotcha G1).
        builder.WebHost.UseStaticWebAssets();
        // From a build folder MapStaticAssets also maps a catch-all "{**path:file}" endpoint for wwwroot files missing
        // from the manifest. It names no policy and a publish folder never has it; turning it off means every
        // environment serves the same listed files (AnonymousEndpoints, and the endpoint-policy test).
        builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";

        builder.Services.AddWaymarkData(builder.Configuration);
        builder.Services.AddWaymarkIdentity();
        builder.Services.AddWaymarkAuthorization();
        builder.Services.AddWaymarkProblemDetails();
        builder.Services.AddWaymarkHealthChecks();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddOpenApi();
        builder.Services.AddValidation();
        builder.Services.AddFeatures();
        builder.Services.AddWaymarkOutbox();
        builder.Services.AddRazorPages();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseWaymarkPipeline();
        return app;
    }

    private static void UseWaymarkPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseWaymarkStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRouting();
        // CORS only where an endpoint names a policy: the public Open Referral UK API (OpenReferralApi).
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapOpenApi().AllowAnonymous();
        app.MapWaymarkHealthChecks();
        app.MapFeatureApis();
    }
}
