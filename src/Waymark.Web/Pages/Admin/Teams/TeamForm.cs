using Waymark.Domain.Organisations;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin.Teams;

/// <summary>What the add and edit forms post. Property names match the use case's field names.</summary>
public sealed class TeamForm
{
    public string? Name { get; set; }

    public Guid? ProviderId { get; set; }

    public List<Guid> PracticeIds { get; set; } = [];

    /// <summary>A checkbox: absent from the post when unticked, so it defaults to false.</summary>
    public bool IsActive { get; set; }

    public TeamInput ToInput() => new(Name, ProviderId, PracticeIds);

    public CheckboxesField PracticesField(IReadOnlyList<Option> practices) =>
        new("Input.PracticeIds", "GP practices covered", [.. PracticeIds.Select(id => id.ToString())], practices)
        {
            Hint = "Referrals from these practices come to this team. Select all that apply.",
        };

    /// <summary>Active GP practices, plus any inactive ones the team already covers (so saving keeps them).</summary>
    public static async Task<IReadOnlyList<Option>> PracticeOptionsAsync(
        OrganisationQueries organisations, IEnumerable<TeamPracticeView> covered, CancellationToken cancellationToken)
    {
        var active = await organisations.OptionsAsync(OrganisationKind.GpPractice, cancellationToken);
        return [.. active.Select(p => (p.Id, p.Name, p.OdsCode))
            .UnionBy(covered.Select(p => (p.Id, p.Name, p.OdsCode)), p => p.Id)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => new Option(p.Id.ToString(), p.Name, p.OdsCode))];
    }
}
