using Bogus;
using Waymark.Domain.Contacts;
using Waymark.Domain.Conversations;
using Waymark.Domain.Episodes;
using Waymark.Domain.Plans;
using Waymark.Domain.Programmes;
using Person = Waymark.Domain.People.Person;

namespace Waymark.Data.Seeding;

/// <summary>Where an active person's contacts stand today, so every caseload has some of each.</summary>
internal enum DemoContactState
{
    OnTrack,
    JustStarted,
    Overdue,
    NoContact,
}

/// <summary>
/// The work with a person once allocated: the contact plan, months of contacts (reached and attempted), the "what
/// matters" conversation and the plan with goals, and the discharge. Times are whole days before today at a working
/// hour, always before today, so the same seed gives the same shape on any day.
/// </summary>
internal sealed class DemoHistory(Faker faker, DateOnly today, DemoCases cases, IReadOnlyList<string> partnerNames)
{
    private static readonly ContactMode[] ReachedModes =
        [ContactMode.Phone, ContactMode.Practice, ContactMode.HomeVisit, ContactMode.CommunityVenue, ContactMode.Video, ContactMode.Text, ContactMode.Email];

    private static readonly float[] ReachedWeights = [0.45f, 0.15f, 0.1f, 0.18f, 0.05f, 0.04f, 0.03f];

    private static readonly ContactMode[] ChasingModes = [ContactMode.Phone, ContactMode.Text, ContactMode.Letter, ContactMode.Phone, ContactMode.HomeVisit];

    /// <summary>A working time on the day <paramref name="daysAgo"/> days before today (never today, so never in the future).</summary>
    public DateTimeOffset At(int daysAgo) =>
        new(today.AddDays(-Math.Max(1, daysAgo)).ToDateTime(new TimeOnly(faker.Random.Number(9, 16), faker.Random.Number(0, 11) * 5)), TimeSpan.Zero);

    public DateOnly Day(int daysAgo) => today.AddDays(-Math.Max(1, daysAgo));

    /// <summary>How long support must have run before a discharge for <paramref name="reason"/> can have its history.</summary>
    public static int MinimumSupportDays(DischargeReason reason, Programme programme) =>
        reason == DischargeReason.LostContact ? programme.LostContact.MinDays + 40 : 28;

    /// <summary>An allocated person the link worker has tried, but not yet managed, to reach.</summary>
    public void Attempt(Episode episode, int daysAgo, Guid by) => Record(episode, daysAgo, ContactMode.Phone, reached: false, by, []);

    /// <summary>An active episode: first contact after allocation, then contacts on the plan until the state wanted today.</summary>
    public void Active(
        Episode episode, Person person, IReadOnlyList<DemoNeed> needs, Programme programme, int allocatedDaysAgo, DemoContactState state, Func<int, Guid> workerOn)
    {
        var frequency = state is DemoContactState.Overdue or DemoContactState.NoContact
            ? faker.PickRandom(7, 14, 14)
            : faker.PickRandom(programme.DefaultContactFrequencyDays, programme.DefaultContactFrequencyDays, 7, 14, 21, 28);
        AddContactPlan(episode, person, frequency);
        var first = Math.Max(2, allocatedDaysAgo - faker.Random.Number(1, 6));
        var last = state switch
        {
            DemoContactState.Overdue => faker.Random.Number(frequency + 2, Math.Min(frequency + 10, 26)),
            DemoContactState.NoContact => faker.Random.Number(29, 45),
            _ => faker.Random.Number(1, Math.Min(first, frequency - 1)),
        };
        first = Math.Max(first, last);

        var contacts = new List<Contact>();
        var reached = Support(episode, first, last, frequency, workerOn, contacts);
        var chasing = state switch
        {
            DemoContactState.NoContact => faker.Random.Number(1, 3),
            DemoContactState.Overdue when last > 2 => faker.Random.Number(0, 1),
            _ => 0,
        };
        foreach (var day in Enumerable.Range(1, last - 1).OrderDescending().Where((_, i) => i % 5 == 2).Take(chasing))
        {
            Record(episode, day, ChasingModes[contacts.Count % ChasingModes.Length], reached: false, workerOn(day), contacts);
        }

        Conversation(episode, needs, reached, workerOn, out var conversationDay);
        if (first >= 10)
        {
            AddPlan(episode, needs, conversationDay, closedOn: null, achieveAll: false, workerOn);
        }
    }

