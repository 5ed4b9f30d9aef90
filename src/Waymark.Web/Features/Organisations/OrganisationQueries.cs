using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Common;

// These queries run in the database: ToUpper() becomes SQL UPPER() there, so .NET culture analyzers do not apply.
#pragma warning disable CA1304, CA1311, CA1862

namespace Waymark.Web.Features.Organisations;

public sealed record OrganisationSummary(Guid Id, string Name, OrganisationKind Kind, string? OdsCode, bool IsActive);

public enum OrganisationSort
{
    Name,
    Kind,
    OdsCode,
}

/// <summary>Organisations are reference data: any member of staff or API client may list them.</summary>
public sealed class OrganisationQueries(AppDbContext db)
{
    public Task<Paged<OrganisationSummary>> ListAsync(
        string? search, OrganisationKind? kind, bool includeInactive, OrganisationSort sort, int? page, int? pageSize,
        CancellationToken cancellationToken = default)
    {
        var query = db.Organisations.AsNoTracking();
        if (!includeInactive)
        {
            query = query.Where(o => o.IsActive);
        }

        if (kind is not null)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(o => o.Name.ToUpper().Contains(term) || (o.OdsCode != null && o.OdsCode.Contains(term)));
        }

        query = sort switch
        {
            OrganisationSort.Kind => query.OrderBy(o => o.Kind).ThenBy(o => o.Name),
            OrganisationSort.OdsCode => query.OrderBy(o => o.OdsCode).ThenBy(o => o.Name),
            _ => query.OrderBy(o => o.Name),
        };

        return query.Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind, o.OdsCode, o.IsActive))
            .ToPagedAsync(page, pageSize, cancellationToken);
    }

    public Task<OrganisationSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind, o.OdsCode, o.IsActive))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Active organisations of one kind, by name, for pick lists.</summary>
    public Task<List<OrganisationSummary>> OptionsAsync(OrganisationKind kind, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().Where(o => o.Kind == kind && o.IsActive).OrderBy(o => o.Name)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind, o.OdsCode, o.IsActive))
            .ToListAsync(cancellationToken);
}
