using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Work;

namespace Waymark.Web.Tests.OnwardReferrals;

/// <summary>The listing page tells link workers how referrals to a service have gone: counts only, never people.</summary>
public sealed class ServiceStatistics(OnwardApp fixture) : IClassFixture<OnwardApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_listing_shows_referrals_sent_accepted_and_started_and_how_soon_the_service_usually_replies()
    {
        var serviceId = await fixture.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var service = Service.Create(fixture.Data.PartnerId, "Age Well Northfield", new ServiceDetails("Tea dance", "Tea dances on Fridays"), now);
            service.SetReferralMethod(ReferralMethod.Direct, null, null, null, now);
            db.Services.Add(service);
            await db.SaveChangesAsync(Cancel);
            return service.Id;
        });
        var partner = fixture.Data.User(StaffRole.Partner).Id;
        var sent = fixture.App.Clock.GetUtcNow();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (person, goalId) = await fixture.CaseWithGoalAsync();
            ids.Add(await fixture.ReferralAsync(person, goalId, serviceId));
        }

        await fixture.WithDbAsync(async db =>
        {
            var referrals = await db.OnwardReferrals.Where(r => ids.Contains(r.Id)).ToListAsync(Cancel);
            var first = referrals.Single(r => r.Id == ids[0]);
            first.Accept(OnwardReferralActor.Partner, partner, sent.AddDays(7));
            first.Start(OnwardReferralActor.Partner, partner, sent.AddDays(8));
            referrals.Single(r => r.Id == ids[1]).Accept(OnwardReferralActor.Partner, partner, sent.AddDays(7));
            referrals.Single(r => r.Id == ids[2]).Reject(OnwardReferralActor.Partner, OnwardReferralReason.NoCapacity, null, partner, sent.AddDays(30));
            return await db.SaveChangesAsync(Cancel);
        });
        var usual = WorkingDays.Between(UkTime.Today(sent), UkTime.Today(sent.AddDays(7)), BankHolidays.EnglandAndWales);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/directory/services/{serviceId}");

        var statistics = WorkHtml.Squash(page.QuerySelector("[data-referral-statistics]")!.TextContent);
        Assert.Equal($"Sent 3 Accepted 2 Started 1 Replies Usually replies in {usual} working days (from 3 replies to direct referrals)", statistics);
    }

    [Fact]
    public async Task A_listing_without_referrals_says_so()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/directory/services/{fixture.PausedServiceId}");

        Assert.Contains("No one has been referred to this service through Waymark in the last 12 months.", page.Text(), StringComparison.Ordinal);
    }
}
