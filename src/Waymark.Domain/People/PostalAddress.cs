using Waymark.Domain.Common;

namespace Waymark.Domain.People;

/// <summary>
/// Where letters reach the person. Every part is optional because people may have no fixed address or give only
/// a postcode; a postcode, when given, must be a real UK format.
/// </summary>
public sealed record PostalAddress
{
    public const int LineMaxLength = 100;

    public static readonly PostalAddress None = new();

    private PostalAddress()
    {
    }

    public string? Line1 { get; private init; }

    public string? Line2 { get; private init; }

    public string? Town { get; private init; }

    public string? Postcode { get; private init; }

    public static PostalAddress Create(string? line1, string? line2, string? town, string? postcode) => new()
    {
        Line1 = Text.Optional(line1, nameof(Line1), "address line 1", LineMaxLength),
        Line2 = Text.Optional(line2, nameof(Line2), "address line 2", LineMaxLength),
        Town = Text.Optional(town, nameof(Town), "the town or city", LineMaxLength),
        Postcode = People.Postcode.NormaliseOptional(postcode, nameof(Postcode)),
    };
}
