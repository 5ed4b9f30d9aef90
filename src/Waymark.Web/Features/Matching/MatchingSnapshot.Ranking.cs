using System.Buffers;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Features.Matching;

/// <summary>Choosing candidates from the snapshot: relevance, then nearness, bounded to the best few.</summary>
public sealed partial class MatchingSnapshot
{
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
