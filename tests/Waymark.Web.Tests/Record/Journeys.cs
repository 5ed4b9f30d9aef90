using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Conversations;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.People;

namespace Waymark.Web.Tests.Record;

/// <summary>A person taken through the whole journey, a day per step, so the record and timeline have one of everything.</summary>
public sealed record Journey(Guid PersonId, Guid EpisodeId, string FamilyName, DateTimeOffset Start);

public static class Journeys
{
    public const string ReferralWords = "Has not left the house since the winter";
    public const string AttemptNote = "No answer, left a voicemail";
    public const string ContactNote = "Talked about the allotment on Mill Lane";
    public const string WhatMatters = "Getting out of the house again";
    public const string FirstGoal = "Join the Tuesday walking group";
    public const string SecondGoal = "Learn to make video calls";
    public const string ReplacementGoal = "Call my daughter by phone each Sunday";
    public const string HandoverReason = "Link worker on long leave";
    public const string DischargeSummary = "Walks with the group weekly and feels more connected";

    /// <summary>
    /// Day 0 referral from the practice; 1 accepted at triage (and coded); 2 allocated; 3 a call attempted; 4 a home
    /// visit reached (support begins); 5 "what matters" conversation; 6 two goals; 7 handed over; 8 first goal
    /// achieved; 9 second goal changed for a new one; 10 discharged. Day 0 is midday 30 days ago.
    /// </summary>
    public static Task<Journey> WholeJourneyAsync(this PeopleApp fixture) => fixture.App.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = fixture.App.Clock.GetUtcNow();
        // Midday UTC, so each step falls on its own day in UK time whatever the time of the run (and across a clock change).
        var start = new DateTimeOffset(now.UtcDateTime.Date.AddDays(-30).AddHours(12), TimeSpan.Zero);
        DateTimeOffset Day(int day) => start.AddDays(day);
        DateOnly Today(int day) => DateOnly.FromDateTime(Day(day).UtcDateTime);
        var worker = fixture.Data.User(StaffRole.LinkWorker).Id;
        var senior = fixture.Data.User(StaffRole.SeniorLinkWorker).Id;
        var family = $"Journey{fixture.Next()}";

        var person = Person.Register(TestOrganisations.NewNhsNumber(), "Rita", family, null, new DateOnly(1950, 6, 1), Today(0), start);
        person.ChangeRegisteredPractice(fixture.Data.PracticeId);
        var referral = Referral.FromPractice(fixture.Data.PracticeId, fixture.Data.User(StaffRole.Referrer).Id, person.Id,
            [ReferralNeed.Of(NeedCategory.LonelinessAndIsolation, ReferralWords), ReferralNeed.Of(NeedCategory.PhysicalActivity)],
            true, Urgency.Soon, Day(0), referrerNotes: "Lives alone; daughter in Leeds");
        var episode = Episode.Open(person.Id, referral.Id, null, fixture.Data.TeamId, Day(0));
        Triage.Accept(episode, Priority.Soon, "Isolated and keen to start", isEligible: true, null, senior, Day(1));
        episode.Allocate(worker, SupportIntensity.Standard, new AllocationCheck(0, 30), null, senior, Day(2));
        var attempt = Contact.Record(episode.Id, Day(3), ContactMode.Phone, 0, ContactOutcome.Attempted, AttemptNote, worker, Day(3));
        var visit = Contact.Record(episode.Id, Day(4), ContactMode.HomeVisit, 45, ContactOutcome.Reached, ContactNote, worker, Day(4));
        episode.RecordFirstContact(Day(4));
        var conversation = Conversation.Record(episode.Id, Day(5), new ConversationWords(WhatMatters),
            [LifeDomainRating.Of(LifeDomain.SocialConnection, 2)], LifeDomain.SocialConnection, worker, Day(5));
        var plan = Plan.Create(episode.Id, Day(6));
        var first = plan.AddGoal(FirstGoal, GoalDetails.None, Today(6), Day(6));
        var second = plan.AddGoal(SecondGoal, GoalDetails.None, Today(6), Day(6));
        episode.Reallocate(senior, HandoverReason, new AllocationCheck(0, 30), null, senior, Day(7));
        first.Achieve(Day(8));
        plan.ChangeGoal(second.Id, ReplacementGoal, GoalDetails.None, Today(9), Day(9));
        episode.Discharge(DischargeReason.GoalsAchieved, DischargeSummary, senior, Day(10));

        db.AddRange(person, referral, episode, attempt, visit, conversation, plan);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new Journey(person.Id, episode.Id, family, start);
    });

    /// <summary>Opens an episode for the person with another team, with one contact whose note only that team may read.</summary>
    public static Task<Guid> EpisodeWithTeamAsync(this PeopleApp fixture, Guid personId, Guid teamId, string note) =>
        fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var now = fixture.App.Clock.GetUtcNow();
            var referral = Referral.SelfReferral(personId, [ReferralNeed.Of(NeedCategory.Debt)], Urgency.Routine, now.AddDays(-2));
            var episode = Episode.Open(personId, referral.Id, null, teamId, now.AddDays(-2));
            Triage.Accept(episode, Priority.Routine, null, isEligible: true, null, fixture.OtherTeamWorker.Id, now.AddDays(-2));
            episode.Allocate(fixture.OtherTeamWorker.Id, SupportIntensity.Signposting, new AllocationCheck(0, 30), null, fixture.OtherTeamWorker.Id, now.AddDays(-2));
            var contact = Contact.Record(episode.Id, now.AddDays(-1), ContactMode.Phone, 10, ContactOutcome.Reached, note, fixture.OtherTeamWorker.Id, now);
            db.AddRange(referral, episode, contact);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return episode.Id;
        });
}
