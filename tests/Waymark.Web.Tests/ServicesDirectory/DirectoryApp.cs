using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.ServicesDirectory;

/// <summary>
/// The seeded app with postcode centres around Leeds and York, and a second partner organisation, so the directory's
/// filters and its maintenance rules have services inside and outside them. Tests make their own services, with a
/// word of their own in the name (<see cref="Word"/>) to search by.
/// </summary>
public sealed class DirectoryApp : SeededAppFixture
{
    public const string CityCentre = "LS1 1UR";
    public const string Headingley = "LS6 3HN";
    public const string York = "YO1 7HH";

    private int _counter;

    /// <summary>A partner organisation the seeded partner user does not belong to.</summary>
    public Guid OtherPartnerId { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        OtherPartnerId = await App.WithScopeAsync(async services =>
        {
            var other = await services.GetRequiredService<CreateOrganisation>().ExecuteAsync(new("Carers Together", OrganisationKind.Partner, null));
            var db = services.GetRequiredService<AppDbContext>();
            db.PostcodeCentroids.AddRange(
                PostcodeCentroid.Create(CityCentre, 53.7965, -1.5478),
                PostcodeCentroid.Create(Headingley, 53.8180, -1.5760),
                PostcodeCentroid.Create(York, 53.9590, -1.0815));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return other.Id;
        });
    }

    /// <summary>A made-up word unique within this app, to put in names and search by.</summary>
    public string Word() => $"zq{Interlocked.Increment(ref _counter)}x";

    /// <summary>
    /// A service made through the domain: in person, 14 days' wait, run by the seeded partner unless another
    /// organisation is given, at a place with the postcode (no coordinates: distance then uses the postcode's centre).
    /// </summary>
    public Task<Guid> ServiceAsync(
        string name, Action<Service, DateTimeOffset>? configure = null, string? postcode = null, Guid? organisationId = null,
        NeedCategory[]? needs = null, Guid[]? terms = null) =>
        App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var now = App.Clock.GetUtcNow();
            var organisation = organisationId ?? Data.PartnerId;
            var organisationName = organisation == OtherPartnerId ? "Carers Together" : "Age Well Northfield";
            var service = Service.Create(organisation, organisationName, new ServiceDetails(name, $"About {name}"), now);
            service.SetDelivery(DeliveryModes.InPerson, 14, acceptingReferrals: true, now);
            service.ReplaceAttributes([.. (needs ?? []).Select(n => new ServiceAttribute { TaxonomyTermId = NeedTaxonomy.TermId(n) }),
                .. (terms ?? []).Select(t => new ServiceAttribute { TaxonomyTermId = t })], now);
            configure?.Invoke(service, now);
            db.Services.Add(service);
            if (postcode is not null)
            {
                var location = Location.Create(new LocationDetails(LocationType.Physical, $"{name} hall"), organisation, now);
                location.ReplaceAddresses([new Address { Address1 = "1 Park Lane", City = "Leeds", PostalCode = postcode }], now);
                db.Locations.Add(location);
                db.ServiceAtLocations.Add(ServiceAtLocation.Create(service.Id, location.Id, null, now));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return service.Id;
        });

    public Task<Guid> TermAsync(string name) => App.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        var term = TaxonomyTerm.Create(new TaxonomyTermDetails(name, $"Services for {name}", TaxonomyName: "Test types"));
        db.TaxonomyTerms.Add(term);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return term.Id;
    });
}
