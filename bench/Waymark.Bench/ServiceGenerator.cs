using System.Diagnostics;
using Waymark.Data;
using Waymark.Data.Identity;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Teams;

namespace Waymark.Bench;

/// <summary>The size of a generated service. <see cref="Issue3"/> is the target set by issue 3.</summary>
public sealed record ServiceSize(int People, int Contacts, int Teams, int WorkersPerTeam)
{
    public static readonly ServiceSize Issue3 = new(100_000, 1_000_000, 10, 30);

    public int LinkWorkers => Teams * WorkersPerTeam;
}

/// <summary>
/// Generates a large, believable service through the domain's own methods (so every row obeys the rules) and writes
/// it with <see cref="BulkWriter"/>. Deterministic: a fixed seed and a fixed "today" (<see cref="AsOf"/>), so a
/// database generated once can be reused and every run measures the same data.
///
/// Shape (issue 3's target: 100,000 people, 1,000,000 contacts, 300 link workers): one provider, 10 teams of 30 link
/// workers and a senior each, 3 practices per team, one programme per team (half contact every 14 days, half every
/// 21), one episode per person. 60% of episodes have ended (discharged, declined, redirected, person declined), 9%
/// are allocated or active (about 30 per link worker), 28% wait on the waiting lists and 3% wait for triage.
/// Referrals spread over 18 months; active people have a contact plan (mostly), contacts from their first contact
/// to a last reached contact 0–40 days ago (so some are overdue or have had no contact for too long) and a plan
/// with goals; the rest of the million contacts belong to discharged episodes.
/// </summary>
public static class ServiceGenerator
{
    public const int Seed = 20261121;
    public const string CompleteMarker = "Bench data complete (v1)";

