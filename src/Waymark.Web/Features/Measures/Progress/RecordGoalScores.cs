using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Measures.Progress;

/// <summary>One goal's score at a review: null leaves the goal unscored this time.</summary>
public sealed record GoalScoreEntry(Guid GoalId, int? Score);

/// <param name="On">The day of the review (today when not given).</param>
/// <param name="Scores">Each goal's score; a goal not listed, or with no score, is not scored this time.</param>
public sealed record GoalScoresInput(DateOnly? On, IReadOnlyList<GoalScoreEntry>? Scores);

/// <summary>
/// Records how close the person feels to each of their goals (1 to 10) at a review, all at once. Every goal is
/// optional, but at least one must be scored. Every problem is reported together (fields: <c>On</c>, <c>Scores</c>, or
/// the goal's id), and nothing is saved unless all are fine.
/// </summary>
public sealed class RecordGoalScores(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public const string NothingScored = "Score at least one goal, from 1 to 10";
    public const string NotInPlan = "This goal is not in the person's plan";

    public async Task<IReadOnlyList<GoalScore>> ExecuteAsync(
        ClaimsPrincipal user, Guid episodeId, GoalScoresInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        episode.EnsureInSupport("Goals can be scored");
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.EpisodeId == episode.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var today = UkTime.Today(now);
        var by = user.UserId() ?? throw new DomainException("Only a member of staff can record goal scores", "RecordedBy");
        var on = input.On ?? today;
        var errors = new List<DomainException>();
        if (on > today)
        {
            errors.Add(new DomainException("The date of the review must be today or in the past", nameof(GoalScoresInput.On)));
        }

        // A review on an earlier day is placed at midday UK time; today's at the moment it is recorded.
        var midday = on.ToDateTime(new TimeOnly(12, 0));
        var at = on >= today ? now : new DateTimeOffset(midday, UkTime.Zone.GetUtcOffset(midday));
        var scores = new List<GoalScore>();
        foreach (var entry in (input.Scores ?? []).Where(e => e.Score is not null))
        {
            var goal = plan?.Goals.FirstOrDefault(g => g.Id == entry.GoalId);
            try
            {
                scores.Add(goal is null
                    ? throw new DomainException(NotInPlan, entry.GoalId.ToString())
                    : GoalScore.Record(goal, entry.Score!.Value, at, by, now));
            }
            catch (DomainException error)
            {
                errors.Add(new DomainException(error.Message, entry.GoalId.ToString()));
            }
        }

        if (scores.Count == 0 && errors.Count == 0)
        {
            errors.Add(new DomainException(NothingScored, nameof(GoalScoresInput.Scores)));
        }

        if (errors.Count > 0)
        {
            throw new DomainErrorsException(errors);
        }

        db.GoalScores.AddRange(scores);
        await db.SaveChangesAsync(cancellationToken);
        return scores;
    }
}
