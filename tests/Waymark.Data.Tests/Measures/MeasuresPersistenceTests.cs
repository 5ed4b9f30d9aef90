using Microsoft.EntityFrameworkCore;
using Waymark.Data.Measures;
using Waymark.Domain.Measures;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.Measures;

/// <summary>Questionnaire definitions, responses and their recorded scores read back exactly as they were made.</summary>
public sealed class MeasuresPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.CreateVersion7();
    private static readonly string[] ItemIds = ["a", "b", "c"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Definitions_with_bands_thresholds_and_a_conversion_table_read_back_word_for_word(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var converted = ConvertedInstrument();
        await using (var db = database.CreateContext())
        {
            Assert.Equal(2, await db.EnsureBuiltInQuestionnairesAsync(ct));
            db.QuestionnaireDefinitions.Add(converted);
            await db.SaveChangesAsync(ct);
            Assert.Equal(0, await db.EnsureBuiltInQuestionnairesAsync(ct));
        }

        await using var read = database.CreateContext();
        var loaded = await read.QuestionnaireDefinitions.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        Assert.Equal(3, loaded.Count);
        foreach (var expected in BuiltInQuestionnaires.All.Append(converted))
        {
            var held = loaded[expected.Id];
            Assert.True(held.HasSameContentAs(expected), $"{expected.Title} changed on the way through the database");
            Assert.Equal(expected.Status, held.Status);
            Assert.Equal(expected.Measures(), held.Measures(), new MeasureComparer());
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_response_keeps_its_answers_in_order_and_a_score_row_for_each_measure(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var ucla3 = BuiltInQuestionnaires.Ucla3;
        var response = QuestionnaireResponse.Record(
            ucla3, episode.PersonId,
            [QuestionnaireAnswer.Chosen("isolated", "often"), QuestionnaireAnswer.Chosen("lack-companionship", "some-of-the-time"), QuestionnaireAnswer.Chosen("left-out", "often")],
            ResponseMode.Paper, Now.AddDays(-2), Worker, Now, episode.Id);
        await using (var db = database.CreateContext())
        {
            await db.EnsureBuiltInQuestionnairesAsync(ct);
            MeasureRecording.Add(db, ucla3, response, new ScoringOptions(CutoffAt: 9));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.QuestionnaireResponses.AsNoTracking().SingleAsync(ct);
        Assert.Equal(["lack-companionship", "left-out", "isolated"], loaded.Answers.Select(a => a.LinkId));
        Assert.Equal((ResponseMode.Paper, Now.AddDays(-2), Worker, episode.Id), (loaded.Mode, loaded.AnsweredAt, loaded.RecordedBy, loaded.EpisodeId));
        var score = await read.MeasureScores.AsNoTracking().SingleAsync(ct);
        Assert.Equal(
            (response.Id, episode.PersonId, "total", "Loneliness score", 8m, (int?)8, "Not lonely", (int?)0, Now.AddDays(-2)),
            (score.ResponseId, score.PersonId, score.MeasureId, score.MeasureName, score.Value, score.RawTotal, score.BandLabel, score.BandPosition, score.AnsweredAt));
    }

    /// <summary>A made-up instrument of SWEMWBS's shape: three items 1–3, a raw total 3–9 converted to a metric score.</summary>
    private static QuestionnaireDefinition ConvertedInstrument()
    {
        var options = new[] { new AnswerOption("rarely", "Rarely", 1), new AnswerOption("sometimes", "Sometimes", 2), new AnswerOption("often", "Often", 3) };
        var conversion = ScoreConversion.Of("Metric score", Enumerable.Range(3, 7).Select(raw => new ConversionRow(raw, 10m + (raw * 1.25m))));
        return QuestionnaireDefinition.Create(
            "https://example.org/fhir/Questionnaire/made-up-three", "2.1", "Made-up three",
            ItemIds.Select(id => QuestionnaireItem.Choice(id, $"Question {id}?", options, name: id.ToUpperInvariant())),
            ScoringRule.Total("Raw total", Banding.Of(ScoreDirection.HigherIsBetter, 1.5m, new Band(13.75m, 18m, "Lower"), new Band(18.01m, 21.25m, "Higher")), conversion),
            introduction: "Made up for tests.", licenceNote: "Not a real instrument.", status: QuestionnaireStatus.Active);
    }

    /// <summary>Measures are records holding lists, which compare by reference; this compares the lists' items.</summary>
    private sealed class MeasureComparer : IEqualityComparer<Measure>
    {
        public bool Equals(Measure? x, Measure? y) => x is not null && y is not null
            && x with { Bands = [] } == y with { Bands = [] } && x.Bands.SequenceEqual(y.Bands);

        public int GetHashCode(Measure obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
