using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Directory;
using Waymark.Domain.Episodes;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Organisations;
using Waymark.Domain.Plans;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.OnwardReferrals;

/// <summary>
/// The seeded app with directory services to refer to — a direct one run by the seeded partner, a signpost-only one, a
/// paused one, and a direct one run by another partner organisation with its own partner user — plus a link worker of
/// another team and a service manager of another provider, so every scope has someone inside and outside it.
/// </summary>
public sealed class OnwardApp : SeededAppFixture
{
    public TestUser Worker => Data.User(StaffRole.LinkWorker);

    public TestUser OtherTeamWorker { get; private set; } = null!;

    public TestUser OtherProviderManager { get; private set; } = null!;

    /// <summary>A partner user of another partner organisation.</summary>
    public TestUser OtherPartner { get; private set; } = null!;

    public Guid OtherPartnerId { get; private set; }

    /// <summary>"Carers' café": direct referrals through Waymark, run by the seeded partner.</summary>
    public Guid DirectServiceId { get; private set; }

    /// <summary>"Walking for health": signpost only, run by the seeded partner.</summary>
    public Guid SignpostServiceId { get; private set; }

    /// <summary>"Knit and natter": paused, not taking referrals.</summary>
    public Guid PausedServiceId { get; private set; }

    /// <summary>"Debt advice drop-in": direct, run by the other partner organisation.</summary>
    public Guid OtherOrganisationServiceId { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var southTeam = await App.AddTeamAsync("South team", Data.ProviderId);
        OtherTeamWorker = await App.AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, southTeam, StaffRole.LinkWorker);
        var provider = await App.AddOrganisationAsync("Eastfield Community Links", OrganisationKind.Provider);
        OtherProviderManager = await App.AddUserAsync("east.manager@test.waymark.example", provider, null, StaffRole.ServiceManager);
        OtherPartnerId = await App.AddOrganisationAsync("Citizens Advice Northfield", OrganisationKind.Partner);
        OtherPartner = await App.AddUserAsync("advice.partner@test.waymark.example", OtherPartnerId, null, StaffRole.Partner);
        (DirectServiceId, SignpostServiceId, PausedServiceId, OtherOrganisationServiceId) = await WithDbAsync(async db =>
        {
            var now = App.Clock.GetUtcNow();
            Service Make(Guid organisationId, string organisationName, string name, ReferralMethod method)
            {
                var service = Service.Create(organisationId, organisationName, new ServiceDetails(name, $"{name} for people in Northfield"), now);
                service.SetReferralMethod(method, null, null, null, now);
                db.Services.Add(service);
                return service;
            }

            var direct = Make(Data.PartnerId, "Age Well Northfield", "Carers' café", ReferralMethod.Direct);
            var signpost = Make(Data.PartnerId, "Age Well Northfield", "Walking for health", ReferralMethod.SignpostOnly);
            var paused = Make(Data.PartnerId, "Age Well Northfield", "Knit and natter", ReferralMethod.Direct);
            paused.ChangeStatus(OperatingStatus.Paused, "Volunteer shortage", null, DateOnly.FromDateTime(now.UtcDateTime), now);
            var other = Make(OtherPartnerId, "Citizens Advice Northfield", "Debt advice drop-in", ReferralMethod.Direct);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return (direct.Id, signpost.Id, paused.Id, other.Id);
        });
    }

    /// <summary>A person in the seeded team at <paramref name="stage"/> with one open goal in their plan.</summary>
    public async Task<(TestCase Person, Guid GoalId)> CaseWithGoalAsync(EpisodeStatus stage = EpisodeStatus.Active, string goal = "Meet other carers")
    {
        var person = await App.CaseAtAsync(Data.TeamId, stage, Worker.Id);
        var goalId = await WithDbAsync(async db =>
        {
            var now = App.Clock.GetUtcNow();
            var plan = Plan.Create(person.EpisodeId, now);
            var made = plan.AddGoal(goal, GoalDetails.None, DateOnly.FromDateTime(now.UtcDateTime), now, Worker.Id);
            db.Plans.Add(plan);
            var record = await db.People.SingleAsync(p => p.Id == person.PersonId, TestContext.Current.CancellationToken);
            record.ChangeAddress("1 Mill Lane", null, "Northfield", "LS6 2AB");
            record.ChangeContactDetails("07700 900123", null);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return made.Id;
        });
        return (person, goalId);
    }

    /// <summary>An onward referral made through the domain, sent unless <paramref name="send"/> is false.</summary>
    public Task<Guid> ReferralAsync(TestCase person, Guid goalId, Guid serviceId, OnwardReferralKind kind = OnwardReferralKind.Direct, bool send = true,
        SharedData? shared = null, string reason = "Would like to meet other carers") =>
        WithDbAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            var episode = await db.Episodes.SingleAsync(e => e.Id == person.EpisodeId, ct);
            var plan = await db.Plans.SingleAsync(p => p.EpisodeId == person.EpisodeId, ct);
            var service = await db.Services.SingleAsync(s => s.Id == serviceId, ct);
            var referral = OnwardReferral.Create(
                episode, plan, goalId, ReferralTargets.From(service), new OnwardReferralDetails(kind, false, reason, shared ?? SharedData.Minimum), send, Worker.Id,
                App.Clock.GetUtcNow());
            db.OnwardReferrals.Add(referral);
            await db.SaveChangesAsync(ct);
            return referral.Id;
        });

    public Task<OnwardReferral> LoadAsync(Guid referralId) =>
        WithDbAsync(db => db.OnwardReferrals.AsNoTracking().SingleAsync(r => r.Id == referralId, TestContext.Current.CancellationToken));
}
