using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Waymark.Domain.Measures;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Measures.Reviews;

/// <summary>/api/episodes/{id}/measure-schedule and /measure-deferrals: when each measure is next asked, and "not appropriate now".</summary>
public static class MeasureReviewsApi
{
    public static IEndpointRouteBuilder MapMeasureReviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/episodes/{id:guid}").WithTags("Measures");

        group.MapGet("/measure-schedule", (Guid id, bool? preparingDischarge, ClaimsPrincipal user, MeasureReviewQueries queries, CancellationToken ct) =>
                queries.ForEpisodeAsync(user, id, audit: true, preparingDischarge ?? false, ct))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("When each of the programme's measures is next asked in an episode")
            .WithDescription("For a person allocated or active: each questionnaire's next occasion (Baseline from the first conversation, " +
                "Review n every reviewWeeks after the baseline, Discharge when preparingDischarge=true and the programme asks at discharge), " +
                $"its due date (UK), and NotYetDue, Due or Overdue (more than {MeasureSchedule.OverdueAfterDays} days past due). A deferral " +
                "(\"not appropriate now\") moves the due date without penalty. Also lists the episode's deferrals. Every read is audited.");

        group.MapPost("/measure-deferrals", async (Guid id, DeferMeasureRequest request, ClaimsPrincipal user, DeferMeasure defer, CancellationToken ct) =>
            {
                var deferral = await defer.ExecuteAsync(user, id, new DeferMeasureInput(request.QuestionnaireUrl, request.Reason, request.Until), ct);
                return TypedResults.Created(
                    $"/api/episodes/{id}/measure-schedule",
                    new DeferralCreated(deferral.Id, deferral.QuestionnaireUrl, deferral.Reason, deferral.Until, deferral.DeferredAt));
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Marks a measure \"not appropriate now\"")
            .WithDescription("For a person allocated or active with your team: one of their programme's questionnaires (its url), why " +
                $"(for example a bereavement) and the UK date to ask again, after today and at most {MeasureDeferral.MaxWeeksAhead} weeks ahead. " +
                "The measure's next occasion moves to that date without counting as missed.");
        return app;
    }
}

public sealed record DeferMeasureRequest(
    [property: Required, StringLength(MeasureDeferral.UrlMaxLength)] string? QuestionnaireUrl,
    [property: Required, StringLength(MeasureDeferral.ReasonMaxLength)] string? Reason,
    [property: Required] DateOnly? Until);

public sealed record DeferralCreated(Guid Id, string QuestionnaireUrl, string Reason, DateOnly Until, DateTimeOffset DeferredAt);
