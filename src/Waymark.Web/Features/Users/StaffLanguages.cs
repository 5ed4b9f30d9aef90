using System.Text.Json;
using Waymark.Domain.Common;

namespace Waymark.Web.Features.Users;

/// <summary>
/// The languages a member of staff speaks with people, so allocation can suggest them to someone who prefers that
/// language: trimmed, without repeats (ignoring case), at most <see cref="MaxCount"/> of at most
/// <see cref="MaxLength"/> characters each, and small enough to store.
/// </summary>
public static class StaffLanguages
{
    public const int MaxCount = 10;
    public const int MaxLength = 50;
    private const int MaxStoredLength = 500;

    public static IReadOnlyList<string> Clean(IEnumerable<string?>? languages)
    {
        var cleaned = (languages ?? [])
            .Select(l => l?.Trim())
            .Where(l => !string.IsNullOrEmpty(l))
            .Select(l => l!)
            .DistinctBy(l => l.ToUpperInvariant())
            .ToList();
        if (cleaned.Count > MaxCount)
        {
            throw new DomainException($"Enter up to {MaxCount} languages", "Languages");
        }

        if (cleaned.FirstOrDefault(l => l.Length > MaxLength) is { } tooLong)
        {
            throw new DomainException($"Each language must be {MaxLength} characters or fewer; \"{tooLong[..20]}...\" is too long", "Languages");
        }

        // Stored as a JSON list in one column; names with accents take more room there than they look.
        if (JsonSerializer.Serialize(cleaned).Length > MaxStoredLength)
        {
            throw new DomainException("The list of languages is too long; enter fewer or shorter names", "Languages");
        }

        return cleaned;
    }

    /// <summary>Reads "Polish, Urdu" as a list; commas separate languages.</summary>
    public static IReadOnlyList<string> Parse(string? text) => Clean((text ?? string.Empty).Split(','));
}
