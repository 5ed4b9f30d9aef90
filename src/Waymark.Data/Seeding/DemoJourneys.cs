using Bogus;
using Waymark.Domain.Episodes;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Teams;

namespace Waymark.Data.Seeding;

/// <summary>A team as the journeys need it: its workers (the senior first), practices, programmes and referrers.</summary>
internal sealed record DemoTeam(
    Team Team, IReadOnlyList<DemoUser> Workers, IReadOnlyList<DemoPractice> Practices, Programme Main, Programme? Conditions,
    IReadOnlyDictionary<Guid, Guid> ReferrerByPractice, bool HoldsDemoAccounts)
{
    public DemoUser Senior => Workers[0];

    public IReadOnlyList<DemoUser> LinkWorkers => [.. Workers.Skip(1)];
}

/// <summary>The partner organisation and its user who refer a few people.</summary>
internal sealed record DemoPartnerReferrer(Guid OrganisationId, Guid UserId);

/// <summary>
/// Takes each demo person from referral to where they are today, only through the domain's own transitions (Triage,
/// Allocate, RecordFirstContact, Reallocate, Discharge, RecordPersonDeclined, Episode.ReReferral). Each team gets the
/// same fixed number of people at each stage, so every stage is always present and the shape never varies; the seeded
/// <see cref="Faker"/> chooses the details.
/// </summary>
internal sealed partial class DemoJourneys(Faker faker, DemoCases cases, DemoPeople people, DemoHistory history, DemoPartnerReferrer partner)
{
    /// <summary>A senior link worker supervises, so holds fewer people; the rest of the active people go to the link workers.</summary>
    public const int SeniorActive = 9;

    public static readonly (EpisodeStatus Stage, int Count)[] PerTeam =
    [
        (EpisodeStatus.Referred, 9), (EpisodeStatus.Waiting, 15), (EpisodeStatus.Allocated, 3), (EpisodeStatus.Active, 72),
        (EpisodeStatus.Discharged, 58), (EpisodeStatus.Declined, 6), (EpisodeStatus.Redirected, 5), (EpisodeStatus.PersonDeclined, 6),
    ];

    private static readonly (DischargeReason Reason, int Count)[] DischargeMix =
    [
        (DischargeReason.GoalsAchieved, 14), (DischargeReason.ConnectedToCommunitySupport, 16), (DischargeReason.PersonChoseToEnd, 7),
        (DischargeReason.LostContact, 7), (DischargeReason.MovedAway, 4), (DischargeReason.NeedsMetByAnotherService, 5),
        (DischargeReason.Died, 2), (DischargeReason.Other, 3),
    ];

    private static readonly string[] ProfessionalNotes =
    [
        "Phoned in by the district nurse.", "From the hospital discharge team.", "Referred by the community pharmacist.",
    ];

    private readonly Dictionary<Guid, decimal> _loads = [];
    private int _previous;

    public void AddTeam(DemoTeam team)
    {
        var reasons = faker.Random.Shuffle(DischargeMix.SelectMany(m => Enumerable.Repeat(m.Reason, m.Count))).ToList();
        foreach (var (stage, count) in PerTeam)
        {
            for (var i = 0; i < count; i++)
            {
                var programme = team.Conditions is { } conditions && i % 5 == 3 ? conditions : team.Main;
                switch (stage)
                {
                    case EpisodeStatus.Referred:
                        Start(team, programme, i < 2 ? faker.Random.Number(1, 2) : faker.Random.Number(1, 12), reReferral: i == 1,
                            i < 2 ? Urgency.Urgent : i < 4 ? Urgency.Soon : Urgency.Routine, mayLackNhsNumber: true);
                        break;
                    case EpisodeStatus.Waiting:
                        Waiting(team, programme, i, count);
                        break;
                    case EpisodeStatus.Allocated:
                        Allocated(team, programme, i);
                        break;
                    case EpisodeStatus.Active:
                        Active(team, programme, i);
                        break;
                    case EpisodeStatus.Discharged:
                        Discharged(team, programme, i, reasons[i % reasons.Count]);
                        break;
                    default:
                        Ended(team, programme, stage, i);
                        break;
                }
            }
        }
    }

    private void Waiting(DemoTeam team, Programme programme, int i, int count)
    {
        var youngCarer = team.HoldsDemoAccounts && i == 4;
        var waited = Math.Min(70, 1 + (i * 69 / (count - 1)) + faker.Random.Number(0, 2));
        var priority = i is 0 or 3 ? Priority.Urgent : i % 3 == 1 ? Priority.Soon : Priority.Routine;
        var person = Start(team, youngCarer ? team.Main : programme, waited + faker.Random.Number(1, 7), reReferral: i is 2 or 9,
            (Urgency)(int)priority, youngCarer: youngCarer);
        Accept(team, person, waited, priority);
    }

