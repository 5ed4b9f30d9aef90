using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.Web.Tests.Measures;

/// <summary>
/// The seeded app plus a second team of the same provider (with its link worker) and a manager of another provider,
/// for "who can't" tests. Each test makes its own person; responses, goals and scores are put in through the domain,
/// as the recording pages (another area) would.
/// </summary>
public sealed class MeasureProgressApp : MeasuresApp
{
    public TestUser Worker => Data.User(StaffRole.LinkWorker);

    public DateTimeOffset Now => App.Clock.GetUtcNow();

    /// <summary>An active person of the seeded team, with type 2 diabetes when asked.</summary>
    public async Task<TestCase> CaseAsync(bool type2Diabetes = false, EpisodeStatus stage = EpisodeStatus.Active)
    {
        var person = await App.CaseAtAsync(Data.TeamId, stage, Worker.Id);
        if (type2Diabetes)
        {
            await WithDbAsync(async db =>
            {
                var found = await db.People.SingleAsync(p => p.Id == person.PersonId, TestContext.Current.CancellationToken);
                found.ChangeLongTermConditions([LongTermCondition.Type2Diabetes]);
                return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            });
        }

        return person;
    }

    /// <summary>An ONS4 response in the episode, <paramref name="daysAgo"/> days ago, with its score rows, as recording saves it.</summary>
    public Task<int> Ons4Async(TestCase person, int daysAgo, int satisfaction, int worthwhile = 5, int happiness = 5, int anxiety = 3) =>
        RespondAsync(person, daysAgo, BuiltInQuestionnaires.Ons4,
            QuestionnaireAnswer.Of("life-satisfaction", satisfaction), QuestionnaireAnswer.Of("worthwhile", worthwhile),
            QuestionnaireAnswer.Of("happiness", happiness), QuestionnaireAnswer.Of("anxiety", anxiety));

    public Task<int> RespondAsync(TestCase person, int daysAgo, QuestionnaireDefinition definition, params QuestionnaireAnswer[] answers) =>
        WithDbAsync(db =>
        {
            var response = QuestionnaireResponse.Record(
                definition, person.PersonId, answers, ResponseMode.WithLinkWorker, Now.AddDays(-daysAgo), Worker.Id, Now, person.EpisodeId);
            db.QuestionnaireResponses.Add(response);
            db.MeasureScores.AddRange(RecordedScore.Of(response, definition.Score(response)));
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

    /// <summary>Adds goals to the person's plan (the first goal makes the plan); returns their ids in order.</summary>
    public Task<List<Guid>> GoalsAsync(TestCase person, params string[] words) =>
        WithDbAsync(async db =>
        {
            var plan = await db.Plans.FirstOrDefaultAsync(p => p.EpisodeId == person.EpisodeId, TestContext.Current.CancellationToken);
            if (plan is null)
            {
                plan = Plan.Create(person.EpisodeId, Now);
                db.Plans.Add(plan);
            }

            var today = DateOnly.FromDateTime(Now.UtcDateTime);
            var goals = words.Select(w => plan.AddGoal(w, GoalDetails.None, today, Now, Worker.Id).Id).ToList();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return goals;
        });

    public Task<List<GoalScore>> GoalScoresAsync(Guid goalId) =>
        WithDbAsync(db => db.GoalScores.AsNoTracking().Where(s => s.GoalId == goalId).ToListAsync(TestContext.Current.CancellationToken));

    public Task<List<HbA1cResult>> HbA1cResultsAsync(Guid personId) =>
        WithDbAsync(db => db.HbA1cResults.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(TestContext.Current.CancellationToken));
}
