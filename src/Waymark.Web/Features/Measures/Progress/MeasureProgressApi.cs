using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Charts;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Measures.Progress;

/// <summary>
/// /api/episodes/{id}/measures, /goal-scores and /hba1c: change over time in an episode, goal scores at a review and
/// HbA1c results, scoped by the episode's team like the rest of the episode.
/// </summary>
public static class MeasureProgressApi
{
    public static IEndpointRouteBuilder MapMeasureProgressApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/episodes/{id:guid}").WithTags("Measures");

        group.MapGet("/measures", async (Guid id, ClaimsPrincipal user, MeasureProgressQueries queries, CancellationToken ct) =>
                MeasuresResponse.From(await queries.GetAsync(user, id, ct)))
            .RequireAuthorization(Policies.CaseWorkers)
            .WithSummary("Reads an episode's measures over time, with the change since baseline")
            .WithDescription("questionnaires: each questionnaire answered in the episode with, per measure, its scores oldest first " +
                "(on, value, band as recorded) and change (from the first score to the latest: difference, outcome Improved, Unchanged or " +
                "Worse by the measure's meaningful change, bandMovement Up, Same, Down or NoBands), null with fewer than two scores. " +
                "Scores are those stored when each response was recorded, never re-scored. goals: each plan goal's scores (1 to 10). " +
                "hba1c: results in mmol/mol, only for a person with type 2 diabetes (null otherwise). Every read is audited; an episode " +
                "you may not see is answered 404.");

        group.MapPost("/goal-scores", async (Guid id, GoalScoresRequest request, ClaimsPrincipal user, RecordGoalScores record, CancellationToken ct) =>
            {
                var scores = await record.ExecuteAsync(user, id, request.ToInput(), ct);
                return TypedResults.Created($"/api/episodes/{id}/measures",
                    scores.Select(s => new GoalScoreResponse(s.Id, s.GoalId, s.Score, s.At, s.RecordedBy, s.RecordedAt)).ToList());
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Records how close the person feels to their goals at a review")
            .WithDescription("scores: a list of { goalId, score } (1 to 10; a goal left out or with a null score is not scored this " +
                "time; at least one must be scored). on: the day of the review (today when left out; not in the future). For a person " +
                "allocated or active with your team. A goal the person changed is scored through the goal that replaced it. Every " +
                "problem is checked before anything is saved; errors are keyed by the goal's id.");

        group.MapPost("/hba1c", async (Guid id, HbA1cRequest request, ClaimsPrincipal user, RecordHbA1c record, CancellationToken ct) =>
            {
                var result = await record.ExecuteAsync(user, id, request.ToInput(), ct);
                return TypedResults.Created($"/api/episodes/{id}/measures", new HbA1cResponse(
                    result.Id, result.Value, result.TakenOn, result.Source, result.SourceDetail, result.RecordedBy, result.RecordedAt));
            })
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Records an HbA1c result for a person with type 2 diabetes")
            .WithDescription("value: mmol/mol, a whole number from 20 to 200. takenOn: the day the sample was taken (not in the " +
                "future). source: GpRecord, LabReport, PersonToldUs or Other (then sourceDetail says what). Refused (422) for a person " +
                "without type 2 diabetes in their long-term conditions.");

        return app;
    }
}

public sealed record GoalScoreRequestEntry([property: Required] Guid? GoalId, int? Score);

public sealed record GoalScoresRequest(DateOnly? On, [property: Required, MaxLength(100)] IReadOnlyList<GoalScoreRequestEntry>? Scores)
{
    public GoalScoresInput ToInput() => new(On, [.. (Scores ?? []).Select(s => new GoalScoreEntry(s.GoalId ?? Guid.Empty, s.Score))]);
}

public sealed record HbA1cRequest(
    int? Value,
    DateOnly? TakenOn,
    HbA1cSource? Source,
    [property: StringLength(HbA1cResult.SourceDetailMaxLength)] string? SourceDetail)
{
    public HbA1cInput ToInput() => new(Value, TakenOn, Source, SourceDetail);
}

public sealed record GoalScoreResponse(Guid Id, Guid GoalId, int Score, DateTimeOffset At, Guid RecordedBy, DateTimeOffset RecordedAt);

public sealed record HbA1cResponse(
    Guid Id, int Value, DateOnly TakenOn, HbA1cSource Source, string? SourceDetail, Guid RecordedBy, DateTimeOffset RecordedAt);

public sealed record PointResponse(DateOnly On, decimal Value, string? Band);

public sealed record ChangeResponse(decimal Difference, ChangeOutcome Outcome, BandMovement BandMovement, decimal MeaningfulChange);

public sealed record SeriesResponse(
    string MeasureId, string Name, ScoreDirection Direction, decimal Lowest, decimal Highest, IReadOnlyList<PointResponse> Scores, ChangeResponse? Change)
{
    public static SeriesResponse From(ChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var m = series.Measure;
        return new SeriesResponse(m.Id, series.Name, m.Direction, m.Lowest, m.Highest,
            [.. series.Points.Select(p => new PointResponse(p.On, p.Value, series.BandOf(p)))],
            series.Change is { } c ? new ChangeResponse(c.Difference, c.Outcome, c.BandMovement, m.MeaningfulChange) : null);
    }
}

public sealed record QuestionnaireSeriesResponse(string Url, string Title, IReadOnlyList<SeriesResponse> Measures);

public sealed record GoalSeriesResponse(Guid GoalId, string InTheirWords, string Status, SeriesResponse Scores);

public sealed record HbA1cSeriesResponse(IReadOnlyList<HbA1cResponse> Results, SeriesResponse Series);

public sealed record MeasuresResponse(
    Guid EpisodeId, Guid PersonId, IReadOnlyList<QuestionnaireSeriesResponse> Questionnaires, IReadOnlyList<GoalSeriesResponse> Goals,
    [property: JsonPropertyName("hba1c")] HbA1cSeriesResponse? HbA1c)
{
    public static MeasuresResponse From(EpisodeMeasures measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return new MeasuresResponse(measures.EpisodeId, measures.PersonId,
            [.. measures.Questionnaires.Select(q => new QuestionnaireSeriesResponse(q.Url, q.Title, [.. q.Measures.Select(SeriesResponse.From)]))],
            [.. measures.Goals.Select(g => new GoalSeriesResponse(g.GoalId, g.InTheirWords, g.Status.ToString(), SeriesResponse.From(g.Series)))],
            measures.HbA1c is { } series
                ? new HbA1cSeriesResponse(
                    [.. measures.HbA1cResults.Select(r => new HbA1cResponse(r.Id, r.Value, r.TakenOn, r.Source, r.SourceDetail, r.RecordedBy, r.RecordedAt))],
                    SeriesResponse.From(series))
                : null);
    }
}
