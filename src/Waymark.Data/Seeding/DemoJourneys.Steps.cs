using Waymark.Data.Identity;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Person = Waymark.Domain.People.Person;

namespace Waymark.Data.Seeding;

/// <summary>The steps every demo journey is made of: registering and referring, triage, allocation and handover.</summary>
internal sealed partial class DemoJourneys
{
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
