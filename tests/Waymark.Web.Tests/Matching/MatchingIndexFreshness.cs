using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Web.Features.Matching;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.Matching;

/// <summary>
/// The in-memory <see cref="MatchingIndex"/> never answers from a directory that has changed: a change saved through
/// the app shows on the very next suggestion, and one made by another process is seen through the latest change
/// stamp. Each test uses its own goal word so the others' services are not relevant to it.
/// </summary>
public sealed class MatchingIndexFreshness(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shows_a_service_paused_through_the_app_as_paused_on_the_very_next_suggestion()
    {
        var id = await AddServiceAsync("Xylophone circle", "Xylophone for everyone");
        var person = new MatchingPerson { Goals = ["Play the xylophone"] };
        Assert.Equal(OperatingStatus.Running, Assert.Single(await FindAsync(person)).Status);

        await fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var service = await db.Services.SingleAsync(s => s.Id == id, Cancel);
            service.Pause("Leader off sick", null, DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime), fixture.App.Clock.GetUtcNow());
            await db.SaveChangesAsync(Cancel);
        });

        var found = Assert.Single(await FindAsync(person));
        Assert.Equal(OperatingStatus.Paused, found.Status);
        var excluded = Assert.Single(ServiceMatcher.Match(person, [found]).Exclusions);
        Assert.Contains("Paused", excluded.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggests_a_service_added_through_the_app_the_next_time()
    {
        var person = new MatchingPerson { Goals = ["Learn the ukulele"] };
        await AddServiceAsync("Ukulele strummers", "Ukulele group for beginners");
        Assert.Single(await FindAsync(person));

        await AddServiceAsync("Ukulele orchestra", "A bigger ukulele group");

        Assert.Equal(["Ukulele orchestra", "Ukulele strummers"], (await FindAsync(person)).Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Picks_up_a_change_made_outside_the_apps_database_context_through_the_latest_change_stamp()
    {
        var id = await AddServiceAsync("Harpsichord club", "Harpsichord lessons");
        var person = new MatchingPerson { Goals = ["Try the harpsichord"] };
        Assert.Equal(OperatingStatus.Running, Assert.Single(await FindAsync(person)).Status);

        // Another process: its own context, without this app's interceptors, changing the status and LastModified.
        await using (var other = fixture.App.Database.CreateContext())
        {
            var service = await other.Services.SingleAsync(s => s.Id == id, Cancel);
            var later = fixture.App.Clock.GetUtcNow().AddMinutes(1);
            service.Close("Funding ended", DateOnly.FromDateTime(later.UtcDateTime), later);
            await other.SaveChangesAsync(Cancel);
        }

        Assert.Equal(OperatingStatus.Closed, Assert.Single(await FindAsync(person)).Status);
    }

    [Fact]
    public async Task Shows_a_change_saved_in_a_transaction_once_the_transaction_commits()
    {
        var id = await AddServiceAsync("Oboe quartet", "Oboe for adults");
        var person = new MatchingPerson { Goals = ["Play the oboe again"] };
        Assert.Equal(OperatingStatus.Running, Assert.Single(await FindAsync(person)).Status);

        await fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
            var service = await db.Services.SingleAsync(s => s.Id == id, Cancel);
            service.Pause("Hall closed", null, DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime), fixture.App.Clock.GetUtcNow());
            await db.SaveChangesAsync(Cancel);

            // Saved but not committed: other connections still read it as running, and the index built now says so.
            Assert.Equal(OperatingStatus.Running, Assert.Single(await FindAsync(person)).Status);
            await transaction.CommitAsync(Cancel);
        });

        Assert.Equal(OperatingStatus.Paused, Assert.Single(await FindAsync(person)).Status);
    }

    [Fact]
    public async Task Is_not_rebuilt_while_nothing_has_changed()
    {
        await AddServiceAsync("Bassoon ensemble", "Bassoon and friends");
        var person = new MatchingPerson { Goals = ["Play the bassoon"] };
        Assert.Single(await FindAsync(person));
        var index = fixture.App.Services.GetRequiredService<MatchingIndex>();
        var builds = index.Builds;

        Assert.Single(await FindAsync(person));
        Assert.Single(await FindAsync(person));

        Assert.Equal(builds, index.Builds);
    }

    private Task<IReadOnlyList<MatchingService>> FindAsync(MatchingPerson person) =>
        fixture.App.WithScopeAsync(services => services.GetRequiredService<MatchingCandidates>().FindAsync(person, null, Cancel));

    private Task<Guid> AddServiceAsync(string name, string description) =>
        fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var now = fixture.App.Clock.GetUtcNow();
            var service = Service.Create(fixture.Data.PartnerId, "Leeds Community Partners", new ServiceDetails(name, description), now);
            service.SetDelivery(DeliveryModes.InPerson | DeliveryModes.Phone, null, acceptingReferrals: true, now);
            db.Add(service);
            await db.SaveChangesAsync(Cancel);
            return service.Id;
        });
}
