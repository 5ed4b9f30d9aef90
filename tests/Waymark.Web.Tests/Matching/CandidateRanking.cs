using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Matching;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Tests.Matching;

/// <summary>
/// The rules <see cref="MatchingSnapshot"/> chooses candidates by, in memory: 40 points a need met and 10 a goal stem
/// that begins one of the service's words (at most 30), then near places (nearest first), then no place, then the
/// rest, then by id; and a bounded choice that agrees with sorting every relevant service.
/// </summary>
public sealed class CandidateRanking
{
    private static readonly (double Latitude, double Longitude) LeedsCentre = (53.7960, -1.5470);
    private static readonly (double, double) Near = (53.7990, -1.5490);
    private static readonly (double, double) ThreeKilometres = (53.8230, -1.5470);
    private static readonly (double, double) Far = (53.9280, -1.3860);

    [Fact]
    public void Counts_forty_a_need_met_and_ten_a_goal_word_up_to_thirty()
    {
        var snapshot = MatchingSnapshot.Create(
        [
            Indexed(1, "choir walking gardening painting cooking", []),
            Indexed(2, "advice", [NeedCategory.Debt]),
            Indexed(3, "walking group", []),
            Indexed(4, "walking and gardening", [NeedCategory.Debt]),
        ]);

        var chosen = snapshot.Find([NeedCategory.Debt], Stems("choir", "walking", "gardening", "painting", "cooking"), null, 10);

        // 40 + 20, then 40, then 30 (five words, capped), then 10.
        Assert.Equal([4, 2, 1, 3], chosen.Select(Number));
    }

    [Fact]
    public void A_goal_stem_matches_words_that_begin_with_it_once_per_service()
    {
        var snapshot = MatchingSnapshot.Create(
        [
            Indexed(1, "walks walking walked", []),
            Indexed(2, "sidewalk chalk", []),
            Indexed(3, "walk", []),
            Indexed(4, "wall climbing", []),
        ]);

        var chosen = snapshot.Find([], Stems("walking"), null, 10);

        Assert.Equal([1, 3], chosen.Select(Number));
    }

