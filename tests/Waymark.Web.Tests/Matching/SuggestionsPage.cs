using System.Net;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Contacts;
using Waymark.Domain.Directory;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;
using Waymark.Web.Tests.Work;

namespace Waymark.Web.Tests.Matching;

/// <summary>
/// /episodes/{id}/plan/suggestions: directory services ranked for the person from their needs, goals and
/// circumstances, with reasons, and the relevant ones left out with why. Only the person's team may look.
/// </summary>
public sealed class SuggestionsPage(WorkApp fixture) : IClassFixture<WorkApp>
{
    private static int _counter;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Suggests_services_for_the_persons_needs_and_goals_saying_why_and_lists_those_left_out_with_why()
    {
        var n = Interlocked.Increment(ref _counter);
        var person = await PersonAsync($"Sing{n}", "Join a choir", TravelNeeds.NoTransport, DigitalAccess.PhoneOnly);
        await ServiceAsync($"Harmony choir {n}", [], DeliveryModes.InPerson, near: true);
        await ServiceAsync($"Lunch club {n}", [NeedCategory.LonelinessAndIsolation], DeliveryModes.InPerson, near: false);
        await ServiceAsync($"Online friends {n}", [NeedCategory.LonelinessAndIsolation], DeliveryModes.Online, near: true);
        await ServiceAsync($"Befriending calls {n}", [NeedCategory.LonelinessAndIsolation], DeliveryModes.Phone, near: true, wait: 21);
        await ServiceAsync($"Debt clinic {n}", [NeedCategory.Debt], DeliveryModes.InPerson, near: true);
        await ServiceAsync($"Knit and natter {n}", [NeedCategory.LonelinessAndIsolation], DeliveryModes.InPerson, near: true, close: "Funding ended");
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan/suggestions");

        var cards = page.QuerySelectorAll("li.nhsuk-card").Select(c => WorkHtml.Squash(c.TextContent)).ToList();
        var choir = Assert.Single(cards, c => c.Contains($"Harmony choir {n}", StringComparison.Ordinal));
        Assert.Contains("Mentions “choir”, from the goal “Join a choir”", choir, StringComparison.Ordinal);
        Assert.Contains("Under a mile away", choir, StringComparison.Ordinal);
        var calls = Assert.Single(cards, c => c.Contains($"Befriending calls {n}", StringComparison.Ordinal));
        Assert.Contains("Helps with loneliness and isolation", calls, StringComparison.Ordinal);
        Assert.Contains("Can be done from home: by phone", calls, StringComparison.Ordinal);
        Assert.Contains("Usually a wait of 3 weeks", calls, StringComparison.Ordinal);
        Assert.Contains($"/episodes/{person.EpisodeId}/onward-referrals/new?serviceId=", page.QuerySelector("li.nhsuk-card a[href*='onward-referrals']")!.GetAttribute("href"), StringComparison.Ordinal);

        var leftOut = page.QuerySelectorAll("details table tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[1].TextContent.Trim());
        Assert.Contains("travel is hard for the person", leftOut[$"Lunch club {n}"], StringComparison.Ordinal);
        Assert.Contains("the person has no internet access", leftOut[$"Online friends {n}"], StringComparison.Ordinal);
        Assert.Equal("Closed: Funding ended", leftOut[$"Knit and natter {n}"]);
        Assert.DoesNotContain(cards, c => c.Contains($"Debt clinic {n}", StringComparison.Ordinal));
        Assert.False(leftOut.ContainsKey($"Debt clinic {n}"));

        var weighed = page.Text();
        Assert.Contains("Getting about No transport of their own", weighed, StringComparison.Ordinal);
        Assert.Contains("Postcode LS1 1UR", weighed, StringComparison.Ordinal);
        Assert.NotEmpty(await fixture.ReadEventsAsync(person.PersonId));
    }

    [Fact]
    public async Task Says_when_nothing_fits_and_when_the_postcode_is_not_known()
    {
        var n = Interlocked.Increment(ref _counter);
        var person = await PersonAsync($"Nothing{n}", null, TravelNeeds.None, DigitalAccess.Internet, postcode: "ZE1 0AA", needs: NeedCategory.Bereavement);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = (await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan/suggestions")).Text();

        Assert.Contains($"No service in the directory fits Sam Nothing{n}'s needs and goals.", page, StringComparison.Ordinal);
        Assert.Contains("ZE1 0AA – Waymark does not know where this is", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_teams_link_worker_gets_not_found_and_roles_outside_case_work_are_refused()
    {
        var person = await fixture.CaseAsync();
        var url = $"/episodes/{person.EpisodeId}/plan/suggestions";

        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.SignedInAsync(fixture.OtherTeamWorker)).GetAsync(url, Cancel)).StatusCode);
        foreach (var role in (StaffRole[])[StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator])
        {
            var response = await (await fixture.SignedInAsync(role)).GetAsync(url, Cancel);
            Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"{role}: {(int)response.StatusCode}");
            Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
        }

        Assert.Empty(await fixture.ReadEventsAsync(person.PersonId));
    }

    private async Task<TestCase> PersonAsync(
        string familyName, string? goal, TravelNeeds travel, DigitalAccess digital, string postcode = "LS1 1UR", NeedCategory? needs = null)
    {
        var person = await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Active, fixture.Worker.Id, familyName: familyName, needs: needs is { } need ? [need] : null);
        await fixture.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var record = await db.People.SingleAsync(p => p.Id == person.PersonId, Cancel);
            record.ChangeAddress("1 Park Row", null, "Leeds", postcode);
            record.ChangeTravelNeeds(travel);
            record.ChangeCommunicationNeeds(CommunicationNeeds.Create(null, false, [ContactMode.Phone], null, true, false, false, HearingNeeds.None, SightNeeds.None, digital));
            if (goal is not null)
            {
                var plan = Plan.Create(person.EpisodeId, now);
                plan.AddGoal(goal, GoalDetails.None, DateOnly.FromDateTime(now.UtcDateTime), now);
                db.Plans.Add(plan);
            }

            if (!await db.PostcodeCentroids.AnyAsync(c => c.Postcode == "LS1 1UR", Cancel))
            {
                db.PostcodeCentroids.Add(PostcodeCentroid.Create("LS1 1UR", 53.7960, -1.5470));
            }

            return await db.SaveChangesAsync(Cancel);
        });
        return person;
    }

    private Task<int> ServiceAsync(string name, NeedCategory[] needs, DeliveryModes modes, bool near, int? wait = null, string? close = null) =>
        fixture.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var service = Service.Create(fixture.Data.PartnerId, "Leeds Community Partners", new ServiceDetails(name, "A friendly group"), now);
            service.SetDelivery(modes, wait, acceptingReferrals: true, now);
            service.ReplaceAttributes(needs.Select(need => new ServiceAttribute { TaxonomyTermId = NeedTaxonomy.TermId(need) }), now);
            if (close is not null)
            {
                service.Close(close, today, now);
            }

            // Near: a few hundred metres from LS1 1UR. Far: about 20 km away, in Wetherby.
            var location = Location.Create(new LocationDetails(LocationType.Physical, name, Latitude: near ? 53.7990 : 53.9280, Longitude: near ? -1.5490 : -1.3860), fixture.Data.PartnerId, now);
            db.AddRange(service, location, ServiceAtLocation.Create(service.Id, location.Id, null, now));
            return await db.SaveChangesAsync(Cancel);
        });
}
