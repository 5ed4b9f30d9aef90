using Waymark.Domain.Organisations;
using Waymark.Web.Features.Organisations;

namespace Waymark.Web.Pages.Admin.Organisations;

/// <summary>What the add and edit forms post. Property names match the use case's field names.</summary>
public sealed class OrganisationForm
{
    public const string OdsHint = "Required for GP practices, like A81001. Optional for other kinds.";

    public string? Name { get; set; }

    public OrganisationKind? Kind { get; set; }

    public string? OdsCode { get; set; }

    /// <summary>A checkbox: absent from the post when unticked, so it defaults to false.</summary>
    public bool IsActive { get; set; }

    public OrganisationInput ToInput() => new(Name, Kind, OdsCode);
}
