using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.People;

/// <summary>/api/people: people's records for those who work with them, scoped by <see cref="PersonAccess"/>.</summary>
public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people").WithTags("People").RequireAuthorization(Policies.CaseWorkers);

        group.MapGet("/", (ClaimsPrincipal user, PeopleQueries queries, string? search, int? page, int? pageSize, CancellationToken ct) =>
                queries.SearchAsync(user, search, page, pageSize, ct))
            .WithSummary("Lists the people you may see")
            .WithDescription("People referred to your team (link workers) or your provider's teams (service managers), sorted by family " +
                "name. search finds an NHS number, or words of the person's name. Pages start at 1.");

        group.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, GetPerson get, CancellationToken ct) => get.ExecuteAsync(user, id, ct))
            .WithSummary("Reads a person's record")
            .WithDescription("Every read is audited. A person you may not see is answered 404, as if they did not exist.");

        group.MapPost("/", async (RegisterPersonRequest request, ClaimsPrincipal user, RegisterPerson register, CancellationToken ct) =>
            {
                var person = await register.ExecuteAsync(user, request.ToInput(), ct);
                return TypedResults.Created($"/api/people/{person.Id}", PersonView.From(person, []));
            })
            .WithSummary("Registers a person")
            .WithDescription("Refuses with 409 and the matches when the person probably has a record already. A match on name and date " +
                "of birth can be overridden with confirmedDifferentPerson; a match on NHS number cannot.");

        group.MapPost("/match", (MatchRequest request, ClaimsPrincipal user, FindMatchingPeople find, CancellationToken ct) =>
                find.ExecuteAsync(user, new MatchInput(request.NhsNumber, request.GivenName, request.FamilyName, request.DateOfBirth), ct))
            .WithSummary("Finds records that are probably this person")
            .WithDescription("Searches everyone, so nobody is registered twice, but only names people you may see; for others it says " +
                "only that a record exists.");

        return app;
    }
}

public sealed record RegisterPersonRequest(
    [property: StringLength(20)] string? NhsNumber,
    [property: Required, StringLength(Person.NameMaxLength)] string? GivenName,
    [property: Required, StringLength(Person.NameMaxLength)] string? FamilyName,
    [property: StringLength(Person.NameMaxLength)] string? PreferredName,
    [property: Required] DateOnly? DateOfBirth,
    bool? ConfirmedDifferentPerson)
{
    public RegisterPersonInput ToInput() =>
        new(NhsNumber, GivenName, FamilyName, PreferredName, DateOfBirth, ConfirmedDifferentPerson ?? false);
}

public sealed record MatchRequest(
    [property: StringLength(20)] string? NhsNumber,
    [property: StringLength(Person.NameMaxLength)] string? GivenName,
    [property: StringLength(Person.NameMaxLength)] string? FamilyName,
    DateOnly? DateOfBirth);
