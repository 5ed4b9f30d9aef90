using Microsoft.EntityFrameworkCore;
using Waymark.Data.Seeding;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;

namespace Waymark.Data.Tests.Seeding;

/// <summary>The people the demo service works with, read back from the database the seeder filled.</summary>
public sealed partial class DemoDataSeederTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Each_team_has_people_at_every_stage_of_the_journey(DatabaseProvider provider)
    {
        var (database, _, data) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        Assert.InRange(await db.People.CountAsync(Ct), 300, 400);
        var stages = await db.Episodes.Select(e => new { e.TeamId, e.Status }).ToListAsync(Ct);
        foreach (var team in data.Teams)
        {
            Assert.All(Enum.GetValues<EpisodeStatus>(), status => Assert.Contains(stages, e => e.TeamId == team.Id && e.Status == status));
        }

        var discharges = await db.Episodes.Where(e => e.Status == EpisodeStatus.Discharged).Select(e => e.DischargeReason).Distinct().ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<DischargeReason>().Length, discharges.Count);
        var programmes = await db.Programmes.ToListAsync(Ct);
        Assert.All(data.Teams, team => Assert.Contains(programmes, p => p.TeamId == team.Id && p.Name == DemoService.MainProgramme));
        Assert.Contains(programmes, p => p.QualifyingConditions.Count > 0);
        Assert.True(await db.Contacts.CountAsync(Ct) > 2000, "active people should have months of contacts");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_demo_link_worker_has_a_caseload_with_overdue_contacts(DatabaseProvider provider)
    {
        var (database, _, _) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var worker = await db.Users.SingleAsync(u => u.Email == DemoAccounts.EmailFor(StaffRole.LinkWorker), Ct);
        var caseload = await db.Episodes
            .Where(e => e.WorkerId == worker.Id && (e.Status == EpisodeStatus.Allocated || e.Status == EpisodeStatus.Active))
            .ToListAsync(Ct);
        Assert.InRange(caseload.Count, 15, 30);
        Assert.Contains(caseload, e => e.Status == EpisodeStatus.Allocated);
        Assert.True(CaseloadLoad.Compute(caseload.Select(e => (e.Intensity!.Value, e.Status))) <= worker.CaseloadCapacity + 2);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var active = caseload.Where(e => e.Status == EpisodeStatus.Active).ToList();
        var ids = active.Select(e => e.Id).ToList();
        var plans = await db.ContactPlans.Where(p => ids.Contains(p.EpisodeId)).ToDictionaryAsync(p => p.EpisodeId, Ct);
        var contacts = (await db.Contacts.Where(c => ids.Contains(c.EpisodeId)).ToListAsync(Ct)).ToLookup(c => c.EpisodeId);
        var schedules = active.Select(e => plans[e.Id].ScheduleOn(
            ContactSchedule.CountingFrom(contacts[e.Id], DateOnly.FromDateTime(e.Allocations[^1].From.UtcDateTime), TimeZoneInfo.Utc), today)).ToList();
        Assert.Contains(schedules, s => s.IsOverdue && !s.NoContact);
        Assert.Contains(schedules, s => s.NoContact);
        Assert.True(schedules.Count(s => !s.IsOverdue) > schedules.Count / 2, "most people should be on track");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_demo_senior_link_workers_team_has_a_triage_queue_and_a_waiting_list(DatabaseProvider provider)
    {
        var (database, _, _) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var senior = await db.Users.SingleAsync(u => u.Email == DemoAccounts.EmailFor(StaffRole.SeniorLinkWorker), Ct);
        var queue = await db.Episodes.Where(e => e.TeamId == senior.TeamId && e.Status == EpisodeStatus.Referred)
            .Join(db.Referrals, e => e.ReferralId, r => r.Id, (e, r) => r.Urgency).ToListAsync(Ct);
        Assert.True(queue.Count >= 5);
        Assert.Contains(Urgency.Urgent, queue);

        var waiting = await db.Episodes.Where(e => e.TeamId == senior.TeamId && e.Status == EpisodeStatus.Waiting).ToListAsync(Ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var days = waiting.Select(e => today.DayNumber - DateOnly.FromDateTime(e.TriageDecision!.At.UtcDateTime).DayNumber).ToList();
        Assert.True(waiting.Count >= 10);
        Assert.InRange(days.Min(), 1, 5);
        Assert.InRange(days.Max(), 50, 71);
        Assert.Equal(3, waiting.Select(e => e.TriageDecision!.Priority).Distinct().Count());
        Assert.Contains(waiting, e => e.AcceptedWhileIneligible && e.IneligibleAcceptanceReason is not null);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Lost_contact_discharges_meet_their_programmes_rule(DatabaseProvider provider)
    {
        var (database, _, _) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var lost = await db.Episodes.Where(e => e.DischargeReason == DischargeReason.LostContact).ToListAsync(Ct);
        var programmes = await db.Programmes.ToDictionaryAsync(p => p.Id, Ct);
        Assert.True(lost.Count >= 10);
        foreach (var episode in lost)
        {
            var contacts = await db.Contacts.Where(c => c.EpisodeId == episode.Id).ToListAsync(Ct);
            programmes[episode.ProgrammeId!.Value].LostContact.Ensure(contacts.Select(c => new ContactAttempt(c.At, c.Mode, c.IsReached)));
        }

        Assert.Contains(lost, e => programmes[e.ProgrammeId!.Value].LostContact != LostContactRule.Default);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task NHS_numbers_are_valid_unique_and_in_the_test_range(DatabaseProvider provider)
    {
        var (database, _, _) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var people = await db.People.ToListAsync(Ct);
        var numbers = people.Where(p => p.NhsNumber is not null).Select(p => p.NhsNumber!.Value.Value).ToList();
        Assert.True(numbers.Count > people.Count * 9 / 10);
        Assert.All(numbers, n => Assert.True(NhsNumber.TryParse(n, out _) && n.StartsWith("999", StringComparison.Ordinal), n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Active_people_have_a_contact_plan_a_what_matters_conversation_and_goals(DatabaseProvider provider)
    {
        var (database, _, _) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var active = await db.Episodes.Where(e => e.Status == EpisodeStatus.Active).Select(e => e.Id).ToListAsync(Ct);
        var planned = await db.ContactPlans.Select(p => p.EpisodeId).ToListAsync(Ct);
        Assert.All(active, id => Assert.Contains(id, planned));
        var conversations = await db.Conversations.Where(c => active.Contains(c.EpisodeId)).ToListAsync(Ct);
        Assert.Equal(active.Count, conversations.Count);
        Assert.All(conversations, c => Assert.True(c.WhatMatters is not null && c.Ratings.Count >= 6 && c.StartingDomain is not null));

        var plans = await db.Plans.Where(p => active.Contains(p.EpisodeId)).ToListAsync(Ct);
        Assert.True(plans.Count > active.Count * 3 / 4, "most active people should have a plan");
        Assert.All(plans, p => Assert.InRange(p.Goals.Count(g => g.ReplacedById is null), 1, 3));
        Assert.Equal(5, plans.SelectMany(p => p.Goals).Select(g => g.Status).Distinct().Count());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Re_referred_people_bring_the_history_of_an_earlier_episode(DatabaseProvider provider)
    {
        var (database, _, _) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var episodes = await db.Episodes.ToDictionaryAsync(e => e.Id, Ct);
        var again = episodes.Values.Where(e => e.PreviousEpisodeId is not null).ToList();
        Assert.True(again.Count >= 10);
        Assert.All(again, e =>
        {
            var previous = episodes[e.PreviousEpisodeId!.Value];
            Assert.Equal(e.PersonId, previous.PersonId);
            Assert.True(previous.Status.IsEnded() && previous.CreatedAt < e.CreatedAt);
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Referrals_come_from_practices_with_their_own_referrer_and_from_people_themselves(DatabaseProvider provider)
    {
        var (database, _, data) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var referrals = await db.Referrals.ToListAsync(Ct);
        var users = await db.Users.ToDictionaryAsync(u => u.Id, u => u.OrganisationId, Ct);
        var fromPractices = referrals.Where(r => r.Source == ReferralSource.Practice).ToList();
        Assert.All(fromPractices, r => Assert.Equal(r.ReferringOrganisationId, users[r.ReferrerUserId!.Value]));
        Assert.Contains(referrals, r => r.Source == ReferralSource.Self && r.ReferrerUserId is null);
        var demoReferrer = data.Users.Single(u => u.Email == DemoAccounts.EmailFor(StaffRole.Referrer));
        Assert.True(fromPractices.Count(r => r.ReferrerUserId == demoReferrer.Id) >= 10, "the demo referrer should see their practice's referrals");
        Assert.All(referrals, r => Assert.Contains(r.Needs, n => !string.IsNullOrEmpty(n.InTheirWords)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task People_have_varied_needs_and_some_link_workers_speak_their_languages(DatabaseProvider provider)
    {
        var (database, _, _) = await seeded.GetAsync(provider);

        await using var db = database.CreateContext();
        var people = await db.People.ToListAsync(Ct);
        var interpreted = people.Where(p => p.CommunicationNeeds.NeedsInterpreter).Select(p => p.CommunicationNeeds.PreferredLanguage).ToList();
        Assert.True(interpreted.Count >= 10);
        Assert.Contains(people, p => p.CommunicationNeeds.NeedsLargePrint);
        Assert.Contains(people, p => p.CommunicationNeeds.NeedsEasyRead);
        Assert.Contains(people, p => p.CommunicationNeeds.DigitalAccess == Domain.People.DigitalAccess.None);
        Assert.Contains(people, p => p.IsCarer);
        Assert.Contains(people, p => p.RiskFlags.Count > 0);
        Assert.True(people.Count(p => p.LongTermConditions.Count > 0) > people.Count / 3);

        var spoken = (await db.Users.ToListAsync(Ct)).SelectMany(u => u.Languages).ToHashSet();
        Assert.Contains(interpreted, language => spoken.Contains(language!));
    }
}
