using System.Globalization;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Identity;
using Waymark.Data.Measures;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Domain.Teams;

namespace Waymark.Data.Seeding;

/// <summary>
/// Fills an empty database with a believable, made-up social prescribing service: one provider with two teams, the
/// GP practices they cover, partner organisations, a commissioner, link workers and one demo account per role, and
/// the people the service works with at every stage (see <see cref="DemoService"/> and <see cref="DemoJourneys"/>).
/// Deterministic: one seeded <see cref="Faker"/> makes every choice, in a fixed order, so the same seed gives the
/// same names, and dates count back from the injected clock's today, so the service looks current yet has the same
/// shape on every run. Idempotent: it does nothing when any organisation exists. Run only by `waymark demo` and
/// `waymark db seed` (see <see cref="DemoDataServiceCollectionExtensions.AddDemoData"/>).
/// </summary>
/// <remarks>
/// Later issues extend this with one small method per area (people and referrals, episodes and contacts, directory
/// services, outcomes), called at the end of <see cref="SeedAsync"/> so the names made before them do not change.
/// </remarks>
public sealed class DemoDataSeeder(
    AppDbContext db, UserManager<StaffUser> users, TimeProvider clock, PostcodeCentroidImporter postcodes)
{
    public const int DefaultSeed = 20261102;
    public const int PracticeCount = 10;
    public const int PartnerCount = 30;
    public const int LinkWorkersPerTeam = 4;
    private const int SaveChunkSize = 1000;

    /// <summary>Seeds the demo service, or returns null without changing anything when the database is not empty.</summary>
    public async Task<DemoData?> SeedAsync(int seed = DefaultSeed, CancellationToken cancellationToken = default)
    {
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return null;
        }

        var faker = new Faker { Random = new Randomizer(seed) };
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var provider = Add(Organisation.Create(DemoNames.Provider, OrganisationKind.Provider, null, now));
        var commissioner = Add(Organisation.Create(DemoNames.Commissioner, OrganisationKind.Commissioner, null, now));
        var practices = AddPractices(faker, now);
        var partners = AddPartners(faker, now);
        await db.SaveChangesAsync(cancellationToken);

        var teams = AddTeams(provider, practices, now);
        await db.SaveChangesAsync(cancellationToken);

        var staff = new StaffSeeder(users, faker, now);
        await staff.AddLinkWorkersAsync(provider, teams, cancellationToken);
        await staff.AddOneOfEachRoleAsync(provider, practices[0], partners[0], commissioner, cancellationToken);
        await staff.AddReferrersAsync(practices.Skip(1), cancellationToken);

        // People and their journeys are built in memory through the domain, then saved in chunks of whole rows,
        // parents first, in this one transaction. The audit interceptor writes an event per row as for any write
        // (the actor is the CLI); clearing the tracker after each chunk keeps every save as cheap as the first.
        var cases = DemoService.Build(seed, now, teams, practices, partners, staff.Created);
        foreach (var chunk in cases.All.Chunk(SaveChunkSize))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        // The directory: Waymark's need terms first (the listings are filed under them), then the listings.
        await db.EnsureNeedTaxonomyAsync(cancellationToken);
        await db.EnsureBuiltInQuestionnairesAsync(cancellationToken);
        DemoDirectory.Add(db, partners, staff.Created.First(u => u.Role == StaffRole.ServiceManager).Id, now);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Wellbeing measures at baseline and review, once the built-in questionnaires are in.
        await DemoMeasures.AddAsync(db, faker, now, cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);

        // Postcode centroids for the demo area, through the bulk importer (in its own transaction, one audit event).
        using (var csv = DemoDirectory.OpenPostcodes())
        {
            var loaded = await postcodes.ExecuteAsync(csv, cancellationToken);
            if (!loaded.Succeeded)
            {
                throw new InvalidOperationException("The demo postcode centroids did not load: " + string.Join("; ", loaded.Problems));
            }
        }

        return new DemoData(provider, teams, practices, partners, commissioner, staff.Created, cases);
    }

    private Organisation Add(Organisation organisation)
    {
        db.Organisations.Add(organisation);
        return organisation;
    }

    private List<Organisation> AddPractices(Faker faker, DateTimeOffset now)
    {
        var places = faker.PickRandom(DemoNames.Places, PracticeCount).ToList();
        var codes = new HashSet<string>();
        while (codes.Count < PracticeCount)
        {
            codes.Add("Y0" + faker.Random.Number(1000, 9999).ToString(CultureInfo.InvariantCulture));
        }

        return [.. places.Zip(codes, (place, code) =>
        {
            var name = string.Format(CultureInfo.InvariantCulture, faker.PickRandom(DemoNames.PracticeFormats), place);
            return Add(Organisation.Create(name, OrganisationKind.GpPractice, code, now));
        })];
    }

    private List<Organisation> AddPartners(Faker faker, DateTimeOffset now) =>
        [.. DemoNames.PartnerFormats.Take(PartnerCount).Select(format =>
        {
            var name = string.Format(CultureInfo.InvariantCulture, format, faker.PickRandom(DemoNames.Places), DemoNames.Area);
            return Add(Organisation.Create(name, OrganisationKind.Partner, null, now));
        })];

    /// <summary>Two teams, each covering half the practices: referrals from a practice go to the team that covers it.</summary>
    private List<Team> AddTeams(Organisation provider, List<Organisation> practices, DateTimeOffset now)
    {
        var perTeam = practices.Count / DemoNames.Teams.Length;
        return [.. DemoNames.Teams.Select((name, index) =>
        {
            var team = Team.Create(name, provider, now);
            team.CoverPractices(practices.Skip(index * perTeam).Take(perTeam));
            db.Teams.Add(team);
            return team;
        })];
    }

    /// <summary>Makes the staff, in a fixed order, through Identity so passwords and roles are stored as at sign-up.</summary>
    private sealed class StaffSeeder(UserManager<StaffUser> users, Faker faker, DateTimeOffset now)
    {
        private readonly HashSet<string> _emails = [];

        public List<DemoUser> Created { get; } = [];

        /// <summary>
        /// Each team: a senior link worker and three link workers. Team one holds the two demo link workers. Languages
        /// come from a fixed list by position, so they take nothing from the faker and leave later names as they were.
        /// </summary>
        public async Task AddLinkWorkersAsync(Organisation provider, IReadOnlyList<Team> teams, CancellationToken cancellationToken)
        {
            foreach (var (team, index) in teams.Select((team, index) => (team, index)))
            {
                for (var i = 0; i < LinkWorkersPerTeam; i++)
                {
                    var role = i == 0 ? StaffRole.SeniorLinkWorker : StaffRole.LinkWorker;
                    var capacity = faker.PickRandom(role == StaffRole.SeniorLinkWorker ? DemoNames.SeniorCapacities : DemoNames.LinkWorkerCapacities);
                    var isDemo = index == 0 && i <= 1;
                    var languages = DemoNames.WorkerLanguages[((index * LinkWorkersPerTeam) + i) % DemoNames.WorkerLanguages.Length];
                    await AddAsync(role, provider, team, capacity, isDemo, cancellationToken, languages);
                }
            }
        }

        /// <summary>A referrer at each of the other practices, so every practice referral names who made it. They cannot sign in.</summary>
        public async Task AddReferrersAsync(IEnumerable<Organisation> practices, CancellationToken cancellationToken)
        {
            foreach (var practice in practices)
            {
                await AddAsync(StaffRole.Referrer, practice, null, null, false, cancellationToken);
            }
        }

        public async Task AddOneOfEachRoleAsync(
            Organisation provider, Organisation practice, Organisation partner, Organisation commissioner, CancellationToken cancellationToken)
        {
            await AddAsync(StaffRole.ServiceManager, provider, null, null, true, cancellationToken);
            await AddAsync(StaffRole.Referrer, practice, null, null, true, cancellationToken);
            await AddAsync(StaffRole.Partner, partner, null, null, true, cancellationToken);
            await AddAsync(StaffRole.Commissioner, commissioner, null, null, true, cancellationToken);
            await AddAsync(StaffRole.Administrator, provider, null, null, true, cancellationToken);
        }

        private async Task AddAsync(
            StaffRole role, Organisation organisation, Team? team, decimal? capacity, bool isDemo, CancellationToken cancellationToken,
            string[]? languages = null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            StaffRoles.EnsureValid([role], organisation.Kind, team is not null);
            var (name, email) = NextPerson();
            if (isDemo)
            {
                email = DemoAccounts.EmailFor(role);
            }

            var user = StaffUser.Create(email, name, organisation.Id, team?.Id, now);
            user.SetCaseloadCapacity([role], capacity);
            user.Languages = languages ?? [];
            // Only demo accounts get a password; the other staff exist to fill teams and cannot sign in.
            Check(isDemo ? await users.CreateAsync(user, DemoAccounts.Password) : await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, StaffRoles.Name(role)));
            Created.Add(new DemoUser(user.Id, user.Email!, user.DisplayName, role, organisation.Id, team?.Id, isDemo, user.CaseloadCapacity));
        }

        private (string Name, string Email) NextPerson()
        {
            while (true)
            {
                var first = faker.PickRandom(DemoNames.FirstNames);
                var last = faker.PickRandom(DemoNames.LastNames);
                var email = $"{Letters(first)}.{Letters(last)}@{DemoAccounts.EmailDomain}";
                if (_emails.Add(email))
                {
                    return ($"{first} {last}", email);
                }
            }
        }

        private static string Letters(string value) => new([.. value.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);

        private static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Could not add a demo user: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
    }
}
