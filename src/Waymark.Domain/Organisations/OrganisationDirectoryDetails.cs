namespace Waymark.Domain.Organisations;

/// <summary>
/// What the community services directory publishes about an organisation (ORUK <c>organization</c>, with HSDS's
/// legal status and year of incorporation). All optional: most organisations in Waymark are never listed.
/// </summary>
public sealed record OrganisationDirectoryDetails(
    string? Description = null,
    string? Website = null,
    string? Email = null,
    string? Logo = null,
    string? Uri = null,
    string? LegalStatus = null,
    int? YearIncorporated = null,
    Guid? ParentOrganisationId = null,
    IReadOnlyList<OrganisationIdentifier>? Identifiers = null)
{
    public static readonly OrganisationDirectoryDetails None = new();
}
