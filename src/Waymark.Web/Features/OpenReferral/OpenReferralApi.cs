using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.OpenReferral;

/// <summary>
/// /openreferral: the public, read-only Open Referral UK 3.0 API over the services directory. Anonymous by design
/// (listed with its reason in <see cref="AnonymousEndpoints"/>) and open to any web origin (CORS <c>*</c>, for these
/// routes only). It publishes directory data only — services, the organisations that run them, locations and
/// taxonomies — never anything about people, referrals or staff. Parameters and shapes follow the ORUK OpenAPI
/// (../shared/standards/oruk/3.0/openapi.json); bad parameters are answered with a 400 problem, unknown ids with 404.
/// </summary>
public static class OpenReferralApi
{
    public const string CorsPolicy = "OpenReferral";

    public static IServiceCollection AddOpenReferral(this IServiceCollection services)
    {
        services.AddScoped<OrukQueries>();
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().AllowAnyHeader().WithMethods("GET")));
        return services;
    }

    public static IEndpointRouteBuilder MapOpenReferralApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/openreferral").WithTags("Open Referral UK").AllowAnonymous().RequireCors(CorsPolicy);

        group.MapGet("/", () => TypedResults.Json(OrukJson.ApiDetails()))
            .WithSummary("Says which ORUK version and profile this API follows")
            .WithDescription("version HSDS-UK-3.0, the UK profile and the ORUK OpenAPI description.");

        group.MapGet("/services", async Task<Results<OrukPageResult<ServiceRow>, ValidationProblem>> (HttpRequest request, OrukQueries queries, CancellationToken ct) =>
            {
                var p = new OrukParameters();
                var (filter, page, perPage) = (Filter(request, p), p.Page(Query(request, "page")), p.PerPage(Query(request, "per_page")));
                if (!p.IsValid)
                {
                    return p.Problem();
                }

                var (rows, total) = await queries.ServicesAsync(filter, page, perPage, ct);
                return new OrukPageResult<ServiceRow>(rows, OrukWriter.ServiceSummary, page, perPage, total);
            })
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .WithSummary("Lists services, by name")
            .WithDescription("Parameters: search (words of the name, description or organisation; each word finds the words that begin " +
                "with it, and every word must be found), taxonomy_term_id, taxonomy_id, organization_id, modified_after (on or after; " +
                "ISO 8601), age (a Waymark extension: services whose minimum_age and maximum_age take a person of that age, a whole " +
                "number from 0 to 120), page (from 1), per_page (1–100, default 50). Paused services are 'temporarily closed', closed " +
                "ones 'defunct'.");

        group.MapGet("/services/{id}", async (string id, OrukQueries queries, CancellationToken ct) =>
                Found(Guid.TryParse(id, out var guid) ? await queries.ServiceAsync(guid, ct) : null, "service"))
            .WithSummary("Reads one service with everything in it");

        group.MapGet("/taxonomies", async (HttpRequest request, OrukQueries queries, CancellationToken ct) =>
            {
                var p = new OrukParameters();
                var (page, perPage) = (p.Page(Query(request, "page")), p.PerPage(Query(request, "per_page")));
                return await Listed(p, () => queries.TaxonomiesAsync(page, perPage, ct));
            })
            .WithSummary("Lists taxonomies, by name");

        group.MapGet("/taxonomies/{id}", async (string id, OrukQueries queries, CancellationToken ct) =>
                Found(Guid.TryParse(id, out var guid) ? await queries.TaxonomyAsync(guid, ct) : null, "taxonomy"))
            .WithSummary("Reads one taxonomy with its terms");

        group.MapGet("/taxonomy_terms", async (HttpRequest request, OrukQueries queries, CancellationToken ct) =>
            {
                var p = new OrukParameters();
                var taxonomyId = p.Id(Query(request, "taxonomy_id"), "taxonomy_id");
                var parentId = p.Id(Query(request, "parent_id"), "parent_id");
                var topOnly = p.Flag(Query(request, "top_only"), "top_only");
                var (page, perPage) = (p.Page(Query(request, "page")), p.PerPage(Query(request, "per_page")));
                return await Listed(p, () => queries.TaxonomyTermsAsync(Query(request, "search"), taxonomyId, parentId, topOnly, page, perPage, ct));
            })
            .WithSummary("Lists taxonomy terms, by name")
            .WithDescription("Parameters: search, taxonomy_id, parent_id, top_only (terms without a parent), page, per_page.");

        group.MapGet("/taxonomy_terms/{id}", async (string id, OrukQueries queries, CancellationToken ct) =>
                Found(Guid.TryParse(id, out var guid) ? await queries.TaxonomyTermAsync(guid, ct) : null, "taxonomy term"))
            .WithSummary("Reads one taxonomy term");

        group.MapGet("/organizations", async (HttpRequest request, OrukQueries queries, CancellationToken ct) =>
            {
                var p = new OrukParameters();
                var (page, perPage) = (p.Page(Query(request, "page")), p.PerPage(Query(request, "per_page")));
                return await Listed(p, () => queries.OrganisationsAsync(Query(request, "search"), page, perPage, ct));
            })
            .WithSummary("Lists the organisations that run services, by name")
            .WithDescription("Organisations with services in the directory, and partner organisations with directory details. Never GP " +
                "practices, and nothing about the people who work in any organisation.");

        group.MapGet("/organizations/{id}", async (string id, OrukQueries queries, CancellationToken ct) =>
                Found(Guid.TryParse(id, out var guid) ? await queries.OrganisationAsync(guid, ct) : null, "organization"))
            .WithSummary("Reads one organisation");

        group.MapGet("/service_at_locations", async (HttpRequest request, OrukQueries queries, CancellationToken ct) =>
            {
                var p = new OrukParameters();
                var filter = Filter(request, p);
                var postcode = p.Postcode(Query(request, "postcode"));
                var proximity = p.Proximity(Query(request, "proximity"), postcode is not null);
                var (page, perPage) = (p.Page(Query(request, "page")), p.PerPage(Query(request, "per_page")));
                Nearby? near = null;
                if (p.IsValid && postcode is not null)
                {
                    if (await queries.CentroidAsync(postcode, ct) is { } centre)
                    {
                        near = new Nearby(centre.Latitude, centre.Longitude, proximity);
                    }
                    else
                    {
                        p.Error("postcode", $"Waymark does not know where {postcode} is – try a nearby postcode");
                    }
                }

                return await Listed(p, () => queries.ServiceAtLocationsAsync(filter, near, page, perPage, ct));
            })
            .WithSummary("Lists services at locations, by service name or nearest first")
            .WithDescription("The services filters, plus postcode and proximity (metres from the postcode's centre). With a postcode the " +
                "list is nearest first and leaves out locations with no known position; with proximity too, only those within it.");

        group.MapGet("/service_at_locations/{id}", async (string id, OrukQueries queries, CancellationToken ct) =>
                Found(Guid.TryParse(id, out var guid) ? await queries.ServiceAtLocationAsync(guid, ct) : null, "service at location"))
            .WithSummary("Reads one service at a location, with the location in full");

        // Any other address under /openreferral is a 404 problem, like /api's, with the CORS header a browser needs to read it.
        group.MapGet("/{**path}", () => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found",
                detail: "There is nothing at this address. This API answers /services, /service_at_locations, /organizations, /taxonomies and /taxonomy_terms."))
            .ExcludeFromDescription();

        return app;
    }

    private static ServiceFilter Filter(HttpRequest request, OrukParameters p) => new(
        Query(request, "search"),
        p.Id(Query(request, "taxonomy_term_id"), "taxonomy_term_id"),
        p.Id(Query(request, "taxonomy_id"), "taxonomy_id"),
        p.Id(Query(request, "organization_id"), "organization_id"),
        p.Timestamp(Query(request, "modified_after"), "modified_after"),
        p.Age(Query(request, "age")));

    private static string? Query(HttpRequest request, string name) => request.Query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>The list, or a 400 problem naming every bad parameter (then nothing is read).</summary>
    private static async Task<Results<JsonHttpResult<JsonObject>, ValidationProblem>> Listed(OrukParameters p, Func<Task<JsonObject>> read) =>
        p.IsValid ? TypedResults.Json(await read()) : p.Problem();

    private static Results<JsonHttpResult<JsonObject>, ProblemHttpResult> Found(JsonObject? json, string what) =>
        json is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what} with that id in this directory.")
            : TypedResults.Json(json);
}
