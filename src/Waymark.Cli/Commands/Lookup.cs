using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Domain.Teams;

namespace Waymark.Cli.Commands;

/// <summary>Finds what a person names on the command line: by id, ODS code or exact name (any case).</summary>
internal static class Lookup
{
    public static async Task<Organisation> OrganisationAsync(AppDbContext db, string value, CancellationToken cancellationToken)
    {
        var text = value.Trim();
        // Organisations are reference data (hundreds, not millions), so matching in memory keeps names with
        // accents exact on SQLite, whose UPPER() only knows ASCII.
        var all = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        List<Organisation> matches = Guid.TryParse(text, out var id)
            ? [.. all.Where(o => o.Id == id)]
            : [.. all.Where(o => string.Equals(o.OdsCode, text, StringComparison.OrdinalIgnoreCase))];
        if (matches.Count == 0)
        {
            matches = [.. all.Where(o => string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase))];
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new CliException(
                $"No organisation has the id, ODS code or name \"{text}\". Check the spelling, or give the organisation's id or ODS code."),
            _ => throw new CliException(
                $"{matches.Count} organisations are called \"{text}\". Give the id of the one you mean: {string.Join(", ", matches.Select(o => o.Id))}."),
        };
    }

    public static async Task<Team> TeamAsync(AppDbContext db, Organisation organisation, string value, CancellationToken cancellationToken)
    {
        var text = value.Trim();
        var teams = await db.Teams.AsNoTracking().Where(t => t.ProviderId == organisation.Id).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var team = Guid.TryParse(text, out var id)
            ? teams.SingleOrDefault(t => t.Id == id)
            : teams.FirstOrDefault(t => t.Name == text) ?? teams.FirstOrDefault(t => string.Equals(t.Name, text, StringComparison.OrdinalIgnoreCase));
        return team ?? throw new CliException(teams.Count == 0
            ? $"{organisation.Name} has no teams, so \"{text}\" cannot be found. Add the team first."
            : $"{organisation.Name} has no team called \"{text}\". Its teams are: {string.Join(", ", teams.Select(t => t.Name))}.");
    }

    public static StaffRole Role(string value) => StaffRoles.TryParse(value, out var role)
        ? role
        : throw new CliException($"\"{value}\" is not a role. Use one of: {string.Join(", ", StaffRoles.All.Select(StaffRoles.Name))}.");
}
