using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Access;
using Waymark.Domain.Common;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.ApiClients;

public sealed record ApiClientSummary(
    Guid Id, string Name, Guid OrganisationId, string OrganisationName, string PublicId, DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>Issues a key for a system acting for an organisation. The key is returned once and never again.</summary>
public sealed class IssueApiClient(AppDbContext db, TimeProvider clock)
{
    public async Task<(Guid Id, string Key)> ExecuteAsync(string? name, Guid? organisationId, Guid? issuedBy, CancellationToken cancellationToken = default)
    {
        var orgId = organisationId ?? throw new DomainException("Select the organisation the client acts for", "OrganisationId");
        if (!await db.Organisations.AnyAsync(o => o.Id == orgId && o.IsActive, cancellationToken))
        {
            throw new DomainException("Select an active organisation", "OrganisationId");
        }

        var (client, key) = ApiClient.Issue(name, orgId, issuedBy, clock.GetUtcNow());
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return (client.Id, key);
    }
}

/// <summary>Revokes a key at once: the next call with it is refused.</summary>
public sealed class RevokeApiClient(AppDbContext db, TimeProvider clock)
{
    public async Task ExecuteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var client = await db.ApiClients.FindAsync([id], cancellationToken) ?? throw new NotFoundException("API client", id);
        client.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class ApiClientQueries(AppDbContext db)
{
    public Task<List<ApiClientSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ApiClients.AsNoTracking()
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new { Client = c, Organisation = o })
            .OrderBy(x => x.Client.RevokedAt != null).ThenBy(x => x.Client.Name)
            .Select(x => new ApiClientSummary(
                x.Client.Id, x.Client.Name, x.Organisation.Id, x.Organisation.Name, x.Client.PublicId, x.Client.CreatedAt,
                x.Client.LastUsedAt, x.Client.RevokedAt))
            .ToListAsync(cancellationToken);
}
