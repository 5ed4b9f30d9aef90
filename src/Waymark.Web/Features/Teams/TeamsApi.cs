using System.ComponentModel.DataAnnotations;
using Waymark.Domain.Teams;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Teams;

/// <summary>/api/teams: read by staff and API clients, changed by administrators.</summary>
public static class TeamsApi
{
    public static IEndpointRouteBuilder MapTeamsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/teams").WithTags("Teams");

        group.MapGet("/", (TeamQueries queries, Guid? providerId, bool? includeInactive, CancellationToken ct) =>
                queries.ListAsync(providerId, includeInactive ?? false, ct))
            .RequireAuthorization(Policies.StaffOrApiClient);

        group.MapGet("/{id:guid}", async (Guid id, TeamQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) ?? throw new NotFoundException("team", id))
            .RequireAuthorization(Policies.StaffOrApiClient);

        group.MapPost("/", async (TeamRequest request, CreateTeam create, TeamQueries queries, CancellationToken ct) =>
            {
                var team = await create.ExecuteAsync(request.ToInput(), ct);
                return TypedResults.Created($"/api/teams/{team.Id}", await queries.FindAsync(team.Id, ct));
            })
            .RequireAuthorization(Policies.Administrator);

        group.MapPut("/{id:guid}", async (Guid id, TeamRequest request, UpdateTeam update, TeamQueries queries, CancellationToken ct) =>
            {
                await update.ExecuteAsync(id, request.ToInput(), request.IsActive ?? true, ct);
                return await queries.FindAsync(id, ct);
            })
            .RequireAuthorization(Policies.Administrator);

        return app;
    }
}

public sealed record TeamRequest(
    [property: Required, StringLength(Team.NameMaxLength)] string? Name,
    [property: Required] Guid? ProviderId,
    IReadOnlyCollection<Guid>? PracticeIds,
    bool? IsActive)
{
    public TeamInput ToInput() => new(Name, ProviderId, PracticeIds ?? []);
}
