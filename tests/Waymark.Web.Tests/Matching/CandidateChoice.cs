using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Matching;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Matching;

/// <summary>
/// Which services matching reads when more are relevant than it weighs (<see cref="MatchingCandidates"/>): the most
/// relevant first, then, among equally relevant ones, those near the person, then those with no place, then the rest.
/// Each test uses its own goal words so the services of the others are not relevant to it.
/// </summary>
public sealed class CandidateChoice(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static readonly (double Latitude, double Longitude) LeedsCentre = (53.7960, -1.5470);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_the_most_relevant_services_first_when_more_are_relevant_than_it_weighs()
    {
        await ServiceAsync("Pottery club", "Make pottery together", [], Place.Near);
        await ServiceAsync("Pottery and origami", "Pottery one week, origami the next", [], Place.Far);
        await ServiceAsync("Money and pottery", "Help with debts over a pottery class", [NeedCategory.Debt], Place.Far);
        await ServiceAsync("Clay corner", "Pottery for beginners", [], Place.Near);
        var person = new MatchingPerson { Needs = [NeedCategory.Debt], Goals = ["Try pottery and origami"] };

        var chosen = await FindAsync(person, LeedsCentre, limit: 2);

        Assert.Equal(["Money and pottery", "Pottery and origami"], chosen.Select(s => s.Name));
        Assert.Equal(4, (await FindAsync(person, LeedsCentre, MatchingCandidates.MaxCandidates)).Count);
    }

    [Fact]
    public async Task Among_equally_relevant_services_reads_those_near_the_person_first_then_those_with_no_place_then_the_rest()
    {
        await ServiceAsync("Calligraphy in Wetherby", "Calligraphy classes", [], Place.Far);
        await ServiceAsync("Calligraphy by post", "Calligraphy lessons by post", [], Place.None);
        await ServiceAsync("Calligraphy in Headingley", "Calligraphy classes", [], Place.ThreeKilometres);
        await ServiceAsync("Calligraphy on Park Row", "Calligraphy classes", [], Place.Near);
        var person = new MatchingPerson { Goals = ["Learn calligraphy"] };

        var chosen = await FindAsync(person, LeedsCentre, limit: 3);

        Assert.Equal(["Calligraphy on Park Row", "Calligraphy in Headingley", "Calligraphy by post"], chosen.Select(s => s.Name));
        Assert.NotNull(chosen[0].DistanceKm);
        Assert.Null(chosen[2].DistanceKm);
        var withoutPlace = await FindAsync(person, null, limit: 3);
        Assert.Equal(3, withoutPlace.Count);
        Assert.All(withoutPlace, s => Assert.Null(s.DistanceKm));
    }

    private Task<IReadOnlyList<MatchingService>> FindAsync(MatchingPerson person, (double Latitude, double Longitude)? from, int limit) =>
        fixture.App.WithScopeAsync(services => services.GetRequiredService<MatchingCandidates>().FindAsync(person, from, limit, Cancel));

    private Task<int> ServiceAsync(string name, string description, NeedCategory[] needs, Place place) =>
        fixture.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var service = Service.Create(fixture.Data.PartnerId, "Leeds Community Partners", new ServiceDetails(name, description), now);
            service.SetDelivery(DeliveryModes.InPerson | DeliveryModes.Phone, null, acceptingReferrals: true, now);
            service.ReplaceAttributes(needs.Select(need => new ServiceAttribute { TaxonomyTermId = NeedTaxonomy.TermId(need) }), now);
            db.Add(service);

            // Near: a few hundred metres from LS1 1UR; three kilometres north; far: about 20 km away, in Wetherby.
            (double Latitude, double Longitude)? at = place switch
            {
                Place.Near => (53.7990, -1.5490),
                Place.ThreeKilometres => (53.8230, -1.5470),
                Place.Far => (53.9280, -1.3860),
                _ => null,
            };
            if (at is { } point)
            {
                var location = Location.Create(new LocationDetails(LocationType.Physical, name, Latitude: point.Latitude, Longitude: point.Longitude), fixture.Data.PartnerId, now);
                db.AddRange(location, ServiceAtLocation.Create(service.Id, location.Id, null, now));
            }

            return await db.SaveChangesAsync(Cancel);
        });

    private enum Place
    {
        None,
        Near,
        ThreeKilometres,
        Far,
    }
}
