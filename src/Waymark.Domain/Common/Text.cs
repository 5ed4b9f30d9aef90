namespace Waymark.Domain.Common;

/// <summary>Small guards for text inputs so every aggregate trims and bounds its strings the same way.</summary>
public static class Text
{
    public static string Required(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"Enter {label}", field);
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"{Capitalise(label)} must be {maxLength} characters or fewer", field);
    }

    public static string? Optional(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"{Capitalise(label)} must be {maxLength} characters or fewer", field);
    }

    private static string Capitalise(string label)
    {
        var withoutArticle = label.StartsWith("a ", StringComparison.Ordinal) ? label[2..]
            : label.StartsWith("an ", StringComparison.Ordinal) ? label[3..]
            : label.StartsWith("the ", StringComparison.Ordinal) ? label[4..]
            : label;
        return char.ToUpperInvariant(withoutArticle[0]) + withoutArticle[1..];
    }
}
