using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.Common;
using Waymark.Domain.Conversations;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Conversations;

/// <summary>/api/episodes/{id}/conversations: "what matters to me" conversations, scoped by the episode's team.</summary>
public static class ConversationsApi
{
    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/episodes/{id:guid}/conversations").WithTags("Conversations");

        group.MapGet("/", (Guid id, ClaimsPrincipal user, ConversationQueries queries, CancellationToken ct) => queries.ListAsync(user, id, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Lists an episode's \"what matters to me\" conversations")
            .WithDescription("Newest first: the person's words, where they chose to start and their own ratings (1 to 5) of areas of " +
                "their life. Every read is audited. An episode you may not see is answered 404.");

        group.MapPost("/", async (Guid id, RecordConversationRequest request, ClaimsPrincipal user, RecordConversation record, CancellationToken ct) =>
            {
                var conversation = await record.ExecuteAsync(user, id, request.ToInput(), ct);
                return TypedResults.Created($"/api/episodes/{id}/conversations", ConversationView.From(conversation, null));
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Records a \"what matters to me\" conversation")
            .WithDescription("For a person allocated or active with your team. Needs what matters to the person or at least one " +
                "rating; each area of life at most once, rated 1 (not going well at all) to 5 (going very well).");

        return app;
    }
}

public sealed record RecordConversationRequest(
    [property: Required] DateTimeOffset? At,
    [property: StringLength(Conversation.WordsMaxLength)] string? WhatMatters,
    [property: StringLength(Conversation.WordsMaxLength)] string? StrengthsAndWhatIsGoingWell,
    [property: StringLength(Conversation.WordsMaxLength)] string? WhatTheyWouldLikeToBeDifferent,
    LifeDomain? StartingDomain,
    [property: MaxLength(20)] IReadOnlyList<RatingRequest>? Ratings)
{
    public RecordConversationInput ToInput() => new(
        At, new ConversationWords(WhatMatters, StrengthsAndWhatIsGoingWell, WhatTheyWouldLikeToBeDifferent), StartingDomain,
        [.. (Ratings ?? []).Select(ToRating)]);

    // Validation normally stops these first; a rating without its parts is still a client's mistake, never a 500.
    private static RatingInput ToRating(RatingRequest? rating) => rating is { Domain: { } domain, Score: { } score }
        ? new RatingInput(domain, score, rating.Notes)
        : throw new DomainException("Give each rating an area of life and a score from 1 to 5", "Ratings");
}

public sealed record RatingRequest(
    [property: Required] LifeDomain? Domain,
    [property: Required, Range(LifeDomainRating.MinScore, LifeDomainRating.MaxScore)] int? Score,
    [property: StringLength(LifeDomainRating.NotesMaxLength)] string? Notes);
