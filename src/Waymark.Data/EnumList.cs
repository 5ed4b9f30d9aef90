using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Waymark.Data;

/// <summary>
/// Stores a short list of enum values in one text column as comma-separated names ("Asthma,Copd"), in order, so a
/// row reads plainly in either database and a renumbered enum cannot silently change meaning.
/// </summary>
internal static class EnumList
{
    public static ValueConverter<TList, string> Converter<TList, TEnum>()
        where TList : IEnumerable<TEnum>
        where TEnum : struct, Enum =>
        new(
            list => string.Join(',', list.Select(value => value.ToString())),
            text => (TList)(object)Parse<TEnum>(text));

    /// <summary>
    /// Compares lists by their values and snapshots a copy: the domain edits its list in place, so a snapshot
    /// sharing the instance would hide every change.
    /// </summary>
    public static ValueComparer<TList> Comparer<TList, TEnum>()
        where TList : IEnumerable<TEnum>
        where TEnum : struct, Enum =>
        new(
            (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
            list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
            list => (TList)(object)list.ToList());

    private static List<TEnum> Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.Parse<TEnum>(name, ignoreCase: false))
            .ToList();
}