    [Fact]
    public void Among_equally_relevant_ones_takes_near_places_nearest_first_then_no_place_then_the_rest_then_by_id()
    {
        var snapshot = MatchingSnapshot.Create(
        [
            Indexed(1, "pottery", [], Far),
            Indexed(2, "pottery", [], ThreeKilometres),
            Indexed(3, "pottery", []),
            Indexed(4, "pottery", [], Near),
            Indexed(5, "pottery", [], atAnyLocation: true),
            Indexed(6, "pottery", []),
            Indexed(7, "pottery", [], Far, Near),
        ]);

        var chosen = snapshot.Find([], Stems("pottery"), LeedsCentre, 10);

        Assert.Equal([4, 7, 2, 3, 6, 1, 5], chosen.Select(Number));
        Assert.Equal(GeoDistance.Kilometres(LeedsCentre.Latitude, LeedsCentre.Longitude, 53.7990, -1.5490), chosen[1].DistanceKm);
        Assert.Null(chosen[3].DistanceKm);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], snapshot.Find([], Stems("pottery"), null, 10).Select(Number));
        Assert.All(snapshot.Find([], Stems("pottery"), null, 10), s => Assert.Null(s.DistanceKm));
    }

    [Fact]
    public void Takes_at_most_the_limit_and_nothing_for_no_needs_or_words()
    {
        var snapshot = MatchingSnapshot.Create([.. Enumerable.Range(1, 20).Select(i => Indexed(i, "singing", [NeedCategory.Debt]))]);

        Assert.Equal([1, 2, 3], snapshot.Find([NeedCategory.Debt], [], null, 3).Select(Number));
        Assert.Empty(snapshot.Find([], [], null, 3));
        Assert.Empty(snapshot.Find([NeedCategory.Bereavement], Stems("dancing"), null, 3));
    }

    [Fact]
    public void Chooses_the_same_services_in_the_same_order_as_sorting_every_relevant_one()
    {
        var random = new Random(4);
        string[] vocabulary = ["walking", "walks", "garden", "gardening", "choir", "singing", "cooking", "cook", "art", "painting", "money", "debt"];
        NeedCategory[] needs = [NeedCategory.Debt, NeedCategory.LonelinessAndIsolation, NeedCategory.LowMoodOrAnxiety];
        var services = Enumerable.Range(1, 3000).Select(i => Indexed(
            i,
            string.Join(' ', Enumerable.Range(0, random.Next(0, 5)).Select(_ => vocabulary[random.Next(vocabulary.Length)])),
            [.. needs.Where(_ => random.Next(4) == 0)],
            [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => (53.6 + (random.NextDouble() * 0.4), -1.8 + (random.NextDouble() * 0.6)))],
            atAnyLocation: random.Next(5) == 0)).ToList();
        var snapshot = MatchingSnapshot.Create(services);
        var stems = Stems("walking", "gardening", "singing", "cooking");

        foreach (var limit in new[] { 1, 50, 300, 5000 })
        {
            Assert.Equal(Expected(services, [NeedCategory.Debt, NeedCategory.LowMoodOrAnxiety], stems, LeedsCentre, limit), snapshot.Find([NeedCategory.Debt, NeedCategory.LowMoodOrAnxiety], stems, LeedsCentre, limit).Select(Number));
            Assert.Equal(Expected(services, [NeedCategory.LonelinessAndIsolation], stems, null, limit), snapshot.Find([NeedCategory.LonelinessAndIsolation], stems, null, limit).Select(Number));
        }
    }

    /// <summary>The rules written out plainly: score every service, sort them all, take the first few.</summary>
    private static List<int> Expected(
        List<IndexedService> services, NeedCategory[] needs, IReadOnlyList<string> stems, (double Latitude, double Longitude)? from, int limit)
    {
        var box = from is { } o ? BoundingBox.Around(new GeoPoint(o.Latitude, o.Longitude), MatchingCandidates.NearbyMiles) : default;
        var scale = from is { } c ? Math.Pow(Math.Cos(c.Latitude * Math.PI / 180), 2) : 0;
        return [.. services
            .Select(s =>
            {
                var words = s.Service.SearchText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var relevance = (40 * s.NeedLinks.Count(needs.Contains)) + Math.Min(30, 10 * stems.Count(stem => words.Any(w => w.StartsWith(stem, StringComparison.Ordinal))));
                var near = from is { } origin
                    ? s.Places.Where(p => p.Latitude >= box.MinLatitude && p.Latitude <= box.MaxLatitude && p.Longitude >= box.MinLongitude && p.Longitude <= box.MaxLongitude)
                        .Select(p => ((p.Latitude - origin.Latitude) * (p.Latitude - origin.Latitude)) + ((p.Longitude - origin.Longitude) * (p.Longitude - origin.Longitude) * scale))
                        .DefaultIfEmpty(double.NaN).Min()
                    : double.NaN;
                var category = from is null || !double.IsNaN(near) ? 0 : !s.AtAnyLocation && s.Places.Count == 0 ? 1 : 2;
                return (s.Service.Id, Relevance: relevance, Category: category, Distance: double.IsNaN(near) ? 0 : near);
            })
            .Where(s => s.Relevance > 0)
            .OrderByDescending(s => s.Relevance).ThenBy(s => s.Category).ThenBy(s => s.Distance).ThenBy(s => s.Id)
            .Take(limit)
            .Select(s => Number(s.Id))];
    }

    private static IReadOnlyList<string> Stems(params string[] words) => GoalWords.From([string.Join(' ', words)]).Stems;

    private static int Number(MatchingService service) => Number(service.Id);

    private static int Number(Guid id) => int.Parse(id.ToString()[^12..], System.Globalization.CultureInfo.InvariantCulture);

    private static IndexedService Indexed(int number, string words, NeedCategory[] needs, params (double, double)[] places) =>
        Indexed(number, words, needs, places, atAnyLocation: false);

    private static IndexedService Indexed(int number, string words, NeedCategory[] needs, bool atAnyLocation) =>
        Indexed(number, words, needs, [], atAnyLocation);

    private static IndexedService Indexed(int number, string words, NeedCategory[] needs, (double, double)[] places, bool atAnyLocation) =>
        new(
            new MatchingService { Id = new Guid($"00000000-0000-0000-0000-{number:D12}"), Name = $"Service {number}", SearchText = words, Needs = needs },
            needs,
            places,
            atAnyLocation || places.Length > 0);
}
