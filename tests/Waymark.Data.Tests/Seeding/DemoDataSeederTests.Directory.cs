using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Directory;

namespace Waymark.Data.Tests.Seeding;

public sealed partial class DemoDataSeederTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Seeds_a_local_directory_of_partner_services_listed_under_needs(DatabaseProvider provider)
    {
        var (database, _, data) = await seeded.GetAsync(provider);
        await using var db = database.CreateContext();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var services = await db.Services.AsNoTracking().AsSplitQuery().ToListAsync(Ct);

        Assert.Equal(40, services.Count);
        Assert.Equal(15, services.Select(s => s.OrganisationId).Distinct().Count());
        Assert.Contains(services, s => s.OrganisationId == data.Partners[0].Id && s.ReferralMethod == ReferralMethod.Direct);
        Assert.All(services, s => Assert.Contains(s.Attributes, a => NeedTaxonomy.NeedOf(a.TaxonomyTermId) is not null));
        Assert.All(services, s => Assert.Contains(s.Attributes, a => a.LinkType == "service_type"));
        Assert.True(services.Count(s => s.ReferralMethod == ReferralMethod.Direct) >= 10);
        Assert.True(services.Count(s => s.OperatingStatus == OperatingStatus.Paused && s.StatusReason is not null && s.ExpectedReturn > today) >= 2);
        Assert.Single(services, s => s.OperatingStatus == OperatingStatus.Closed);
        Assert.Single(services, s => s.OperatingStatus == OperatingStatus.RemoteOnly);
        Assert.True(services.Count(s => s.IsVerificationDue(today)) >= 3, "some listings should be overdue for a check");
        Assert.Contains(services, s => s.DeliveryModes == DeliveryModes.Phone);
        Assert.Contains(services, s => s.DeliveryModes == DeliveryModes.Online);
        Assert.Contains(services, s => s.Languages.Any(l => l.Code == "pl"));
        Assert.Contains(services, s => s.Cost == CostLevel.LowCost);
        Assert.Contains(services, s => s.Requirements.NeedsInternet);
        Assert.Contains(services, s => s.WaitingDays > 28);
        Assert.All(services, s => Assert.NotNull(s.LastVerifiedOn));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Every_demo_person_and_venue_postcode_has_a_centroid_loaded_in_one_audited_import(DatabaseProvider provider)
    {
        var (database, _, _) = await seeded.GetAsync(provider);
        await using var db = database.CreateContext();

        var centroids = await db.PostcodeCentroids.AsNoTracking().ToDictionaryAsync(c => c.Postcode, Ct);
        var people = await db.People.Where(p => p.Address.Postcode != null).Select(p => p.Address.Postcode!).Distinct().ToListAsync(Ct);
        var locations = await db.Locations.AsNoTracking().ToListAsync(Ct);

        Assert.NotEmpty(people);
        Assert.All(people, postcode => Assert.True(centroids.ContainsKey(postcode), $"{postcode} has no centroid"));
        Assert.Equal(12, locations.Count);
        Assert.All(locations, l => Assert.True(l.HasCoordinates && centroids.ContainsKey(l.Postcode!), $"{l.Name} {l.Postcode}"));
        Assert.All(centroids.Values, c => Assert.InRange(c.Latitude, 53.6, 53.9));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.RecordType == nameof(PostcodeCentroid), Ct));
        Assert.Equal(NeedTaxonomy.Needs.Count, await db.TaxonomyTerms.CountAsync(t => t.TaxonomyId == NeedTaxonomy.Id, Ct));
    }
}
