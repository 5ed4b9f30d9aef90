using Waymark.Domain.Common;
using Waymark.Domain.Directory;

namespace Waymark.Domain.Organisations;

/// <summary>
/// An organisation that takes part in the service. GP practices carry an ODS code; other kinds may. Organisations
/// are deactivated, never deleted, because referrals and audit entries point at them.
/// </summary>
public sealed class Organisation : Entity
{
    public const int NameMaxLength = 200;
    public const int EarliestYearIncorporated = 1000;

    private readonly List<OrganisationIdentifier> _identifiers = [];

    private Organisation()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public OrganisationKind Kind { get; private init; }

    public string? OdsCode { get; private set; }

    public bool IsActive { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; private init; }

    // Directory details (ORUK organization): what the community services directory publishes about it.
    public string? Description { get; private set; }

    public string? Website { get; private set; }

    public string? Email { get; private set; }

    public string? Logo { get; private set; }

    public string? Uri { get; private set; }

    public string? LegalStatus { get; private set; }

    public int? YearIncorporated { get; private set; }

    /// <summary>ORUK <c>parent_organization_id</c>, kept as given: a feed may name a parent it does not include.</summary>
    public Guid? ParentOrganisationId { get; private set; }

    public IReadOnlyList<OrganisationIdentifier> Identifiers => _identifiers;

    /// <summary>
    /// A new organisation. <paramref name="id"/> keeps an outside identity, such as an ORUK organisation imported as a
    /// partner, so its services and the feed keep pointing at it.
    /// </summary>
    public static Organisation Create(string? name, OrganisationKind kind, string? odsCode, DateTimeOffset now, Guid? id = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Select the kind of organisation", nameof(Kind));
        }

        var organisation = new Organisation { Id = id is { } given && given != Guid.Empty ? given : Guid.CreateVersion7(), Kind = kind, CreatedAt = now };
        organisation.Update(name, odsCode);
        return organisation;
    }

    public void Update(string? name, string? odsCode)
    {
        Name = Text.Required(name, nameof(Name), "the organisation name", NameMaxLength);
        OdsCode = Kind == OrganisationKind.GpPractice || !string.IsNullOrWhiteSpace(odsCode)
            ? Organisations.OdsCode.Normalise(odsCode, nameof(OdsCode))
            : null;
    }

    public void UpdateDirectoryDetails(OrganisationDirectoryDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.YearIncorporated is { } year && (year < EarliestYearIncorporated || year > today.Year))
        {
            throw new DomainException($"Enter the year the organisation was incorporated, from {EarliestYearIncorporated} to {today.Year}", nameof(YearIncorporated));
        }

        if (details.ParentOrganisationId == Id)
        {
            throw new DomainException("An organisation cannot be its own parent", nameof(ParentOrganisationId));
        }

        var description = Text.Optional(details.Description, nameof(Description), "a description of the organisation", DirectoryText.DescriptionMaxLength);
        var website = DirectoryFormats.Url(details.Website, nameof(Website), "the organisation's website");
        var email = DirectoryFormats.Email(details.Email, nameof(Email));
        var logo = DirectoryFormats.Url(details.Logo, nameof(Logo), "the address of the logo");
        var uri = DirectoryFormats.Url(details.Uri, nameof(Uri), "the organisation's URI");
        var legalStatus = Text.Optional(details.LegalStatus, nameof(LegalStatus), "the legal status", 100);
        var identifiers = DirectoryText.WithIds(
            details.Identifiers, nameof(Identifiers), i => i.Id, (i, newId) => i with { Id = newId }, (i, field) => i.Validated(field));

        (Description, Website, Email, Logo, Uri, LegalStatus) = (description, website, email, logo, uri, legalStatus);
        (YearIncorporated, ParentOrganisationId) = (details.YearIncorporated, details.ParentOrganisationId == Guid.Empty ? null : details.ParentOrganisationId);
        _identifiers.Clear();
        _identifiers.AddRange(identifiers);
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
