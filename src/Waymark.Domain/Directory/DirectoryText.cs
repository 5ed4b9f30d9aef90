using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>Length limits and small guards shared by the directory's records.</summary>
public static class DirectoryText
{
    public const int NameMaxLength = 255;
    public const int ShortMaxLength = 255;
    public const int LongMaxLength = 4000;
    public const int DescriptionMaxLength = 10000;

    public static string? Brief(string? value, string field, string label) => Text.Optional(value, field, label, ShortMaxLength);

    public static string? Lengthy(string? value, string field, string label) => Text.Optional(value, field, label, LongMaxLength);

    /// <summary>
    /// Gives records without an id a new one and refuses two records with the same id in one list, so every child can
    /// be written back to ORUK under a stable id.
    /// </summary>
    public static List<T> WithIds<T>(IEnumerable<T>? items, string field, Func<T, Guid> id, Func<T, Guid, T> withId, Func<T, string, T> validate)
    {
        var result = new List<T>();
        var seen = new HashSet<Guid>();
        var index = 0;
        foreach (var item in items ?? [])
        {
            var itemField = $"{field}[{index}]";
            var valid = validate(item ?? throw new DomainException("Remove the empty entry", itemField), itemField);
            if (id(valid) == Guid.Empty)
            {
                valid = withId(valid, Guid.CreateVersion7());
            }

            if (!seen.Add(id(valid)))
            {
                throw new DomainException("Give each entry its own id – this id is used twice", itemField + ".Id");
            }

            result.Add(valid);
            index++;
        }

        return result;
    }
}
