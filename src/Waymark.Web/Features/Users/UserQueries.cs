using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Common;

// These queries run in the database: ToUpper() becomes SQL UPPER() there, so .NET culture analyzers do not apply.
#pragma warning disable CA1304, CA1311, CA1862

namespace Waymark.Web.Features.Users;

public sealed record UserSummary(
    Guid Id, string Email, string DisplayName, Guid OrganisationId, string OrganisationName, OrganisationKind OrganisationKind,
    Guid? TeamId, string? TeamName, IReadOnlyList<StaffRole> Roles, decimal? CaseloadCapacity, bool IsDisabled, bool IsLockedOut,
    DateTimeOffset? LastSignedInAt, IReadOnlyList<string>? Languages = null);

public enum UserSort
{
    Name,
    Email,
    Organisation,
    LastSignedIn,
}

public sealed record UserFilter(string? Search = null, StaffRole? Role = null, Guid? OrganisationId = null, bool IncludeDisabled = true);

/// <summary>Users for administrators: list with search, filter, sort and paging; or one by id.</summary>
public sealed class UserQueries(AppDbContext db)
{
    public async Task<Paged<UserSummary>> ListAsync(UserFilter filter, UserSort sort, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking();
        if (!filter.IncludeDisabled)
        {
            users = users.Where(u => !u.IsDisabled);
        }

        if (filter.OrganisationId is { } organisationId)
        {
            users = users.Where(u => u.OrganisationId == organisationId);
        }

        if (filter.Role is { } role)
        {
            var roleName = StaffRoles.Name(role).ToUpperInvariant();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == roleName)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToUpperInvariant();
            users = users.Where(u => u.DisplayName.ToUpper().Contains(term) || u.NormalizedEmail!.Contains(term));
        }

        var rows = users.Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new { User = u, Organisation = o });
        rows = sort switch
        {
            UserSort.Email => rows.OrderBy(r => r.User.NormalizedEmail),
            UserSort.Organisation => rows.OrderBy(r => r.Organisation.Name).ThenBy(r => r.User.DisplayName),
            // Never signed in goes last on every database (PostgreSQL sorts nulls first when descending, SQLite last).
            UserSort.LastSignedIn => rows.OrderBy(r => r.User.LastSignedInAt == null).ThenByDescending(r => r.User.LastSignedInAt).ThenBy(r => r.User.DisplayName),
            _ => rows.OrderBy(r => r.User.DisplayName),
        };

        var paged = await rows.Select(r => r.User.Id).ToPagedAsync(page, pageSize, cancellationToken);
        var details = await LoadAsync(paged.Items, cancellationToken);
        return new Paged<UserSummary>([.. paged.Items.Select(id => details[id])], paged.Page, paged.PageSize, paged.TotalCount);
    }

    public async Task<UserSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await LoadAsync([id], cancellationToken)).GetValueOrDefault(id);

    public async Task<UserSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalised = email.Trim().ToUpperInvariant();
        var id = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await FindAsync(id.Value, cancellationToken);
    }

    private async Task<Dictionary<Guid, UserSummary>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new { User = u, Organisation = o })
            .Select(r => new
            {
                r.User,
                r.Organisation,
                TeamName = db.Teams.Where(t => t.Id == r.User.TeamId).Select(t => t.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        // Identity judges lockouts by the system clock, not the app's TimeProvider (dotnet/aspnetcore#62796), so
        // the list does too, or it would disagree with what sign-in does.
        var now = TimeProvider.System.GetUtcNow();

        return rows.ToDictionary(r => r.User.Id, r => new UserSummary(
            r.User.Id, r.User.Email ?? string.Empty, r.User.DisplayName, r.Organisation.Id, r.Organisation.Name, r.Organisation.Kind,
            r.User.TeamId, r.TeamName,
            [.. roles.Where(x => x.UserId == r.User.Id).Select(x => StaffRoles.TryParse(x.Name, out var role) ? role : (StaffRole?)null)
                .OfType<StaffRole>().Order()],
            r.User.CaseloadCapacity, r.User.IsDisabled, r.User.LockoutEnd > now, r.User.LastSignedInAt, r.User.Languages));
    }
}
