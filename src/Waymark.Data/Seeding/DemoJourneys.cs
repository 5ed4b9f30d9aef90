using Bogus;
using Waymark.Data.Identity;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Teams;
using Person = Waymark.Domain.People.Person;

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
internal sealed class DemoJourneys(Faker faker, DemoCases cases, DemoPeople people, DemoHistory history, DemoPartnerReferrer partner)
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

    private sealed record DemoPerson(Person Person, Episode Episode, Programme Programme, IReadOnlyList<DemoNeed> Needs);

    /// <summary>Registers the person and refers them; a re-referred person first gets an earlier episode that ended.</summary>
    private DemoPerson Start(
        DemoTeam team, Programme programme, int receivedDaysAgo, bool reReferral, Urgency? urgency = null, bool mayLackNhsNumber = false, bool youngCarer = false)
    {
        var home = faker.PickRandom(team.Practices.ToList());
        var source = youngCarer
            ? ReferralSource.OtherProfessional
            : faker.Random.WeightedRandom([ReferralSource.Practice, ReferralSource.Self, ReferralSource.OtherProfessional, ReferralSource.Partner],
                [0.65f, 0.25f, 0.07f, 0.03f]);
        var firstDaysAgo = reReferral ? receivedDaysAgo + faker.Random.Number(150, 220) : receivedDaysAgo;
        LongTermCondition? condition = programme.QualifyingConditions.Count > 0 ? faker.PickRandom(programme.QualifyingConditions.ToList()) : null;
        var withNumber = source != ReferralSource.Self || !mayLackNhsNumber || faker.Random.Bool();
        var person = people.Create(home, history.At(firstDaysAgo), withNumber, youngCarer ? 17 : null, condition);
        cases.PersonList.Add(person);
        var needs = Needs(programme, youngCarer);

        Episode? previous = null;
        if (reReferral)
        {
            var earlier = new DemoPerson(person, Refer(team, programme, person, home, source, firstDaysAgo, Urgency.Routine, needs, null), programme, needs);
            EndEarlier(team, earlier, firstDaysAgo, receivedDaysAgo);
            previous = earlier.Episode;
        }

        var episode = Refer(team, programme, person, home, source, receivedDaysAgo, urgency ?? RandomUrgency(), needs, previous);
        return new DemoPerson(person, episode, programme, needs);
    }

    private Episode Refer(
        DemoTeam team, Programme programme, Person person, DemoPractice home, ReferralSource source, int daysAgo, Urgency urgency,
        IReadOnlyList<DemoNeed> needs, Episode? previous)
    {
        var at = history.At(daysAgo);
        var own = source == ReferralSource.Self;
        ReferralNeed[] reasons = [.. needs.Select((n, k) => ReferralNeed.Of(n.Category,
            k == 0 || faker.Random.Bool() ? faker.PickRandom(own ? n.OwnWords : n.ReferrerWords) : null))];
        var referral = source switch
        {
            ReferralSource.Practice => Referral.FromPractice(home.Practice.Id, team.ReferrerByPractice[home.Practice.Id], person.Id, reasons, true, urgency, at),
            ReferralSource.Self => Referral.SelfReferral(person.Id, reasons, urgency, at),
            ReferralSource.Partner => Referral.FromProfessional(source, partner.OrganisationId, partner.UserId, person.Id, reasons, true, urgency, at),
            _ => Referral.FromProfessional(source, null, team.Senior.Id, person.Id, reasons, true, urgency, at,
                referrerNotes: person.AgeOn(DateOnly.FromDateTime(at.UtcDateTime)) < 18 ? "Referred by the school nurse." : faker.PickRandom(ProfessionalNotes)),
        };
        var episode = previous is null
            ? Episode.Open(person.Id, referral.Id, programme.Id, team.Team.Id, at)
            : Episode.ReReferral(previous, referral.Id, programme.Id, team.Team.Id, at);
        cases.ReferralList.Add(referral);
        cases.EpisodeList.Add(episode);
        return episode;
    }

    /// <summary>The history a re-referred person brings: an earlier episode that ended months before this referral.</summary>
    private void EndEarlier(DemoTeam team, DemoPerson earlier, int startedDaysAgo, int referredAgainDaysAgo)
    {
        var variant = _previous++ % 4;
        var triaged = startedDaysAgo - faker.Random.Number(2, 6);
        if (variant == 1)
        {
            Triage.PersonDeclined(earlier.Episode, faker.PickRandom(DemoContent.PersonDeclinedReasons), team.Senior.Id, history.At(triaged));
            return;
        }

        var reason = variant switch { 0 => DischargeReason.GoalsAchieved, 2 => DischargeReason.LostContact, _ => DischargeReason.PersonChoseToEnd };
        Accept(team, earlier, triaged, Priority.Routine);
        var worker = faker.PickRandom(team.Workers.ToList());
        var allocated = triaged - faker.Random.Number(5, 15);
        Allocate(team, earlier.Episode, worker, allocated, holds: false);
        history.Discharged(earlier.Episode, earlier.Person, earlier.Needs, earlier.Programme, allocated,
            referredAgainDaysAgo + faker.Random.Number(14, 30), reason, worker.Id);
    }

    private List<DemoNeed> Needs(Programme programme, bool youngCarer)
    {
        var primary = youngCarer ? DemoNeeds.For(NeedCategory.Caring)
            : programme.QualifyingConditions.Count > 0 ? DemoNeeds.For(NeedCategory.ManagingALongTermCondition)
            : faker.Random.WeightedRandom(DemoNeeds.All, [.. DemoNeeds.All.Select(n => n.Weight / (float)DemoNeeds.All.Sum(a => a.Weight))]);
        var others = DemoNeeds.All.Where(n => n != primary && n.Category != NeedCategory.Other).ToList();
        return [primary, .. faker.Random.ListItems(others, faker.Random.WeightedRandom([0, 1, 2], [0.4f, 0.4f, 0.2f]))];
    }

    private void Accept(DemoTeam team, DemoPerson person, int daysAgo, Priority priority)
    {
        var at = history.At(daysAgo);
        var facts = new EligibilityFacts(person.Person.AgeOn(DateOnly.FromDateTime(at.UtcDateTime)), person.Person.LongTermConditions,
            person.Person.RegisteredPracticeId, person.Person.Address.Postcode);
        var eligible = Eligibility.Evaluate(person.Programme, facts).IsEligible;
        Triage.Accept(person.Episode, priority, faker.PickRandom(DemoContent.TriageReasons), eligible,
            eligible ? null : DemoContent.IneligibleAcceptance, team.Senior.Id, at);
    }

    /// <summary>Allocates with the worker's load as it stands; <paramref name="holds"/> is false for episodes that end, which are no load today.</summary>
    private void Allocate(DemoTeam team, Episode episode, DemoUser worker, int daysAgo, bool holds)
    {
        var intensity = faker.Random.WeightedRandom([SupportIntensity.Signposting, SupportIntensity.Standard, SupportIntensity.Intensive], [0.2f, 0.6f, 0.2f]);
        var capacity = worker.Capacity ?? StaffUser.DefaultCaseloadCapacity;
        var check = new AllocationCheck(holds ? _loads.GetValueOrDefault(worker.Id) : capacity / 2, capacity);
        episode.Allocate(worker.Id, intensity, check, check.WouldExceed(intensity) ? DemoContent.OverCapacityReason : null, team.Senior.Id, history.At(daysAgo));
        if (holds)
        {
            _loads[worker.Id] = check.CurrentLoad + SupportIntensities.Weight(intensity);
        }
    }

    private void Reallocate(DemoTeam team, Episode episode, DemoUser to, int daysAgo)
    {
        var intensity = episode.Intensity!.Value;
        var check = new AllocationCheck(_loads.GetValueOrDefault(to.Id), to.Capacity ?? StaffUser.DefaultCaseloadCapacity);
        episode.Reallocate(to.Id, faker.PickRandom(DemoContent.ReallocationReasons), check,
            check.WouldExceed(intensity) ? DemoContent.OverCapacityReason : null, team.Senior.Id, history.At(daysAgo));
        _loads[to.Id] = check.CurrentLoad + SupportIntensities.Weight(intensity);
    }

    private Urgency RandomUrgency() => faker.Random.WeightedRandom([Urgency.Routine, Urgency.Soon, Urgency.Urgent], [0.75f, 0.18f, 0.07f]);

    private Priority RandomPriority() => faker.Random.WeightedRandom([Priority.Routine, Priority.Soon, Priority.Urgent], [0.7f, 0.22f, 0.08f]);
}
