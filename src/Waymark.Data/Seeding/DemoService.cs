using Bogus;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Staff;
using Waymark.Domain.Teams;

namespace Waymark.Data.Seeding;

/// <summary>
/// Builds, in memory, the people the demo service works with: each team's programmes, then a few hundred people at
/// every stage of their journey. Uses its own <see cref="Faker"/> (seed + 1) so adding people never changes the
/// names of the organisations and staff made before them.
/// </summary>
public static class DemoService
{
    public const string MainProgramme = "Community connections";
    public const string ConditionsProgramme = "Living well with a long-term condition";

    /// <summary>Deprivation decile of the area around each practice, in practice order (1 is the most deprived tenth).</summary>
    private static readonly int[] PracticeDeciles = [2, 3, 5, 7, 4, 1, 6, 8, 3, 9];

    private static readonly LongTermCondition[] QualifyingConditions =
    [
        LongTermCondition.Type1Diabetes, LongTermCondition.Type2Diabetes, LongTermCondition.Copd, LongTermCondition.HeartFailure,
        LongTermCondition.CoronaryHeartDisease, LongTermCondition.Asthma, LongTermCondition.ChronicKidneyDisease,
    ];

    internal static DemoCases Build(
        int seed, DateTimeOffset now, IReadOnlyList<Team> teams, IReadOnlyList<Organisation> practices, IReadOnlyList<Organisation> partners,
        IReadOnlyList<DemoUser> users)
    {
        var faker = new Faker { Random = new Randomizer(seed + 1) };
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cases = new DemoCases();
        var homes = practices.Select((p, i) => new DemoPractice(
            p, DemoNames.Places.First(place => p.Name.Contains(place, StringComparison.Ordinal)), $"WM{i + 1}", PracticeDeciles[i % PracticeDeciles.Length])).ToList();
        var referrers = users.Where(u => u.Role == StaffRole.Referrer).GroupBy(u => u.OrganisationId).ToDictionary(g => g.Key, g => g.First().Id);
        var partnerUser = users.First(u => u.Role == StaffRole.Partner);
        var history = new DemoHistory(faker, today, cases, [.. partners.Select(p => p.Name)]);
        var journeys = new DemoJourneys(faker, cases, new DemoPeople(faker, today), history,
            new DemoPartnerReferrer(partnerUser.OrganisationId, partnerUser.Id));

        foreach (var (team, index) in teams.Select((team, index) => (team, index)))
        {
            var covered = team.Practices.Select(p => p.PracticeId).ToHashSet();
            var main = Programme.Create(team.Id, MainProgramme, now.AddYears(-2));
            main.SetAgeRange(18, null);
            main.CoverPractices(covered);
            main.SetContactDefaults(14, 28);
            cases.ProgrammeList.Add(main);
            Programme? conditions = null;
            if (index == 0)
            {
                conditions = Programme.Create(team.Id, ConditionsProgramme, now.AddYears(-1));
                conditions.SetAgeRange(18, null);
                conditions.SetQualifyingConditions(QualifyingConditions);
                conditions.SetContactDefaults(21, 35);
                conditions.SetLostContactRule(new LostContactRule(4, 2, 21));
                conditions.SetReviewWeeks(8);
                cases.ProgrammeList.Add(conditions);
            }

            var workers = users.Where(u => u.TeamId == team.Id).OrderBy(u => u.Role == StaffRole.SeniorLinkWorker ? 0 : 1).ToList();
            journeys.AddTeam(new DemoTeam(team, workers, [.. homes.Where(h => covered.Contains(h.Practice.Id))], main, conditions,
                referrers, HoldsDemoAccounts: workers.Any(w => w.IsDemoAccount)));
        }

        return cases;
    }
}
