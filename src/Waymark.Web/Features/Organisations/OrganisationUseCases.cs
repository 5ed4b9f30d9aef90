using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Organisations;

public sealed record OrganisationInput(string? Name, OrganisationKind? Kind, string? OdsCode);

/// <summary>Adds an organisation. ODS codes are unique across all organisations.</summary>
public sealed class CreateOrganisation(AppDbContext db, TimeProvider clock)
{
    public async Task<Organisation> ExecuteAsync(OrganisationInput input, CancellationToken cancellationToken = default)
    {
        var kind = input.Kind ?? throw new DomainException("Select the kind of organisation", nameof(input.Kind));
        var organisation = Organisation.Create(input.Name, kind, input.OdsCode, clock.GetUtcNow());
        await OdsCodeRule.EnsureUniqueAsync(db, organisation.OdsCode, organisation.Id, cancellationToken);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }
}

/// <summary>Renames an organisation, changes its ODS code, or (de)activates it. Its kind never changes.</summary>
public sealed class UpdateOrganisation(AppDbContext db)
{
    public async Task<Organisation> ExecuteAsync(Guid id, OrganisationInput input, bool isActive, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.FindAsync([id], cancellationToken) ?? throw new NotFoundException("organisation", id);
        if (input.Kind is { } kind && kind != organisation.Kind)
        {
            throw new DomainException("The kind of an organisation cannot be changed; add a new organisation instead", nameof(input.Kind));
        }

        organisation.Update(input.Name, input.OdsCode);
        await OdsCodeRule.EnsureUniqueAsync(db, organisation.OdsCode, organisation.Id, cancellationToken);
        if (isActive)
        {
            organisation.Reactivate();
        }
        else
        {
            organisation.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }
}

internal static class OdsCodeRule
{
    public static async Task EnsureUniqueAsync(AppDbContext db, string? odsCode, Guid self, CancellationToken cancellationToken)
    {
        if (odsCode is not null && await db.Organisations.AnyAsync(o => o.OdsCode == odsCode && o.Id != self, cancellationToken))
        {
            throw new DomainException($"Another organisation already has the ODS code {odsCode}", nameof(Organisation.OdsCode));
        }
    }
}
