using System.Buffers;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.Referrals;

namespace Waymark.Web.Features.Matching;

/// <summary>
/// One service as the matching index holds it: the facts matching weighs (without a distance), the needs it is listed
/// under once per taxonomy link (a term linked twice, with two link types, counts twice, as the links' rows do), the
/// coordinates of its locations, and whether it is at any location at all (with coordinates or not).
/// </summary>
public sealed record IndexedService(
    MatchingService Service,
    IReadOnlyList<NeedCategory> NeedLinks,
    IReadOnlyList<(double Latitude, double Longitude)> Places,
    bool AtAnyLocation);

/// <summary>
/// The whole directory as matching needs it, in memory and never changed once built (<see cref="MatchingIndex"/>
/// replaces it whole): the services sorted by id (so a service's number is also the last tie-break), each need's
/// services, the distinct words of every listing sorted with the services that use each (a goal stem is a
/// binary-searched range of words), and the services' places. Choosing candidates (<see cref="Find"/>) reads
/// nothing from the database.
/// </summary>
public sealed partial class MatchingSnapshot
{
    private const int NeedPoints = 40;
    private const int GoalWordPoints = 10;
    private const int MaxGoalPoints = 30;

    private static readonly IComparer<Key> WorstFirst = Comparer<Key>.Create((a, b) => Better(b, a));

    private readonly MatchingService[] _services;
    private readonly Dictionary<NeedCategory, int[]> _needs;
    private readonly string[] _words;
    private readonly int[] _wordStarts;
    private readonly int[] _wordServices;
    private readonly int[] _placeStarts;
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly bool[] _atAnyLocation;

    private MatchingSnapshot(
        MatchingService[] services, Dictionary<NeedCategory, int[]> needs, string[] words, int[] wordStarts, int[] wordServices,
        int[] placeStarts, double[] latitudes, double[] longitudes, bool[] atAnyLocation)
    {
        (_services, _needs, _words, _wordStarts, _wordServices) = (services, needs, words, wordStarts, wordServices);
        (_placeStarts, _latitudes, _longitudes, _atAnyLocation) = (placeStarts, latitudes, longitudes, atAnyLocation);
    }

    /// <summary>How many services it holds.</summary>
    public int Count => _services.Length;

    /// <summary>How many distinct words the listings use.</summary>
    public int WordCount => _words.Length;

    /// <summary>
    /// Indexes the services. A listing's words are <see cref="SearchText.Words"/> of its <see cref="MatchingService.SearchText"/>,
    /// exactly the words a service keeps as rows for search.
    /// </summary>
    public static MatchingSnapshot Create(IEnumerable<IndexedService> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var sorted = services.ToArray();
        Array.Sort(sorted, (a, b) => a.Service.Id.CompareTo(b.Service.Id));

        var needs = new Dictionary<NeedCategory, List<int>>();
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordsOf = new List<int>[sorted.Length];
        var placeStarts = new int[sorted.Length + 1];
        var latitudes = new List<double>();
        var longitudes = new List<double>();
        var atAnyLocation = new bool[sorted.Length];
        var seen = new HashSet<int>();
        for (var i = 0; i < sorted.Length; i++)
        {
            var entry = sorted[i];
            foreach (var need in entry.NeedLinks)
            {
                (needs.TryGetValue(need, out var list) ? list : needs[need] = []).Add(i);
            }

            seen.Clear();
            var mine = new List<int>();
            foreach (var word in SearchText.Words(entry.Service.SearchText))
            {
                if (!wordIds.TryGetValue(word, out var id))
                {
                    id = wordIds.Count;
                    wordIds.Add(word, id);
                }

                if (seen.Add(id))
                {
                    mine.Add(id);
                }
            }

            wordsOf[i] = mine;
            placeStarts[i] = latitudes.Count;
            foreach (var (latitude, longitude) in entry.Places)
            {
                latitudes.Add(latitude);
                longitudes.Add(longitude);
            }

            atAnyLocation[i] = entry.AtAnyLocation || entry.Places.Count > 0;
        }

        placeStarts[sorted.Length] = latitudes.Count;

        // The words in code-point order (as the databases compare them), then each word's services in service order.
        var words = wordIds.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var rank = new int[words.Length];
        for (var r = 0; r < words.Length; r++)
        {
            rank[wordIds[words[r]]] = r;
        }

        var wordStarts = new int[words.Length + 1];
        foreach (var mine in wordsOf)
        {
            foreach (var id in mine)
            {
                wordStarts[rank[id] + 1]++;
            }
        }

        for (var r = 0; r < words.Length; r++)
        {
            wordStarts[r + 1] += wordStarts[r];
        }

        var wordServices = new int[wordStarts[^1]];
        var next = wordStarts[..^1];
        for (var i = 0; i < wordsOf.Length; i++)
        {
            foreach (var id in wordsOf[i])
            {
                wordServices[next[rank[id]]++] = i;
            }
        }

        return new MatchingSnapshot(
            [.. sorted.Select(s => s.Service with { DistanceKm = null })],
            needs.ToDictionary(n => n.Key, n => n.Value.ToArray()),
            words, wordStarts, wordServices, placeStarts, [.. latitudes], [.. longitudes], atAnyLocation);
    }
}
