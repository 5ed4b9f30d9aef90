using Waymark.Domain.Common;

namespace Waymark.Domain.Organisations;

/// <summary>
/// ORUK <c>organization_identifier</c>: an organisation's number in an outside register, like a charity or company
/// number (scheme from org-id.guide, such as GB-CHC or GB-COH).
/// </summary>
public sealed record OrganisationIdentifier
{
    public Guid Id { get; init; }

    public string? IdentifierScheme { get; init; }

    public string IdentifierType { get; init; } = string.Empty;

    public string Identifier { get; init; } = string.Empty;

    public OrganisationIdentifier Validated(string field) => this with
    {
        Id = Id == Guid.Empty ? Guid.CreateVersion7() : Id,
        IdentifierScheme = Text.Optional(IdentifierScheme, field + ".IdentifierScheme", "the identifier scheme", 50),
        IdentifierType = Text.Required(IdentifierType, field + ".IdentifierType", "the kind of identifier, like Charity number", 100),
        Identifier = Text.Required(Identifier, field + ".Identifier", "the identifier", 100),
    };
}
