using Bogus;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Measures;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;

namespace Waymark.Data.Seeding;

/// <summary>
/// Wellbeing measures for the demo people, so charts and changes are alive on first run: ONS4 and UCLA-3 at
/// baseline in each episode's first conversation and, where the episode has run long enough, at a 12-week review.
/// Most people feel a little better at review, some the same, a few worse — as real services report.
/// </summary>
internal static class DemoMeasures
{
    private const int ReviewWeeks = 12;

    private static readonly string[] Ucla3Codes = ["lack-companionship", "left-out", "isolated"];

    public static async Task<int> AddAsync(AppDbContext db, Faker faker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ons4 = await db.QuestionnaireDefinitions.SingleAsync(d => d.Id == BuiltInQuestionnaires.Ons4Id, cancellationToken);
        var ucla3 = await db.QuestionnaireDefinitions.SingleAsync(d => d.Id == BuiltInQuestionnaires.Ucla3Id, cancellationToken);
        var conversations = await db.Conversations
            .Join(db.Episodes, c => c.EpisodeId, e => e.Id, (c, e) => new { c.EpisodeId, e.PersonId, e.Status, c.At, c.RecordedBy })
            .ToListAsync(cancellationToken);
        var baselines = conversations.GroupBy(c => c.EpisodeId).Select(g => g.MinBy(c => c.At)!).OrderBy(c => c.EpisodeId).ToList();
        var added = 0;
        foreach (var first in baselines)
        {
            var feeling = new Feeling(faker);
            Record(db, ons4, first.PersonId, first.EpisodeId, first.RecordedBy, first.At, feeling.Ons4(), now);
            Record(db, ucla3, first.PersonId, first.EpisodeId, first.RecordedBy, first.At, feeling.Ucla3(), now);
            added += 2;
            var reviewAt = first.At.AddDays((7 * ReviewWeeks) + faker.Random.Int(-3, 10));
            if (reviewAt < now && first.Status is EpisodeStatus.Active or EpisodeStatus.Discharged)
            {
                feeling = feeling.AtReview(faker);
                Record(db, ons4, first.PersonId, first.EpisodeId, first.RecordedBy, reviewAt, feeling.Ons4(), now);
                Record(db, ucla3, first.PersonId, first.EpisodeId, first.RecordedBy, reviewAt, feeling.Ucla3(), now);
                added += 2;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static void Record(
        AppDbContext db, QuestionnaireDefinition definition, Guid personId, Guid episodeId, Guid recordedBy, DateTimeOffset at,
        IEnumerable<QuestionnaireAnswer> answers, DateTimeOffset now)
    {
        var response = QuestionnaireResponse.Record(definition, personId, answers, ResponseMode.WithLinkWorker, at, recordedBy, now, episodeId);
        MeasureRecording.Add(db, definition, response);
    }

    /// <summary>How a demo person feels: low wellbeing and some loneliness when referred, as people referred usually are.</summary>
    private sealed record Feeling(int Satisfaction, int Worthwhile, int Happiness, int Anxiety, int Lonely)
    {
        public Feeling(Faker faker)
            : this(faker.Random.Int(1, 6), faker.Random.Int(2, 7), faker.Random.Int(1, 6), faker.Random.Int(4, 9), faker.Random.Int(0, 6))
        {
        }

        /// <summary>Three in five better, one in five about the same, one in five worse.</summary>
        public Feeling AtReview(Faker faker)
        {
            var shift = faker.Random.WeightedRandom([3, 0, -2], [0.6f, 0.2f, 0.2f]) + faker.Random.Int(-1, 1);
            return new Feeling(
                Math.Clamp(Satisfaction + shift, 0, 10), Math.Clamp(Worthwhile + shift, 0, 10), Math.Clamp(Happiness + shift, 0, 10),
                Math.Clamp(Anxiety - shift, 0, 10), Math.Clamp(Lonely - Math.Sign(shift) * faker.Random.Int(1, 3), 0, 6));
        }

        public IEnumerable<QuestionnaireAnswer> Ons4() =>
        [
            QuestionnaireAnswer.Of("life-satisfaction", Satisfaction), QuestionnaireAnswer.Of("worthwhile", Worthwhile),
            QuestionnaireAnswer.Of("happiness", Happiness), QuestionnaireAnswer.Of("anxiety", Anxiety),
        ];

        /// <summary>UCLA-3's three answers from 0–6 "points of loneliness" spread over the items (each 1–3).</summary>
        public IEnumerable<QuestionnaireAnswer> Ucla3() => Ucla3Codes.Select((linkId, i) =>
            QuestionnaireAnswer.Chosen(linkId, ((Lonely + 2 - i) / 3) switch { 0 => "hardly-ever", 1 => "some-of-the-time", _ => "often" }));

    }

}
