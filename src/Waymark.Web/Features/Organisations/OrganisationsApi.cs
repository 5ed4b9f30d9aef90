using System.ComponentModel.DataAnnotations;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Common;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Organisations;

/// <summary>/api/organisations: read by staff and API clients, changed by administrators.</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").WithTags("Organisations");

        group.MapGet("/", (OrganisationQueries queries, string? search, OrganisationKind? kind, bool? includeInactive,
                    OrganisationSort? sort, [Range(1, int.MaxValue)] int? page, [Range(1, PagingExtensions.MaxPageSize)] int? pageSize,
                    CancellationToken ct) =>
                queries.ListAsync(search, kind, includeInactive ?? false, sort ?? OrganisationSort.Name, page, pageSize, ct))
            .RequireAuthorization(Policies.StaffOrApiClient);

        group.MapGet("/{id:guid}", async (Guid id, OrganisationQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) ?? throw new NotFoundException("organisation", id))
            .RequireAuthorization(Policies.StaffOrApiClient);

        group.MapPost("/", async (OrganisationRequest request, CreateOrganisation create, CancellationToken ct) =>
            {
                var organisation = await create.ExecuteAsync(request.ToInput(), ct);
                return TypedResults.Created($"/api/organisations/{organisation.Id}",
                    new OrganisationSummary(organisation.Id, organisation.Name, organisation.Kind, organisation.OdsCode, organisation.IsActive));
            })
            .RequireAuthorization(Policies.Administrator);

        group.MapPut("/{id:guid}", async (Guid id, OrganisationRequest request, UpdateOrganisation update, CancellationToken ct) =>
            {
                var organisation = await update.ExecuteAsync(id, request.ToInput(), request.IsActive ?? true, ct);
                return new OrganisationSummary(organisation.Id, organisation.Name, organisation.Kind, organisation.OdsCode, organisation.IsActive);
            })
            .RequireAuthorization(Policies.Administrator);

        return app;
    }
}

public sealed record OrganisationRequest(
    [property: Required, StringLength(Organisation.NameMaxLength)] string? Name,
    [property: Required] OrganisationKind? Kind,
    [property: StringLength(10)] string? OdsCode,
    bool? IsActive)
{
    public OrganisationInput ToInput() => new(Name, Kind, OdsCode);
}
