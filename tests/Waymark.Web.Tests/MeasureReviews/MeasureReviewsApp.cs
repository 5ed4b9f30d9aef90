using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.Measures;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.Organisations;
using Waymark.Domain.Programmes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.MeasureReviews;

/// <summary>
/// The seeded app on a fixed Monday, plus a South team of the same provider with its own senior and link worker, and
/// a service manager of another provider, so every scope has someone inside and outside it. Responses are recorded
/// through the domain and <see cref="MeasureRecording"/>, as every way of recording stores them.
/// </summary>
public sealed class MeasureReviewsApp : SeededAppFixture
{
    public static readonly DateTimeOffset Start = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public TestUser Worker => Data.User(StaffRole.LinkWorker);

    public TestUser Senior => Data.User(StaffRole.SeniorLinkWorker);

    public Guid SouthTeamId { get; private set; }

    public TestUser SouthSenior { get; private set; } = null!;

    public TestUser SouthWorker { get; private set; } = null!;

    public TestUser OtherProviderManager { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        SouthTeamId = await App.AddTeamAsync("South team", Data.ProviderId);
        SouthSenior = await App.AddUserAsync("south.senior@test.waymark.example", Data.ProviderId, SouthTeamId, StaffRole.SeniorLinkWorker, "Sol South Senior");
        SouthWorker = await App.AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, SouthTeamId, StaffRole.LinkWorker, "Sky South Worker");
        var provider = await App.AddOrganisationAsync("Eastfield Community Links", OrganisationKind.Provider);
        OtherProviderManager = await App.AddUserAsync("east.manager@test.waymark.example", provider, null, StaffRole.ServiceManager, "East Manager");
    }

    /// <summary>The programme the outcome tests fill once (tests of a class run one after another).</summary>
    public Guid? OutcomesProgrammeId { get; set; }

    protected override void BeforeSeeding() => App.Clock.Set(Start);

    /// <summary>A client signed in now (the clock may have moved since the last sign-in).</summary>
    public async Task<HttpClient> ClientAsync(TestUser user) => Track(await App.SignedInClientAsync(user));

    public Task<HttpClient> ClientAsync(StaffRole role) => ClientAsync(Data.User(role));

    /// <summary>A person allocated to the seeded link worker <paramref name="daysAgo"/> days before <see cref="Start"/>.</summary>
    public async Task<TestCase> AllocatedAsync(int daysAgo, Guid? programmeId = null, Guid? teamId = null, Guid? workerId = null, string? familyName = null)
    {
        App.Clock.Set(Start.AddDays(-daysAgo));
        try
        {
            return await App.CaseAtAsync(teamId ?? Data.TeamId, EpisodeStatus.Allocated, workerId ?? Worker.Id, Data.PracticeId, programmeId: programmeId, familyName: familyName);
        }
        finally
        {
            App.Clock.Set(Start);
        }
    }

    /// <summary>Records ONS4 answered on <paramref name="at"/> with these four scores (life satisfaction, worthwhile, happiness, anxiety).</summary>
    public Task RecordOns4Async(TestCase person, DateTimeOffset at, int satisfaction = 5, int worthwhile = 5, int happiness = 5, int anxiety = 5) =>
        RecordAsync(person, BuiltInQuestionnaires.Ons4Url, at,
        [
            QuestionnaireAnswer.Of("life-satisfaction", satisfaction), QuestionnaireAnswer.Of("worthwhile", worthwhile),
            QuestionnaireAnswer.Of("happiness", happiness), QuestionnaireAnswer.Of("anxiety", anxiety),
        ]);

    /// <summary>Records UCLA-3 answered on <paramref name="at"/>, every answer the same.</summary>
    public Task RecordUcla3Async(TestCase person, DateTimeOffset at, string code = "some-of-the-time") =>
        RecordAsync(person, BuiltInQuestionnaires.Ucla3Url, at,
            [QuestionnaireAnswer.Chosen("lack-companionship", code), QuestionnaireAnswer.Chosen("left-out", code), QuestionnaireAnswer.Chosen("isolated", code)]);

    public Task<Guid> ProgrammeAsync(Action<Programme> configure, Guid? teamId = null) => App.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        var programme = Programme.Create(teamId ?? Data.TeamId, $"Programme {Guid.NewGuid():N}"[..20], App.Clock.GetUtcNow());
        configure(programme);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return programme.Id;
    });

    private Task RecordAsync(TestCase person, string url, DateTimeOffset at, IReadOnlyList<QuestionnaireAnswer> answers) => App.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        var definition = await db.QuestionnaireDefinitions.AsNoTracking().SingleAsync(d => d.Url == url && d.Status == QuestionnaireStatus.Active, TestContext.Current.CancellationToken);
        var now = App.Clock.GetUtcNow();
        var response = QuestionnaireResponse.Record(definition, person.PersonId, answers, ResponseMode.WithLinkWorker, at, Worker.Id, now < at ? at : now, person.EpisodeId);
        MeasureRecording.Add(db, definition, response);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });
}