    /// <summary>A discharged episode: support from first contact to the discharge, and for lost contact the attempts the rule needs.</summary>
    public void Discharged(
        Episode episode, Person person, IReadOnlyList<DemoNeed> needs, Programme programme, int allocatedDaysAgo, int dischargeDaysAgo,
        DischargeReason reason, Guid worker)
    {
        var frequency = faker.PickRandom(programme.DefaultContactFrequencyDays, 7, 14, 21);
        AddContactPlan(episode, person, frequency);
        var first = allocatedDaysAgo - faker.Random.Number(1, 5);
        var contacts = new List<Contact>();
        LostContactEvidence? evidence = null;
        int lastReached;
        if (reason == DischargeReason.LostContact)
        {
            var rule = programme.LostContact;
            var lastAttempt = dischargeDaysAgo + faker.Random.Number(1, 4);
            var span = rule.MinDays + faker.Random.Number(1, 6);
            lastReached = lastAttempt + span + faker.Random.Number(5, 12);
            var reachedDays = Support(episode, first, lastReached, frequency, _ => worker, contacts);
            var attempts = rule.MinAttempts + faker.Random.Number(0, 1);
            for (var k = 0; k < attempts; k++)
            {
                var day = lastAttempt + span - (int)Math.Round(k * span / (double)(attempts - 1));
                Record(episode, day, ChasingModes[k % ChasingModes.Length], reached: false, worker, contacts);
            }

            evidence = new LostContactEvidence([.. contacts.Select(c => new ContactAttempt(c.At, c.Mode, c.IsReached))], rule);
            Conversation(episode, needs, reachedDays, _ => worker, out var day2);
            AddPlan(episode, needs, day2, closedOn: lastReached, achieveAll: false, _ => worker);
        }
        else
        {
            lastReached = dischargeDaysAgo;
            var reachedDays = Support(episode, first, lastReached, frequency, _ => worker, contacts);
            Conversation(episode, needs, reachedDays, _ => worker, out var day2);
            var achieved = reason is DischargeReason.GoalsAchieved or DischargeReason.ConnectedToCommunitySupport;
            AddPlan(episode, needs, day2, closedOn: dischargeDaysAgo, achieveAll: achieved, _ => worker);
        }

        episode.Discharge(reason, DemoContent.DischargeSummary(reason), worker, At(dischargeDaysAgo).AddHours(2), evidence);
    }

    private void AddContactPlan(Episode episode, Person person, int frequency)
    {
        var mode = person.CommunicationNeeds.PreferredContactModes.Count > 0 ? person.CommunicationNeeds.PreferredContactModes[0] : ContactMode.Phone;
        cases.ContactPlanList.Add(ContactPlan.Create(episode.Id, frequency, mode, person.CommunicationNeeds.PreferredTimes));
    }

    /// <summary>Reached contacts from <paramref name="first"/> to <paramref name="last"/> days ago, roughly every frequency days, with some misses.</summary>
    private List<int> Support(Episode episode, int first, int last, int frequency, Func<int, Guid> workerOn, List<Contact> contacts)
    {
        List<int> days = [first];
        for (var day = first - Step(frequency); day > last; day -= Step(frequency))
        {
            days.Add(day);
        }

        if (days[^1] != last)
        {
            days.Add(last);
        }

        var previous = int.MaxValue;
        foreach (var day in days)
        {
            if (day != first && faker.Random.Bool(0.15f) && day + 2 < previous)
            {
                Record(episode, day + faker.Random.Number(1, 2), faker.PickRandom(ContactMode.Phone, ContactMode.Text), reached: false, workerOn(day), contacts);
            }

            var mode = faker.Random.WeightedRandom(ReachedModes, ReachedWeights);
            var note = day == first ? faker.PickRandom(DemoContent.FirstContactNotes) : faker.PickRandom(DemoContent.ReachedNotes);
            var contact = Record(episode, day, mode, reached: true, workerOn(day), contacts, note);
            if (day == first)
            {
                episode.RecordFirstContact(contact.At);
            }

            previous = day;
        }

        return days;
    }

    private int Step(int frequency) => Math.Max(3, frequency + faker.Random.Number(-2, 3));

