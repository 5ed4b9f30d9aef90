using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Waymark.Data;

/// <summary>
/// Stores a short list of plain values (ids, postcode districts, a goal's steps) in one text column as a JSON array,
/// which reads the same in either database and keeps commas inside the person's words intact.
/// </summary>
internal static class JsonList
{
    public static ValueConverter<TList, string> Converter<TList, T>()
        where TList : IEnumerable<T> =>
        new(
            list => JsonSerializer.Serialize(list.ToList(), (JsonSerializerOptions?)null),
            text => (TList)(object)(JsonSerializer.Deserialize<List<T>>(text, (JsonSerializerOptions?)null) ?? new List<T>()));

    /// <summary>Compares by values and snapshots a copy, since the domain edits its lists in place.</summary>
    public static ValueComparer<TList> Comparer<TList, T>()
        where TList : IEnumerable<T> =>
        new(
            (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
            list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
            list => (TList)(object)list.ToList());
}
