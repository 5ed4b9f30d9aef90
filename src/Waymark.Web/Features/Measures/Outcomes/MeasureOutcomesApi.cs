using System.Security.Claims;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Measures.Outcomes;

/// <summary>/api/measures/outcomes: the share of people improved, unchanged and worse on each measure, in protected counts.</summary>
public static class MeasureOutcomesApi
{
    public static IEndpointRouteBuilder MapMeasureOutcomesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/measures/outcomes", async (
                Guid? teamId, Guid? programmeId, DateOnly? from, DateOnly? to, ClaimsPrincipal user, MeasureOutcomeQueries queries, CancellationToken ct) =>
            {
                if (from > to)
                {
                    return Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest, title: "The period's start must not be after its end",
                        detail: "Give from on or before to, as yyyy-MM-dd.");
                }

                var report = await queries.ReportAsync(user, new OutcomeCriteria(teamId, programmeId, from, to), ct);
                return Results.Ok(OutcomesResponse.Of(report));
            })
            .WithTags("Measures")
            .RequireAuthorization(Policies.OutcomeReaders)
            .WithSummary("Team and service outcome shares per measure")
            .WithDescription("For each measure (each ONS4 item, the UCLA-3 total, ...): how many people improved, were unchanged or were " +
                "worse between their baseline and their latest review (a move of at least the measure's meaningful change in its better " +
                "or worse direction), and how many have a baseline but no review yet. Counts only, never people or workers: 1 to 4 is " +
                "suppressed (null, suppressed true, \"fewer than 5\"), other counts are rounded to the nearest 5, and shares are worked " +
                "out from the rounded counts. Senior link workers see their team, service managers their provider's teams, " +
                "commissioners every team; teamId and programmeId narrow it, from and to (yyyy-MM-dd, inclusive) filter by the " +
                "baseline's date.");
        return app;
    }
}

public sealed record OutcomeCountResponse(int? Count, bool Suppressed, string Shown, int? SharePercent);

public sealed record MeasureOutcomeResponse(
    string QuestionnaireUrl, string QuestionnaireTitle, string MeasureId, string MeasureName, OutcomeCountResponse Improved,
    OutcomeCountResponse Unchanged, OutcomeCountResponse Worse, OutcomeCountResponse Reviewed, OutcomeCountResponse AwaitingReview);

public sealed record OutcomesResponse(Guid? TeamId, Guid? ProgrammeId, DateOnly? From, DateOnly? To, IReadOnlyList<MeasureOutcomeResponse> Measures)
{
    public static OutcomesResponse Of(OutcomeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Criteria.TeamId, report.Criteria.ProgrammeId, report.Criteria.From, report.Criteria.To,
            [.. report.Measures.Select(m => new MeasureOutcomeResponse(
                m.QuestionnaireUrl, m.QuestionnaireTitle, m.MeasureId, m.MeasureName,
                Count(m.Improved, m.ImprovedShare), Count(m.Unchanged, m.UnchangedShare), Count(m.Worse, m.WorseShare),
                Count(m.Reviewed, null), Count(m.AwaitingReview, null)))]);
    }

    private static OutcomeCountResponse Count(Domain.Common.ProtectedCount count, int? share) => new(count.Value, count.Suppressed, count.ToString(), share);
}
