using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Directory;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Work;

namespace Waymark.Web.Tests.OnwardReferrals;

/// <summary>
/// My caseload flags a person whose plan depends on a service that is paused, closed or has a long wait, with a link
/// to alternatives, and a direct referral the service has not answered in time.
/// </summary>
public sealed class OnHoldOnCaseload(OnwardApp fixture) : IClassFixture<OnwardApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_person_waiting_on_a_service_that_pauses_shows_as_on_hold_with_a_link_to_alternatives()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var serviceId = await ServiceAsync("Men's shed");
        await fixture.ReferralAsync(person, goalId, serviceId);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        Assert.Null(await FlagAsync(client, person.EpisodeId));

        await ChangeServiceAsync(serviceId, (s, now) => s.ChangeStatus(OperatingStatus.Paused, "Roof repairs", null, DateOnly.FromDateTime(now.UtcDateTime), now));

        var row = await FlagAsync(client, person.EpisodeId);
        Assert.NotNull(row);
        Assert.Contains("On hold", row, StringComparison.Ordinal);
        Assert.Contains("Men's shed: The service is paused.", row, StringComparison.Ordinal);
        var page = await client.GetPageAsync("/caseload");
        Assert.Equal(
            $"/episodes/{person.EpisodeId}/plan/suggestions",
            page.QuerySelector($"tr[data-episode='{person.EpisodeId}'] a[href$='/plan/suggestions']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_long_wait_puts_the_person_on_hold_until_they_have_started()
    {
        var (person, goalId) = await fixture.CaseWithGoalAsync();
        var serviceId = await ServiceAsync("Allotment group");
        await ChangeServiceAsync(serviceId, (s, now) => s.SetDelivery(DeliveryModes.InPerson, 90, acceptingReferrals: true, now));
        var referralId = await fixture.ReferralAsync(person, goalId, serviceId);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        Assert.Contains("Allotment group: The service's waiting time is", await FlagAsync(client, person.EpisodeId), StringComparison.Ordinal);

        await fixture.WithDbAsync(async db =>
        {
            var referral = await db.OnwardReferrals.SingleAsync(r => r.Id == referralId, Cancel);
            var now = fixture.App.Clock.GetUtcNow();
            referral.Accept(Domain.OnwardReferrals.OnwardReferralActor.Partner, fixture.Data.User(StaffRole.Partner).Id, now);
            referral.Start(Domain.OnwardReferrals.OnwardReferralActor.Partner, fixture.Data.User(StaffRole.Partner).Id, now);
            return await db.SaveChangesAsync(Cancel);
        });

        Assert.Null(await FlagAsync(client, person.EpisodeId));
    }

    /// <summary>The flags in the person's caseload row, as text; null when it has none.</summary>
    private static async Task<string?> FlagAsync(HttpClient client, Guid episodeId)
    {
        var page = await client.GetPageAsync("/caseload");
        var row = page.QuerySelector($"tr[data-episode='{episodeId}']");
        Assert.NotNull(row);
        return row.QuerySelector("[data-on-hold]") is null ? null : WorkHtml.Squash(row.Children[0].TextContent);
    }

    private Task<Guid> ServiceAsync(string name) => fixture.WithDbAsync(async db =>
    {
        var now = fixture.App.Clock.GetUtcNow();
        var service = Service.Create(fixture.Data.PartnerId, "Age Well Northfield", new ServiceDetails(name, $"{name} in Northfield"), now);
        service.SetReferralMethod(ReferralMethod.Direct, null, null, null, now);
        db.Services.Add(service);
        await db.SaveChangesAsync(Cancel);
        return service.Id;
    });

    private Task<int> ChangeServiceAsync(Guid serviceId, Action<Service, DateTimeOffset> change) => fixture.WithDbAsync(async db =>
    {
        var service = await db.Services.SingleAsync(s => s.Id == serviceId, Cancel);
        change(service, fixture.App.Clock.GetUtcNow());
        return await db.SaveChangesAsync(Cancel);
    });
}
