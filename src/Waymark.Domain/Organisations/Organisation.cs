using Waymark.Domain.Common;

namespace Waymark.Domain.Organisations;

/// <summary>
/// An organisation that takes part in the service. GP practices carry an ODS code; other kinds may. Organisations
/// are deactivated, never deleted, because referrals and audit entries point at them.
/// </summary>
public sealed class Organisation : Entity
{
    public const int NameMaxLength = 200;

    private Organisation()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public OrganisationKind Kind { get; private init; }

    public string? OdsCode { get; private set; }

    public bool IsActive { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; private init; }

    public static Organisation Create(string? name, OrganisationKind kind, string? odsCode, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Select the kind of organisation", nameof(Kind));
        }

        var organisation = new Organisation { Kind = kind, CreatedAt = now };
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

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