    public static readonly DateTimeOffset AsOf = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] GivenNames =
        ["Amira", "Ben", "Chloe", "Dev", "Ellen", "Femi", "Grace", "Harpreet", "Ian", "Jo", "Kwame", "Lena", "Mo", "Nadia", "Owen", "Priya", "Rhys", "Sam", "Tom", "Yusuf"];

    private static readonly string[] FamilyNames =
        ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hussain", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Roberts", "Smith", "Taylor", "Wilson"];

    public static async Task GenerateAsync(AppDbContext db, ServiceSize size, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(Seed);
        var today = DateOnly.FromDateTime(AsOf.UtcDateTime);
        var start = AsOf.AddDays(-560);

        // Reference data and staff through EF: a few hundred rows.
        var provider = Organisation.Create("Bench Wellbeing Service", OrganisationKind.Provider, null, start);
        db.Organisations.Add(provider);
        var teams = new List<BenchTeam>();
        for (var t = 0; t < size.Teams; t++)
        {
            var practices = Enumerable.Range(0, 3)
                .Select(p => Organisation.Create($"Bench Practice {t}-{p}", OrganisationKind.GpPractice, $"B{t * 10 + p:D5}", start))
                .ToList();
            db.Organisations.AddRange(practices);
            var team = Team.Create($"Bench team {t}", provider, start);
            team.CoverPractices(practices);
            db.Teams.Add(team);
            var programme = Programme.Create(team.Id, "Social prescribing", start);
            programme.SetContactDefaults(t % 2 == 0 ? 14 : 21, t % 2 == 0 ? 28 : 35);
            db.Programmes.Add(programme);
            var senior = StaffUser.Create($"senior{t}@bench.waymark.example", $"Senior {t}", provider.Id, team.Id, start);
            var workers = Enumerable.Range(0, size.WorkersPerTeam)
                .Select(w => StaffUser.Create($"worker{t}-{w}@bench.waymark.example", $"{GivenNames[w % GivenNames.Length]} Worker {t}-{w}", provider.Id, team.Id, start))
                .ToList();
            db.Users.Add(senior);
            db.Users.AddRange(workers);
            teams.Add(new BenchTeam(team.Id, programme.Id, [.. practices.Select(p => p.Id)], senior.Id, [.. workers.Select(w => w.Id)]));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await using var writer = await BulkWriter.OpenAsync(db);
        var discharged = new List<Ended>();
        var contacts = 0;
        for (var i = 0; i < size.People; i++)
        {
            var team = teams[random.Next(teams.Count)];
            var roll = random.NextDouble();
            var stage = roll switch
            {
                < 0.50 => EpisodeStatus.Discharged,
                < 0.54 => EpisodeStatus.Declined,
                < 0.57 => EpisodeStatus.Redirected,
                < 0.60 => EpisodeStatus.PersonDeclined,
                < 0.68 => EpisodeStatus.Active,
                < 0.69 => EpisodeStatus.Allocated,
                < 0.97 => EpisodeStatus.Waiting,
                _ => EpisodeStatus.Referred,
            };
            var received = stage switch
            {
                EpisodeStatus.Discharged => AsOf.AddDays(-random.Next(90, 540)),
                EpisodeStatus.Active => AsOf.AddDays(-random.Next(45, 400)),
                EpisodeStatus.Allocated => AsOf.AddDays(-random.Next(45, 120)),
                EpisodeStatus.Waiting => AsOf.AddDays(-random.Next(8, 200)),
                EpisodeStatus.Referred => AsOf.AddDays(-random.Next(0, 7)),
                _ => AsOf.AddDays(-random.Next(10, 540)),
            };
            received = new DateTimeOffset(received.UtcDateTime.Date, TimeSpan.Zero).AddHours(random.Next(8, 18)).AddMinutes(random.Next(60));

            var practiceId = team.Practices[random.Next(team.Practices.Length)];
            var person = Person.Register(
                NhsNumberFor(i), GivenNames[random.Next(GivenNames.Length)], $"{FamilyNames[random.Next(FamilyNames.Length)]}{i}", null,
                new DateOnly(1940, 1, 1).AddDays(random.Next(365 * 60)), today, received);
            person.ChangeRegisteredPractice(practiceId);
            var referral = Referral.FromPractice(
                practiceId, team.Senior, person.Id, [ReferralNeed.Of((NeedCategory)random.Next(1, 10), "Feels alone since a bereavement")], true,
                Urgency.Routine, received);
            var programmeId = random.NextDouble() < 0.9 ? team.Programme : (Guid?)null;
            var episode = Episode.Open(person.Id, referral.Id, programmeId, team.Id, received);
            var triaged = received.AddDays(random.Next(1, 7));
            var worker = team.Workers[random.Next(team.Workers.Length)];
            var extras = new List<object>();

            switch (stage)
            {
                case EpisodeStatus.Declined:
                    Triage.Decline(episode, DeclineReason.OutsideArea, "Lives outside the area we cover", team.Senior, triaged);
                    break;
                case EpisodeStatus.Redirected:
                    Triage.Redirect(episode, "Citizens Advice", "Needs debt advice first", team.Senior, triaged);
                    break;
                case EpisodeStatus.PersonDeclined:
                    Triage.PersonDeclined(episode, "Does not want support at the moment", team.Senior, triaged);
                    break;
                case EpisodeStatus.Referred:
                    break;
                default:
                    Triage.Accept(episode, (Priority)random.Next(1, 4), "Isolated and low", isEligible: true, null, team.Senior, triaged);
                    break;
            }

            if (stage is EpisodeStatus.Allocated or EpisodeStatus.Active or EpisodeStatus.Discharged)
            {
                var allocated = stage == EpisodeStatus.Allocated
                    ? AsOf.AddDays(-random.Next(0, 35)).AddHours(-random.Next(0, 4))
                    : triaged.AddDays(random.Next(3, 25));
                var intensity = (SupportIntensity)random.Next(1, 4);
                episode.Allocate(worker, intensity, new AllocationCheck(0, 1000), null, team.Senior, allocated);
                if (stage != EpisodeStatus.Allocated)
                {
                    var first = allocated.AddDays(random.Next(1, 10));
                    var frequency = random.NextDouble() < 0.8 ? new[] { 7, 14, 14, 14, 21, 28 }[random.Next(6)] : (int?)null;
                    if (frequency is { } days)
                    {
                        extras.Add(ContactPlan.Create(episode.Id, days, ContactMode.Phone, "Weekday mornings"));
                    }

                    episode.RecordFirstContact(first);
                    if (stage == EpisodeStatus.Active)
                    {
                        var lastReached = AsOf.AddDays(-random.Next(0, 41)).AddHours(-random.Next(1, 6));
                        if (lastReached < first)
                        {
                            lastReached = first;
                        }

                        foreach (var contact in ActiveContacts(random, episode.Id, worker, first, lastReached, frequency ?? 14))
                        {
                            extras.Add(contact);
                        }

                        extras.Add(PlanWithGoals(random, episode.Id, first, today, active: true));
                    }
                    else
                    {
                        var ended = first.AddDays(random.Next(30, 200));
                        if (ended > AsOf.AddDays(-1))
                        {
                            ended = AsOf.AddDays(-1);
                        }

                        episode.Discharge((DischargeReason)random.Next(1, 4), "Connected with a walking group and a lunch club", worker, ended);
                        discharged.Add(new Ended(episode.Id, worker, first, ended));
                        if (random.NextDouble() < 0.3)
                        {
                            extras.Add(PlanWithGoals(random, episode.Id, first, today, active: false));
                        }
                    }
                }
            }

            if (i % 20_000 == 19_999)
            {
                await log.WriteLineAsync($"  {i + 1:N0} people written ({clock.Elapsed.TotalSeconds:0}s)");
            }

            await writer.AddAsync(person);
            await writer.AddAsync(referral);
            await writer.AddAsync(episode);
            foreach (var extra in extras)
            {
                contacts += extra is Contact ? 1 : 0;
                await writer.AddAsync(extra);
                if (extra is Plan plan)
                {
                    foreach (var goal in plan.Goals)
                    {
                        await writer.AddAsync(goal);
                    }
                }
            }
        }

        await writer.FlushAsync();
        await log.WriteLineAsync($"  people, referrals, episodes and {contacts:N0} active contacts written in {clock.Elapsed.TotalSeconds:0}s");

        // The rest of the million contacts: the history of discharged episodes, spread over each episode's span.
        var remaining = size.Contacts - contacts;
        for (var d = 0; d < discharged.Count && remaining > 0; d++)
        {
            var ended = discharged[d];
            var count = Math.Min(remaining, (remaining / (discharged.Count - d)) + (d % 2));
            var span = (ended.To - ended.From).TotalMinutes;
            for (var c = 0; c < count; c++)
            {
                var at = ended.From.AddMinutes(count == 1 ? 0 : span * c / (count - 1));
                var outcome = c == 0 || random.NextDouble() < 0.75 ? ContactOutcome.Reached : ContactOutcome.Attempted;
                await writer.AddAsync(Contact.Record(
                    ended.EpisodeId, at, (ContactMode)random.Next(1, 9), outcome == ContactOutcome.Reached ? random.Next(10, 60) : 0, outcome,
                    null, ended.Worker, at));
            }

            remaining -= count;
            contacts += count;
        }

        await writer.AddAsync(Organisation.Create(CompleteMarker, OrganisationKind.Partner, null, AsOf));
        await writer.CommitAsync();
        await log.WriteLineAsync($"  {contacts:N0} contacts, {writer.Rows:N0} rows in all, written in {clock.Elapsed.TotalSeconds:0}s");
    }

    /// <summary>A valid, unique NHS number for person <paramref name="i"/> (9 digits, then the modulus-11 check digit).</summary>
    public static string NhsNumberFor(int i)
    {
        for (var n = 400_000_000L + (i * 10L); ; n++)
        {
            var first = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var check = NhsNumber.CheckValue(first);
            if (check < 10)
            {
                return first + (char)('0' + check);
            }
        }
    }

    private static IEnumerable<Contact> ActiveContacts(Random random, Guid episodeId, Guid worker, DateTimeOffset first, DateTimeOffset lastReached, int frequency)
    {
        yield return Contact.Record(episodeId, first, ContactMode.Phone, 30, ContactOutcome.Reached, "First call", worker, first);
        for (var at = first.AddDays(frequency + random.Next(-2, 3)); at < lastReached; at = at.AddDays(frequency + random.Next(-2, 3)))
        {
            var reached = random.NextDouble() < 0.8;
            yield return Contact.Record(
                episodeId, at, (ContactMode)random.Next(1, 9), reached ? random.Next(10, 60) : 0,
                reached ? ContactOutcome.Reached : ContactOutcome.Attempted, null, worker, at);
        }

        if (lastReached > first)
        {
            yield return Contact.Record(episodeId, lastReached, ContactMode.HomeVisit, 45, ContactOutcome.Reached, null, worker, lastReached);
        }

        // Some people have been tried since and not reached: an attempt after the last reached contact.
        if (random.NextDouble() < 0.25)
        {
            var attempt = lastReached.AddHours(random.Next(2, 24 * 5));
            if (attempt < AsOf)
            {
                yield return Contact.Record(episodeId, attempt, ContactMode.Phone, 0, ContactOutcome.Attempted, null, worker, attempt);
            }
        }
    }

    private static Plan PlanWithGoals(Random random, Guid episodeId, DateTimeOffset at, DateOnly today, bool active)
    {
        var plan = Plan.Create(episodeId, at);
        var goals = random.Next(1, 5);
        for (var g = 0; g < goals; g++)
        {
            var goal = plan.AddGoal("Get out of the house twice a week", GoalDetails.None, today, at);
            switch (active ? random.Next(4) : 2)
            {
                case 1:
                    goal.Start(at);
                    break;
                case 2:
                    goal.Achieve(at);
                    break;
                case 3:
                    goal.Stop("The person wants to focus on something else", at);
                    break;
            }
        }

        return plan;
    }

    private sealed record BenchTeam(Guid Id, Guid Programme, Guid[] Practices, Guid Senior, Guid[] Workers);

    private sealed record Ended(Guid EpisodeId, Guid Worker, DateTimeOffset From, DateTimeOffset To);
}