    private Contact Record(Episode episode, int daysAgo, ContactMode mode, bool reached, Guid by, List<Contact> contacts, string? note = null)
    {
        var at = At(daysAgo);
        var minutes = !reached ? faker.Random.Number(0, 5) : mode switch
        {
            ContactMode.HomeVisit => faker.Random.Number(45, 90),
            ContactMode.CommunityVenue => faker.Random.Number(45, 120),
            ContactMode.Practice => faker.Random.Number(30, 60),
            ContactMode.Text or ContactMode.Email or ContactMode.Letter => faker.Random.Number(2, 10),
            _ => faker.Random.Number(10, 40),
        };
        var contact = Contact.Record(episode.Id, at, mode, minutes, reached ? ContactOutcome.Reached : ContactOutcome.Attempted,
            note ?? DemoContent.AttemptNote(mode), by, at.AddMinutes(minutes + faker.Random.Number(5, 120)));
        contacts.Add(contact);
        cases.ContactList.Add(contact);
        return contact;
    }

    /// <summary>"What matters to me", at the first or second time the person was reached, starting where they chose.</summary>
    private void Conversation(Episode episode, IReadOnlyList<DemoNeed> needs, List<int> reachedDays, Func<int, Guid> workerOn, out int day)
    {
        day = reachedDays.Count > 1 && faker.Random.Bool(0.6f) ? reachedDays[1] : reachedDays[0];
        var need = needs[0];
        var domains = faker.Random.ListItems(Enum.GetValues<LifeDomain>().Where(d => d != need.Domain).ToList(), faker.Random.Number(5, 8));
        var ratings = domains.Select(d => LifeDomainRating.Of(d, faker.Random.WeightedRandom([1, 2, 3, 4, 5], [0.1f, 0.2f, 0.3f, 0.25f, 0.15f])))
            .Append(LifeDomainRating.Of(need.Domain, faker.Random.Number(1, 2), faker.PickRandom(need.WhatMatters)));
        var words = new ConversationWords(faker.PickRandom(need.WhatMatters), faker.PickRandom(DemoContent.Strengths), faker.PickRandom(DemoContent.WouldLikeDifferent));
        var at = At(day);
        cases.ConversationList.Add(Domain.Conversations.Conversation.Record(episode.Id, at, words, ratings, need.Domain, workerOn(day), at.AddMinutes(50)));
    }

    /// <summary>
    /// A plan with one to three goals in the person's words, made on <paramref name="madeDaysAgo"/>, moving on since;
    /// each change of a goal is recorded by the worker holding the episode that day.
    /// </summary>
    private void AddPlan(Episode episode, IReadOnlyList<DemoNeed> needs, int madeDaysAgo, int? closedOn, bool achieveAll, Func<int, Guid> workerOn)
    {
        var made = At(madeDaysAgo).AddHours(1);
        var madeOn = Day(madeDaysAgo);
        var plan = Plan.Create(episode.Id, made);
        var candidates = needs.SelectMany(n => n.Goals.Take(1)).Concat(needs[0].Goals.Skip(1)).DistinctBy(g => g.Words).ToList();
        var count = Math.Min(candidates.Count, faker.Random.WeightedRandom([1, 2, 3], [0.35f, 0.45f, 0.2f]));
        var end = closedOn ?? 1;
        foreach (var goal in candidates.Take(count))
        {
            var details = new GoalDetails([.. goal.Steps], Helper(goal), madeOn.AddDays(faker.Random.Number(42, 120)), madeOn.AddDays(faker.Random.Number(28, 56)));
            var added = plan.AddGoal(goal.Words, details, madeOn, made, workerOn(madeDaysAgo));
            if (madeDaysAgo - end < 4)
            {
                continue;
            }

            var started = faker.Random.Number(end + 2, madeDaysAgo - 1);
            var roll = faker.Random.Double();
            if (achieveAll || (madeDaysAgo > 40 && roll < 0.35))
            {
                added.Start(At(started), workerOn(started));
                var achievedOn = faker.Random.Number(end, started - 1);
                added.Achieve(At(achievedOn), workerOn(achievedOn));
            }
            else if (roll < 0.85)
            {
                added.Start(At(started), workerOn(started));
            }
            else if (roll < 0.93)
            {
                var alternative = new GoalDetails([.. goal.Steps.Take(1)], Helper(goal), Day(started).AddDays(60));
                plan.ChangeGoal(added.Id, $"{goal.Words}, but at my own pace", alternative, Day(started), At(started), workerOn(started));
            }
            else
            {
                added.Stop("Decided this is not for them right now; may come back to it.", At(started), workerOn(started));
            }
        }

        cases.PlanList.Add(plan);
    }

    private string? Helper(DemoGoal goal) => goal.Helper is { } word
        ? partnerNames.FirstOrDefault(n => n.Contains(word, StringComparison.Ordinal)) ?? "Link worker"
        : "Link worker";
}
