using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Directory;
using Waymark.Domain.Episodes;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Organisations;
using Waymark.Domain.Plans;
using Waymark.Domain.Referrals;
using Waymark.Testing;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.OnwardReferrals;

/// <summary>
/// Onward referrals read back as made on both databases: what is shared and the consent for it, every step of the
/// history in order with who and why; and gaps in the register with their district and month.
/// </summary>
public sealed class OnwardReferralPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly Guid Senior = Guid.Parse("0190d5a4-0000-7000-8000-00000000000a");
    private static readonly Guid Worker = Guid.Parse("0190d5a4-0000-7000-8000-00000000000b");
    private static readonly Guid PartnerUser = Guid.Parse("0190d5a4-0000-7000-8000-00000000000c");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_direct_referral_with_consented_extras_reads_back_with_its_whole_history(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (episode, plan, goal, target) = await SeedCaseAsync(database);
        var consent = SharingConsent.Record(SharedDataItems.DateOfBirth | SharedDataItems.Address, Worker, Now);
        var shared = SharedData.Create(SharedDataItems.DateOfBirth, consent);
        var referral = OnwardReferral.Create(
            episode, plan, goal.Id, target, new OnwardReferralDetails(OnwardReferralKind.Direct, true, "Wants to meet other carers", shared), send: false, Worker, Now);
        await using (var db = database.CreateContext())
        {
            db.OnwardReferrals.Add(referral);
            await db.SaveChangesAsync(ct);
        }

        // Each step in its own unit of work, as the use cases make them.
        async Task StepAsync(Action<OnwardReferral> step)
        {
            await using var db = database.CreateContext();
            step(await db.OnwardReferrals.SingleAsync(r => r.Id == referral.Id, ct));
            await db.SaveChangesAsync(ct);
        }

        await StepAsync(r => r.Send(target, OnwardReferralActor.LinkWorker, Worker, Now.AddHours(1)));
        await StepAsync(r => r.Accept(OnwardReferralActor.Partner, PartnerUser, Now.AddDays(2), "First session on Tuesday"));
        await StepAsync(r => r.Start(OnwardReferralActor.Partner, PartnerUser, Now.AddDays(7)));
        await StepAsync(r => r.Fail(OnwardReferralActor.Partner, OnwardReferralReason.Other, "Moved away", PartnerUser, Now.AddDays(30)));

        await using var read = database.CreateContext();
        var loaded = await read.OnwardReferrals.AsNoTracking().SingleAsync(r => r.Id == referral.Id, ct);
        Assert.Equal(
            (episode.Id, episode.PersonId, goal.Id, target.ServiceId, target.OrganisationId, OnwardReferralKind.Direct, true, "Wants to meet other carers"),
            (loaded.EpisodeId, loaded.PersonId, loaded.GoalId, loaded.ServiceId, loaded.OrganisationId, loaded.Kind, loaded.Accompanied, loaded.AgreedReason));
        Assert.Equal(shared, loaded.SharedData);
        Assert.Equal(consent, loaded.SharedData.Consent);
        Assert.Equal((OnwardReferralStatus.Failed, Now.AddHours(1), Now.AddDays(2)), (loaded.Status, loaded.SentAt, loaded.AnsweredAt));
        Assert.Equal(
            [
                new OnwardReferralStatusChange(OnwardReferralStatus.Draft, Now, Worker, OnwardReferralActor.LinkWorker, null, null, null),
                new OnwardReferralStatusChange(OnwardReferralStatus.Requested, Now.AddHours(1), Worker, OnwardReferralActor.LinkWorker, null, null, null),
                new OnwardReferralStatusChange(OnwardReferralStatus.Accepted, Now.AddDays(2), PartnerUser, OnwardReferralActor.Partner, null, null, "First session on Tuesday"),
                new OnwardReferralStatusChange(OnwardReferralStatus.InProgress, Now.AddDays(7), PartnerUser, OnwardReferralActor.Partner, null, null, null),
                new OnwardReferralStatusChange(OnwardReferralStatus.Failed, Now.AddDays(30), PartnerUser, OnwardReferralActor.Partner, OnwardReferralReason.Other, "Moved away", null),
            ],
            loaded.History);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_signpost_sharing_only_the_minimum_has_no_consent_and_two_referrals_can_share_one_choice(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (episode, plan, goal, target) = await SeedCaseAsync(database);
        var minimum = SharedData.Minimum;
        var details = new OnwardReferralDetails(OnwardReferralKind.Signpost, false, "Gardening group on Thursdays", minimum);
        var first = OnwardReferral.Create(episode, plan, goal.Id, target, details, send: true, Worker, Now);
        var second = OnwardReferral.Create(episode, plan, goal.Id, target, details, send: false, Worker, Now);
        await using (var db = database.CreateContext())
        {
            db.OnwardReferrals.AddRange(first, second);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.OnwardReferrals.AsNoTracking().Where(r => r.EpisodeId == episode.Id).OrderBy(r => r.Status).ToListAsync(ct);
        Assert.Equal([OnwardReferralStatus.Draft, OnwardReferralStatus.Requested], loaded.Select(r => r.Status));
        Assert.All(loaded, r => Assert.True(r.SharedData.IsMinimum));
        Assert.All(loaded, r => Assert.Null(r.SharedData.Consent));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_gap_keeps_its_district_and_month_and_the_referral_that_showed_it(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (episode, plan, goal, target) = await SeedCaseAsync(database);
        var referral = OnwardReferral.Create(
            episode, plan, goal.Id, target, new OnwardReferralDetails(OnwardReferralKind.Direct, false, "Carers' group", SharedData.Minimum), send: true, Worker, Now);
        referral.Reject(OnwardReferralActor.Partner, OnwardReferralReason.NoCapacity, null, PartnerUser, Now.AddDays(1));
        var gap = UnmetNeed.Record(
            NeedCategory.Caring, episode.TeamId, "ls1 1ur", UnmetNeedReason.NoCapacity, "No evening group for carers", Worker, Today.AddDays(20), Now.AddDays(20), referral);
        var noPostcode = UnmetNeed.Record(NeedCategory.Housing, episode.TeamId, null, UnmetNeedReason.NoService, null, Worker, Today, Now);
        await using (var db = database.CreateContext())
        {
            db.OnwardReferrals.Add(referral);
            db.UnmetNeeds.AddRange(gap, noPostcode);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.UnmetNeeds.AsNoTracking().OrderBy(n => n.Need).ToListAsync(ct);
        Assert.Equal(
            [
                (NeedCategory.Caring, episode.TeamId, (string?)"LS1", new DateOnly(2026, 11, 1), UnmetNeedReason.NoCapacity, (string?)"No evening group for carers", (Guid?)referral.Id),
                (NeedCategory.Housing, episode.TeamId, null, new DateOnly(2026, 11, 1), UnmetNeedReason.NoService, null, null),
            ],
            loaded.Select(n => (n.Need, n.TeamId, n.Area, n.Month, n.Reason, n.Note, n.OnwardReferralId)));
    }

    private static async Task<(Episode Episode, Plan Plan, Goal Goal, ReferralTarget Target)> SeedCaseAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        var seeded = await SeedAsync(database);
        var episode = Episode.Open(seeded.Person.Id, seeded.Referral.Id, seeded.Programme.Id, seeded.Team.Id, Now);
        Triage.Accept(episode, Priority.Routine, "Caring for her husband", isEligible: true, null, Senior, Now);
        episode.Allocate(Worker, SupportIntensity.Standard, new AllocationCheck(2m, 10m), null, Senior, Now);
        var plan = Plan.Create(episode.Id, Now);
        var goal = plan.AddGoal("Have some time for myself", GoalDetails.None, Today, Now, Worker);
        var partner = Organisation.Create("Carers Leeds", OrganisationKind.Partner, null, Now);
        var service = Service.Create(partner.Id, partner.Name, new ServiceDetails("Carers' café", "A weekly café for carers"), Now);
        service.SetReferralMethod(ReferralMethod.Direct, null, null, null, Now);
        await using var db = database.CreateContext();
        db.AddRange(episode, plan, partner, service);
        await db.SaveChangesAsync(ct);
        return (episode, plan, goal, new ReferralTarget(service.Id, partner.Id, TakesDirectReferrals: true, IsTakingReferrals: service.IsTakingReferrals));
    }
}