    private void Allocated(DemoTeam team, Programme programme, int i)
    {
        var worker = team.LinkWorkers[i % team.LinkWorkers.Count];
        var allocated = faker.Random.Number(1, 9);
        var triaged = allocated + faker.Random.Number(5, 40);
        var person = Start(team, programme, triaged + faker.Random.Number(1, 6), reReferral: false);
        Accept(team, person, triaged, RandomPriority());
        Allocate(team, person.Episode, worker, allocated, holds: true);
        if (allocated >= 2 && faker.Random.Bool())
        {
            history.Attempt(person.Episode, faker.Random.Number(1, allocated - 1), worker.Id);
        }
    }

    /// <summary>Active people: position in the worker's caseload decides the contact state, so each caseload has overdue people.</summary>
    private void Active(DemoTeam team, Programme programme, int i)
    {
        var (worker, position) = i < SeniorActive
            ? (team.Senior, i)
            : (team.LinkWorkers[(i - SeniorActive) % team.LinkWorkers.Count], (i - SeniorActive) / team.LinkWorkers.Count);
        var state = (position % 10) switch
        {
            2 or 6 => DemoContactState.Overdue,
            8 => DemoContactState.NoContact,
            4 => DemoContactState.JustStarted,
            _ => DemoContactState.OnTrack,
        };
        var allocated = state == DemoContactState.JustStarted ? faker.Random.Number(8, 25) : faker.Random.Number(30, 230);
        var triaged = allocated + faker.Random.Number(3, 45);
        var youngCarer = team.HoldsDemoAccounts && i == 40;
        var person = Start(team, youngCarer ? team.Main : programme, triaged + faker.Random.Number(1, 6), reReferral: i % 12 == 5, youngCarer: youngCarer);
        Accept(team, person, triaged, RandomPriority());
        if (i % 18 == 11 && allocated >= 60)
        {
            var before = team.Workers.Last(w => w.Id != worker.Id);
            var handover = allocated / 2;
            Allocate(team, person.Episode, before, allocated, holds: false);
            history.Active(person.Episode, person.Person, person.Needs, person.Programme, allocated, state, day => day > handover ? before.Id : worker.Id);
            Reallocate(team, person.Episode, worker, handover);
        }
        else
        {
            Allocate(team, person.Episode, worker, allocated, holds: true);
            history.Active(person.Episode, person.Person, person.Needs, person.Programme, allocated, state, _ => worker.Id);
        }
    }

    private void Discharged(DemoTeam team, Programme programme, int i, DischargeReason reason)
    {
        var worker = team.Workers[i % team.Workers.Count];
        var discharged = faker.Random.Number(3, 100);
        var allocated = discharged + DemoHistory.MinimumSupportDays(reason, programme) + faker.Random.Number(10, 90);
        var triaged = allocated + faker.Random.Number(3, 30);
        var person = Start(team, programme, triaged + faker.Random.Number(1, 6), reReferral: i % 20 == 7);
        Accept(team, person, triaged, RandomPriority());
        Allocate(team, person.Episode, worker, allocated, holds: false);
        history.Discharged(person.Episode, person.Person, person.Needs, person.Programme, allocated, discharged, reason, worker.Id);
    }

    /// <summary>Declined, redirected, or the person said no: at triage, while waiting, or once allocated.</summary>
    private void Ended(DemoTeam team, Programme programme, EpisodeStatus stage, int i)
    {
        var received = faker.Random.Number(20, 250);
        var triaged = received - faker.Random.Number(1, 5);
        var person = Start(team, programme, received, reReferral: false);
        var (episode, senior) = (person.Episode, team.Senior.Id);
        if (stage == EpisodeStatus.Declined)
        {
            var reason = (DeclineReason)((i % 5) + 1);
            Triage.Decline(episode, reason, DemoContent.DeclineExplanation(reason), senior, history.At(triaged));
            return;
        }

        if (stage == EpisodeStatus.Redirected)
        {
            var (service, why) = DemoContent.Redirections[i % DemoContent.Redirections.Length];
            Triage.Redirect(episode, service, why, senior, history.At(triaged));
            return;
        }

        var said = faker.PickRandom(DemoContent.PersonDeclinedReasons);
        if (i % 3 == 0)
        {
            Triage.PersonDeclined(episode, said, senior, history.At(triaged));
            return;
        }

        Accept(team, person, triaged, Priority.Routine);
        var by = senior;
        if (i % 3 == 2)
        {
            var worker = faker.PickRandom(team.LinkWorkers.ToList());
            Allocate(team, episode, worker, triaged - 6, holds: false);
            history.Attempt(episode, triaged - 8, worker.Id);
            by = worker.Id;
        }

        episode.RecordPersonDeclined(said, by, history.At(triaged - 10));
    }
}
