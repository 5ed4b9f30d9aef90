using System.Buffers;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.ServicesDirectory;

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
public sealed class MatchingSnapshot
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
    /// Indexes the services. A listing's words are the distinct words of its <see cref="MatchingService.SearchText"/>
    /// cut to <see cref="SearchText.MaxWordLength"/>, exactly the words a service keeps as rows for search.
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
            foreach (var word in entry.Service.SearchText.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var cut = word.Length > SearchText.MaxWordLength ? word[..SearchText.MaxWordLength] : word;
                if (!wordIds.TryGetValue(cut, out var id))
                {
                    id = wordIds.Count;
                    wordIds.Add(cut, id);
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

    /// <summary>
    /// At most <paramref name="limit"/> of the services relevant to the needs or goal stems, best candidates first:
    /// most relevant (40 points a need met, counted per taxonomy link, and 10 a goal stem that begins one of the
    /// service's words, at most 30), then, with the person's place, those with a place within
    /// <see cref="MatchingCandidates.NearbyMiles"/> (a bounding box; nearest first by squared degrees with longitude
    /// scaled by the cosine of the latitude, squared), then those at no location at all, then the rest; then by id.
    /// Each has <see cref="MatchingService.DistanceKm"/> to its nearest location with usable coordinates.
    /// </summary>
    public IReadOnlyList<MatchingService> Find(
        IReadOnlyCollection<NeedCategory> needs, IReadOnlyList<string> stems, (double Latitude, double Longitude)? from, int limit)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(stems);
        if (limit <= 0 || _services.Length == 0)
        {
            return [];
        }

        var n = _services.Length;
        var needPoints = ArrayPool<int>.Shared.Rent(n);
        var goalPoints = ArrayPool<int>.Shared.Rent(n);
        var lastStem = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(needPoints, 0, n);
            Array.Clear(goalPoints, 0, n);
            Array.Clear(lastStem, 0, n);
            var touched = new List<int>();
            foreach (var need in needs.Distinct())
            {
                if (!_needs.TryGetValue(need, out var listed))
                {
                    continue;
                }

                foreach (var i in listed)
                {
                    if (needPoints[i] == 0 && goalPoints[i] == 0)
                    {
                        touched.Add(i);
                    }

                    needPoints[i] += NeedPoints;
                }
            }

            for (var s = 0; s < stems.Count; s++)
            {
                var (first, before) = WordRange(stems[s]);
                for (var w = first; w < before; w++)
                {
                    for (var p = _wordStarts[w]; p < _wordStarts[w + 1]; p++)
                    {
                        var i = _wordServices[p];
                        if (lastStem[i] == s + 1)
                        {
                            continue;
                        }

                        if (needPoints[i] == 0 && goalPoints[i] == 0)
                        {
                            touched.Add(i);
                        }

                        lastStem[i] = s + 1;
                        goalPoints[i] += GoalWordPoints;
                    }
                }
            }

            return Choose(touched, needPoints, goalPoints, from, limit);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(needPoints);
            ArrayPool<int>.Shared.Return(goalPoints);
            ArrayPool<int>.Shared.Return(lastStem);
        }
    }

    private List<MatchingService> Choose(List<int> touched, int[] needPoints, int[] goalPoints, (double Latitude, double Longitude)? from, int limit)
    {
        // The lowest relevance that can make the cut, from a count of services at each relevance: services below it
        // are never placed, so their distances are never worked out.
        var relevance = new int[touched.Count];
        var highest = 0;
        for (var t = 0; t < touched.Count; t++)
        {
            var i = touched[t];
            relevance[t] = needPoints[i] + Math.Min(goalPoints[i], MaxGoalPoints);
            highest = Math.Max(highest, relevance[t]);
        }

        var cutoff = 0;
        if (touched.Count > limit)
        {
            var counts = new int[highest + 1];
            foreach (var r in relevance)
            {
                counts[r]++;
            }

            var above = 0;
            for (cutoff = highest; cutoff > 0 && above + counts[cutoff] < limit; cutoff--)
            {
                above += counts[cutoff];
            }
        }

        var near = from is { } origin ? Near.Around(origin) : (Near?)null;
        var best = new PriorityQueue<int, Key>(Math.Min(limit, touched.Count) + 1, WorstFirst);
        for (var t = 0; t < touched.Count; t++)
        {
            if (relevance[t] < cutoff)
            {
                continue;
            }

            var i = touched[t];
            var key = near is { } box ? Place(i, relevance[t], box) : new Key(relevance[t], 0, 0, i);
            if (best.Count < limit)
            {
                best.Enqueue(i, key);
            }
            else if (best.TryPeek(out _, out var worst) && Better(key, worst) < 0)
            {
                best.DequeueEnqueue(i, key);
            }
        }

        var chosen = new MatchingService[best.Count];
        for (var c = chosen.Length - 1; c >= 0; c--)
        {
            var i = best.Dequeue();
            chosen[c] = from is { } place ? _services[i] with { DistanceKm = NearestKm(i, place) } : _services[i];
        }

        return [.. chosen];
    }

    /// <summary>The service's tie-break: near (0) with its squared-degree distance, at no location (1), or elsewhere (2).</summary>
    private Key Place(int i, int relevance, Near near)
    {
        var closest = double.PositiveInfinity;
        for (var p = _placeStarts[i]; p < _placeStarts[i + 1]; p++)
        {
            var (latitude, longitude) = (_latitudes[p], _longitudes[p]);
            if (latitude >= near.Box.MinLatitude && latitude <= near.Box.MaxLatitude && longitude >= near.Box.MinLongitude && longitude <= near.Box.MaxLongitude)
            {
                var dLat = latitude - near.Latitude;
                var dLon = longitude - near.Longitude;
                closest = Math.Min(closest, (dLat * dLat) + (dLon * dLon * near.Scale));
            }
        }

        return !double.IsPositiveInfinity(closest) ? new Key(relevance, 0, closest, i)
            : !_atAnyLocation[i] ? new Key(relevance, 1, 0, i)
            : new Key(relevance, 2, 0, i);
    }

    private double? NearestKm(int i, (double Latitude, double Longitude) from)
    {
        double? nearest = null;
        for (var p = _placeStarts[i]; p < _placeStarts[i + 1]; p++)
        {
            var (latitude, longitude) = (_latitudes[p], _longitudes[p]);
            if (latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180)
            {
                var km = GeoDistance.Kilometres(from.Latitude, from.Longitude, latitude, longitude);
                nearest = nearest is { } closest ? Math.Min(closest, km) : km;
            }
        }

        return nearest;
    }

    /// <summary>The words that begin with the stem: [first, before) in the sorted words.</summary>
    private (int First, int Before) WordRange(string stem)
    {
        var (from, before) = SearchText.PrefixRange(stem);
        return (LowerBound(from), LowerBound(before));
    }

    private int LowerBound(string value)
    {
        var (low, high) = (0, _words.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(_words[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Negative when <paramref name="a"/> is the better candidate.</summary>
    private static int Better(Key a, Key b)
    {
        var order = b.Relevance.CompareTo(a.Relevance);
        if (order == 0)
        {
            order = a.Category.CompareTo(b.Category);
        }

        if (order == 0)
        {
            order = a.Distance.CompareTo(b.Distance);
        }

        return order != 0 ? order : a.Index.CompareTo(b.Index);
    }

    private readonly record struct Key(int Relevance, int Category, double Distance, int Index);

    private readonly record struct Near(BoundingBox Box, double Latitude, double Longitude, double Scale)
    {
        public static Near Around((double Latitude, double Longitude) origin) => new(
            BoundingBox.Around(new GeoPoint(origin.Latitude, origin.Longitude), MatchingCandidates.NearbyMiles),
            origin.Latitude,
            origin.Longitude,
            Math.Pow(Math.Cos(origin.Latitude * Math.PI / 180), 2));
    }
}
