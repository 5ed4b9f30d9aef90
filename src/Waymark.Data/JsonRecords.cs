using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Waymark.Data;

/// <summary>
/// Stores a small list of records (a listing's phones, schedules, cost options...) in one text column as a JSON
/// array. The same text works on SQLite and PostgreSQL, a whole listing reads from one row, and nothing in the list
/// is ever filtered on by the database (what is filtered on has columns or tables of its own). Empty values are
/// left out to keep rows small. A plain converter rather than EF's JSON mapping, because the records are immutable
/// values the domain replaces whole, and the same record types nest (a contact's phones, a phone's languages).
/// </summary>
internal static class JsonRecords
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Maps a read-only list property backed by a <c>_camelCase</c> list field to a JSON text column.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> AsJsonColumn<T>(this PropertyBuilder<IReadOnlyList<T>> property, string field) =>
        property
            .HasField(field)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(Converter<T>(), Comparer<T>())
            .IsRequired();

    public static ValueConverter<IReadOnlyList<T>, string> Converter<T>() =>
        new(
            list => JsonSerializer.Serialize(list, Options),
            text => JsonSerializer.Deserialize<List<T>>(text, Options) ?? new List<T>());

    /// <summary>Compares by values and snapshots a copy, since the domain edits its lists in place.</summary>
    public static ValueComparer<IReadOnlyList<T>> Comparer<T>() =>
        new(
            (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
            list => list.Aggregate(0, (hash, value) => HashCode.Combine(hash, value)),
            list => list.ToList());
}
