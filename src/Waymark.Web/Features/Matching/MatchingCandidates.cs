using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;

namespace Waymark.Web.Features.Matching;

/// <summary>
/// Chooses from the directory the services that could be relevant to a person — listed under one of their needs, or
/// whose words contain a stem of one of their goal words — as <see cref="MatchingService"/> facts, with the distance
/// from the person's postcode to each service's nearest location.
/// <para>
/// At most <see cref="MaxCandidates"/> are chosen, from the in-memory <see cref="MatchingIndex"/> (so no directory rows
/// are read per suggestion): most relevant first (the points <see cref="ServiceMatcher"/> gives for needs met and goal
/// words mentioned), then, among equally relevant services, those with a place within <see cref="NearbyMiles"/> of
/// the person (nearest first), then those with no place at all (phone lines, online services), then the rest, then
/// by id. Two common needs can match half a large directory; weighing thousands of listings to show the best few was
/// the cost of suggesting.
/// </para>
/// </summary>
public sealed class MatchingCandidates(AppDbContext db, MatchingIndex index)
{
    /// <summary>How many relevant services matching weighs for one person: enough for every good suggestion, and few enough to weigh quickly.</summary>
    public const int MaxCandidates = 300;

    /// <summary>Within this, a service's place counts as near the person when choosing candidates (<see cref="ServiceMatcher.TravelLimitKm"/>).</summary>
    public const double NearbyMiles = ServiceMatcher.TravelLimitKm / GeoDistance.KilometresPerMile;

    public Task<IReadOnlyList<MatchingService>> FindAsync(
        MatchingPerson person, (double Latitude, double Longitude)? from, CancellationToken cancellationToken = default) =>
        FindAsync(person, from, MaxCandidates, cancellationToken);

    /// <summary>At most <paramref name="limit"/> candidates, in the order they were chosen (best candidates first).</summary>
    public async Task<IReadOnlyList<MatchingService>> FindAsync(
        MatchingPerson person, (double Latitude, double Longitude)? from, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var needs = person.Needs.Where(NeedTaxonomy.Needs.Contains).Distinct().ToList();
        var stems = GoalWords.From(person.Goals).Stems;
        if (needs.Count == 0 && stems.Count == 0)
        {
            return [];
        }

        var snapshot = await index.CurrentAsync(db, cancellationToken);
        return snapshot.Find(needs, stems, from, limit);
    }
}
