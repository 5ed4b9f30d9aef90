using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.Common;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>A whole listing to show: the service, where it runs, the terms it is listed under and who last checked it.</summary>
public sealed record ServiceListing(
    Service Service, IReadOnlyList<ListingLocation> Locations, IReadOnlyList<ListingTerm> Terms, string? VerifiedByName);

public sealed record ListingLocation(Location Location, ServiceAtLocation At);

public sealed record ListingTerm(Guid Id, string Name, string? TaxonomyName);

public sealed record TermOption(Guid Id, string Name, string? TaxonomyName);

public sealed record StaleListing(Guid Id, string Name, string OrganisationName, DateOnly? LastVerifiedOn, DateOnly VerificationDueOn, OperatingStatus Status);

/// <summary>Reads for the directory pages: one listing, pick lists, and the stale listings queue.</summary>
public sealed class DirectoryQueries(AppDbContext db, DirectoryAccess access)
{
    public async Task<ServiceListing> ListingAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var service = await db.Services.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException("service", id);
        var locations = await (
            from at in db.ServiceAtLocations.AsNoTracking()
            join l in db.Locations.AsNoTracking() on at.LocationId equals l.Id
            where at.ServiceId == id
            orderby l.Name, l.Id
            select new ListingLocation(l, at)).ToListAsync(cancellationToken);
        var termIds = service.Attributes.Select(a => a.TaxonomyTermId).Distinct().ToList();
        var terms = await db.TaxonomyTerms.AsNoTracking().Where(t => termIds.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new ListingTerm(t.Id, t.Name, t.TaxonomyName)).ToListAsync(cancellationToken);
        var verifiedBy = service.LastVerifiedBy is { } by
            ? await db.Users.AsNoTracking().Where(u => u.Id == by).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ServiceListing(service, locations, terms, verifiedBy);
    }

    /// <summary>Taxonomy terms services are listed under, other than Waymark's needs (those have their own filter).</summary>
    public Task<List<TermOption>> OtherTermsAsync(CancellationToken cancellationToken = default) =>
        db.TaxonomyTerms.AsNoTracking().Where(t => t.TaxonomyId == null || t.TaxonomyId != NeedTaxonomy.Id)
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Select(t => new TermOption(t.Id, t.Name, t.TaxonomyName)).ToListAsync(cancellationToken);

    /// <summary>The language codes services in the directory are delivered in.</summary>
    public Task<List<string>> LanguageCodesAsync(CancellationToken cancellationToken = default) =>
        db.Services.AsNoTracking().SelectMany(s => s.Languages).Where(l => l.Code != null).Select(l => l.Code!).Distinct().ToListAsync(cancellationToken);

    /// <summary>Organisations that can run services: partners and providers, active, by name.</summary>
    public Task<List<OrganisationChoice>> OrganisationsAsync(CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking()
            .Where(o => o.IsActive && (o.Kind == OrganisationKind.Partner || o.Kind == OrganisationKind.Provider))
            .OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(cancellationToken);

    public Task<string?> OrganisationNameAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Listings due a check (due on or before today) that the caller maintains, the longest overdue first.</summary>
    public Task<Paged<StaleListing>> StaleAsync(System.Security.Claims.ClaimsPrincipal user, DateOnly today, int? page, CancellationToken cancellationToken = default) =>
        access.Maintainable(user).AsNoTracking().Where(s => s.VerificationDueOn <= today)
            .OrderBy(s => s.VerificationDueOn).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new StaleListing(s.Id, s.Name, s.OrganisationName, s.LastVerifiedOn, s.VerificationDueOn, s.OperatingStatus))
            .ToPagedAsync(page, null, cancellationToken);
}

public sealed record OrganisationChoice(Guid Id, string Name);
