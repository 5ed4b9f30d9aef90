using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;
using Waymark.Testing;
using static Waymark.Web.Tests.DirectoryImport.DirectoryImportTesting;

namespace Waymark.Web.Tests.DirectoryImport;

public sealed class ImportingCsvPackages
{
    private static readonly Guid Telephone = new("7a1f0c2e-2222-4c4a-9a3e-000000000001");
    private static readonly Guid CoffeeMorning = new("7a1f0c2e-2222-4c4a-9a3e-000000000002");

    [Fact]
    public async Task A_package_folder_imports_services_with_their_organisations_locations_and_terms()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();

        var report = await app.ImportAsync(Package("small"));

        AssertClean(report);
        Assert.Equal(3, report.Created);
        Assert.Equal(2, report.OrganisationsCreated);
        Assert.Equal(1, report.LocationsCreated);
        Assert.Equal(["programs.csv"], report.Unread);
        var (telephone, coffee, organisation, at, term) = await app.QueryAsync(async db => (
            await db.Services.AsNoTracking().SingleAsync(s => s.Id == Telephone, Ct),
            await db.Services.AsNoTracking().SingleAsync(s => s.Id == CoffeeMorning, Ct),
            await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == new Guid("7a1f0c2e-1111-4c4a-9a3e-000000000001"), Ct),
            await db.ServiceAtLocations.AsNoTracking().SingleAsync(Ct),
            await db.TaxonomyTerms.AsNoTracking().SingleAsync(t => t.Code == "befriending", Ct)));
        Assert.Equal("A friendly call each week from the same volunteer, \"for a chat\".", telephone.Description);
        Assert.Equal(18, telephone.MinimumAge);
        Assert.Equal("01632 960 123", Assert.Single(telephone.Phones).Number);
        Assert.Equal("MO,WE", Assert.Single(telephone.Schedules).ByDay);
        Assert.Equal(["en", "pl"], telephone.Languages.Select(l => l.Code));
        Assert.Equal([term.Id, NeedTaxonomy.TermId(NeedCategory.LonelinessAndIsolation)], telephone.Attributes.Select(a => a.TaxonomyTermId));
        Assert.Equal(new Guid("7a1f0c2e-6666-4c4a-9a3e-000000000001"), term.TaxonomyId);
        Assert.Equal(OperatingStatus.Paused, coffee.OperatingStatus);
        Assert.Equal(CostLevel.LowCost, coffee.Cost);
        Assert.Equal(OrganisationKind.Partner, organisation.Kind);
        Assert.Equal(2009, organisation.YearIncorporated);
        Assert.Equal(CoffeeMorning, at.ServiceId);
        Assert.Equal("TH", Assert.Single(at.Schedules).ByDay);
        var location = await app.QueryAsync(db => db.Locations.AsNoTracking().SingleAsync(Ct));
        Assert.Equal("WM2 4AB", location.Postcode);
        Assert.Equal(53.7512, location.Latitude);
    }

    [Fact]
    public async Task The_same_package_zipped_imports_again_without_changing_anything()
    {
        await using var app = await WaymarkAppFactory.CreateAsync();
        await app.ImportAsync(Package("small"));
        var zip = Path.Combine(Path.GetTempPath(), $"waymark-package-{Guid.NewGuid():N}.zip");
        try
        {
            ZipFile.CreateFromDirectory(Package("small"), zip);

            var report = await app.ImportAsync(zip);

            AssertClean(report);
            Assert.Equal(3, report.Unchanged);
        }
        finally
        {
            File.Delete(zip);
        }
    }
}
