using System.Globalization;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Users;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Admin;

/// <summary>How the admin pages word things: kinds, roles, dates and status tags.</summary>
public static class AdminDisplay
{
    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Provider => "Provider",
        OrganisationKind.GpPractice => "GP practice",
        OrganisationKind.Partner => "Partner organisation",
        OrganisationKind.Commissioner => "Commissioner",
        _ => kind.ToString(),
    };

    public static IReadOnlyList<Option> KindOptions { get; } =
        [.. Enum.GetValues<OrganisationKind>().Select(k => new Option(k.ToString(), Kind(k)))];

    public static IReadOnlyList<Option> RoleOptions { get; } =
        [.. StaffRoles.All.Select(r => new Option(r.ToString(), StaffRoles.DisplayName(r), RoleHint(r)))];

    public static string Roles(IEnumerable<StaffRole> roles) => string.Join(", ", roles.Select(StaffRoles.DisplayName));

    /// <summary>Which organisation a role needs, as a hint beside its checkbox.</summary>
    public static string RoleHint(StaffRole role) => StaffRoles.RequiredOrganisationKind(role) switch
    {
        null => "At any organisation",
        { } kind => $"At a {StaffRoles.KindName(kind)}{(StaffRoles.NeedsTeam(role) ? ", in a team" : string.Empty)}",
    };

    /// <summary>A caseload capacity without trailing zeros: 30, 12.5.</summary>
    public static string Capacity(decimal? capacity) => capacity?.ToString("0.##", CultureInfo.InvariantCulture) ?? "Not set";

    /// <summary>A date and time in UK time, like "2 November 2026 at 9:30am"; "Never" when there is none.</summary>
    public static string When(DateTimeOffset? at)
    {
        if (at is null)
        {
            return "Never";
        }

        var local = TimeZoneInfo.ConvertTime(at.Value, UkTime.Zone);
        var suffix = local.Hour < 12 ? "am" : "pm";
        return string.Create(CultureInfo.InvariantCulture, $"{local:d MMMM yyyy} at {local:h:mm}{suffix}");
    }

    /// <summary>A date in UK time for tables, like "2 Nov 2026"; "Never" when there is none.</summary>
    public static string Day(DateTimeOffset? at) =>
        at is null ? "Never" : TimeZoneInfo.ConvertTime(at.Value, UkTime.Zone).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static StatusTag Active(bool isActive) => isActive ? new("Active", "blue") : new("Inactive", "grey");

    public static StatusTag UserStatus(UserSummary user) =>
        user.IsDisabled ? new("Disabled", "grey") : user.IsLockedOut ? new("Locked", "orange") : new("Active", "blue");

    /// <summary>Options for picking an organisation, labelled with their kind: "Hilltop Surgery (GP practice)".</summary>
    public static async Task<IReadOnlyList<Option>> OrganisationOptionsAsync(OrganisationQueries queries, CancellationToken cancellationToken)
    {
        var options = new List<Option>();
        foreach (var kind in Enum.GetValues<OrganisationKind>())
        {
            var organisations = await queries.OptionsAsync(kind, cancellationToken);
            options.AddRange(organisations.Select(o => new Option(o.Id.ToString(), $"{o.Name} ({Kind(kind)})")));
        }

        return options;
    }

}

/// <summary>A status shown as an NHS.UK tag: always text, the colour only adds to it.</summary>
public sealed record StatusTag(string Text, string Colour)
{
    public string CssClass => $"nhsuk-tag nhsuk-tag--{Colour}";
}
