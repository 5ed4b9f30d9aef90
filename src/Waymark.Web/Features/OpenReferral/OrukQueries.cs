using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Interceptors;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Features.OpenReferral;

/// <summary>
/// What /services and /service_at_locations may be filtered by (the ORUK parameters, and Waymark's <c>age</c>: services
/// whose age range takes a person of that age).
/// </summary>
public sealed record ServiceFilter(
    string? Search = null,
    Guid? TaxonomyTermId = null,
    Guid? TaxonomyId = null,
    Guid? OrganisationId = null,
    DateTimeOffset? ModifiedAfter = null,
    int? Age = null);

/// <summary>A point and how far from it (metres) to look; no distance means "everything, nearest first".</summary>
public sealed record Nearby(double Latitude, double Longitude, double? WithinMetres);

/// <summary>
/// The reads behind the public Open Referral UK API and the exporter. Directory data only: services, their
/// organisations, locations and taxonomy terms. Lists count, then read one page of ids in a stable order on an
/// indexed key (name, then id), then project just the fields ORUK lists carry for those ids, so a page costs the same
/// wherever it is and never loads whole listings.
/// </summary>
public sealed class OrukQueries(AppDbContext db)
{
    /// <summary>
    /// One page of services, ordered by name then id, as ORUK list items (written by <see cref="OrukWriter.ServiceSummary"/>),
    /// and how many match in all.
    /// </summary>
    public async Task<(IReadOnlyList<ServiceRow> Page, int Total)> ServicesAsync(ServiceFilter filter, int page, int perPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Services(filter);
        var total = await CountAsync(filter, query, cancellationToken);
        var skip = (page - 1L) * perPage;
        if (skip >= total)
        {
            return ([], total);
        }

        // The page's ids (an index walk in list order) are a subquery of the one query that reads their rows.
        var ids = query.OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => s.Id).Skip((int)skip).Take(perPage);
        return (await ServiceRows(db.Services.AsNoTracking().Where(s => ids.Contains(s.Id))).ToListAsync(cancellationToken), total);
    }

    /// <summary>Every service's id in the order the lists use (for the exporter, which reads them in batches).</summary>
    public Task<List<Guid>> AllServiceIdsAsync(CancellationToken cancellationToken) =>
        db.Services.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Whole services with everything ORUK nests in them, in the order of <paramref name="ids"/>; unknown ids are skipped.
    /// Three reads whatever the number: the services with their organisations and owned lists, their taxonomy terms,
    /// and their locations. One service (the API's /services/{id}) is read in one query; a batch (the exporter) splits
    /// the owned lists into their own queries so rows are not multiplied. The services' search words (derived from
    /// their text, not part of ORUK) are not read.
    /// </summary>
    public async Task<IReadOnlyList<FullService>> FullServicesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var read =
            from s in db.Services.AsNoTracking().IgnoreAutoIncludes().Where(s => EF.Parameter(ids).Contains(s.Id))
            join o in db.Organisations.AsNoTracking() on s.OrganisationId equals o.Id
            select new { Service = s, Organisation = o };
        var services = await (ids.Count > 1 ? read.AsSplitQuery() : read.AsSingleQuery()).ToDictionaryAsync(x => x.Service.Id, cancellationToken);
        var termIds = services.Values.SelectMany(x => x.Service.Attributes.Select(a => a.TaxonomyTermId)).Distinct().ToList();
        var terms = termIds.Count == 0 ? [] : await db.TaxonomyTerms.AsNoTracking().Where(t => EF.Parameter(termIds).Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var serviceIds = services.Keys.ToList();
        var atLocations = await (
            from a in db.ServiceAtLocations.AsNoTracking().Where(a => EF.Parameter(serviceIds).Contains(a.ServiceId))
            join l in db.Locations.AsNoTracking() on a.LocationId equals l.Id
            orderby a.Id
            select new { At = a, Location = l }).ToListAsync(cancellationToken);
        var atByService = atLocations.ToLookup(x => x.At.ServiceId, x => (x.At, x.Location));

        return [.. ids.Where(services.ContainsKey).Select(id => services[id]).Select(x => new FullService(
            x.Service, x.Organisation, terms, [.. atByService[x.Service.Id]]))];
    }

    public async Task<JsonObject?> ServiceAsync(Guid id, CancellationToken cancellationToken) =>
        (await FullServicesAsync([id], cancellationToken)) is [var service] ? OrukJson.Service(service) : null;

    public async Task<JsonObject> TaxonomiesAsync(int page, int perPage, CancellationToken cancellationToken)
    {
        var query = db.Taxonomies.AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var taxonomies = await Skip(query.OrderBy(t => t.Name).ThenBy(t => t.Id), page, perPage, total, cancellationToken);
        return OrukJson.Page(taxonomies.Select(t => OrukJson.Taxonomy(t)), page, perPage, total);
    }

    /// <summary>A taxonomy with its terms.</summary>
    public async Task<JsonObject?> TaxonomyAsync(Guid id, CancellationToken cancellationToken)
    {
        var taxonomy = await db.Taxonomies.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (taxonomy is null)
        {
            return null;
        }

        var terms = await db.TaxonomyTerms.AsNoTracking().Where(t => t.TaxonomyId == id).OrderBy(t => t.Name).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return OrukJson.Taxonomy(taxonomy, terms);
    }

    /// <summary>Terms, by name then id; <paramref name="topOnly"/> keeps terms without a parent.</summary>
    public async Task<JsonObject> TaxonomyTermsAsync(
        string? search, Guid? taxonomyId, Guid? parentId, bool topOnly, int page, int perPage, CancellationToken cancellationToken)
    {
        var query = db.TaxonomyTerms.AsNoTracking();
        if (Words(search) is { } words)
        {
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() here is SQL lower(), the same on SQLite and PostgreSQL
            query = query.Where(t => t.Name.ToLower().Contains(words) || (t.Code != null && t.Code.ToLower().Contains(words)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (taxonomyId is { } taxonomy)
        {
            query = query.Where(t => t.TaxonomyId == taxonomy);
        }

        if (parentId is { } parent)
        {
            query = query.Where(t => t.ParentId == parent);
        }

        if (topOnly)
        {
            query = query.Where(t => t.ParentId == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var terms = await Skip(query.OrderBy(t => t.Name).ThenBy(t => t.Id), page, perPage, total, cancellationToken);
        return OrukJson.Page(terms.Select(OrukJson.TaxonomyTerm), page, perPage, total);
    }

    public async Task<JsonObject?> TaxonomyTermAsync(Guid id, CancellationToken cancellationToken) =>
        await db.TaxonomyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is { } term ? OrukJson.TaxonomyTerm(term) : null;

    /// <summary>
    /// The organisations the directory publishes: those with services, and partners with directory details. Never GP
    /// practices (the directory is not about them) and nothing about anyone working in any organisation.
    /// </summary>
    public async Task<JsonObject> OrganisationsAsync(string? search, int page, int perPage, CancellationToken cancellationToken)
    {
        var query = Published();
        if (Words(search) is { } words)
        {
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() here is SQL lower(), the same on SQLite and PostgreSQL
            query = query.Where(o => o.Name.ToLower().Contains(words));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await Skip(query.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new OrganisationRow(
            o.Id, o.Name, o.Description, o.Email, o.Website, o.Logo, o.Uri, o.LegalStatus, o.YearIncorporated, o.ParentOrganisationId)), page, perPage, total, cancellationToken);
        return OrukJson.Page(rows.Select(r => OrukJson.Organization(r)), page, perPage, total);
    }

    public async Task<JsonObject?> OrganisationAsync(Guid id, CancellationToken cancellationToken) =>
        await Published().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is { } organisation ? OrukJson.Organization(organisation) : null;

    /// <summary>
    /// Services at locations. Without a point they come by service name; with one, nearest first, measured from the
    /// location's coordinates or else its postcode's centre. The database narrows to a box around the point; the exact
    /// (haversine) distance is worked out here for what is left.
    /// </summary>
    public async Task<JsonObject> ServiceAtLocationsAsync(ServiceFilter filter, Nearby? near, int page, int perPage, CancellationToken cancellationToken)
    {
        var joined =
            from at in db.ServiceAtLocations.AsNoTracking()
            join s in Services(filter) on at.ServiceId equals s.Id
            join l in db.Locations.AsNoTracking() on at.LocationId equals l.Id
            select new { AtId = at.Id, ServiceId = s.Id, LocationId = l.Id, ServiceName = s.Name, l.Latitude, l.Longitude, l.Postcode };

        int total;
        List<(Guid At, Guid Service, Guid Location)> pageIds;
        if (near is null)
        {
            total = await joined.CountAsync(cancellationToken);
            var rows = await Skip(
                joined.OrderBy(x => x.ServiceName).ThenBy(x => x.ServiceId).ThenBy(x => x.AtId).Select(x => new { x.AtId, x.ServiceId, x.LocationId }),
                page, perPage, total, cancellationToken);
            pageIds = [.. rows.Select(r => (r.AtId, r.ServiceId, r.LocationId))];
        }
        else
        {
            var located =
                from x in joined
                where x.Latitude >= -90 && x.Latitude <= 90 && x.Longitude >= -180 && x.Longitude <= 180
                select new { x.AtId, x.ServiceId, x.LocationId, x.ServiceName, x.Latitude, x.Longitude };
            var byPostcode =
                from x in joined
                where x.Latitude == null || x.Latitude < -90 || x.Latitude > 90 || x.Longitude < -180 || x.Longitude > 180
                join c in db.PostcodeCentroids on x.Postcode equals c.Postcode
                select new { x.AtId, x.ServiceId, x.LocationId, x.ServiceName, Latitude = (double?)c.Latitude, Longitude = (double?)c.Longitude };
            if (near.WithinMetres is { } metres)
            {
                // Two halves the indexes serve: by the location's own coordinates, then by its postcode's centre.
                var (minLat, maxLat, minLon, maxLon) = Distance.Box(near.Latitude, near.Longitude, metres);
                located = located.Where(x => x.Latitude >= minLat && x.Latitude <= maxLat && x.Longitude >= minLon && x.Longitude <= maxLon);
                byPostcode = byPostcode.Where(x => x.Latitude >= minLat && x.Latitude <= maxLat && x.Longitude >= minLon && x.Longitude <= maxLon);
            }

            var candidates = (await located.ToListAsync(cancellationToken)).Concat(await byPostcode.ToListAsync(cancellationToken));
            var sorted = candidates
                .Select(x => (x.AtId, x.ServiceId, x.LocationId, x.ServiceName, Point: Distance.Usable(x.Latitude, x.Longitude)))
                .Where(x => x.Point is not null)
                .Select(x => (x.AtId, x.ServiceId, x.LocationId, x.ServiceName, Metres: Distance.Metres(near.Latitude, near.Longitude, x.Point!.Value.Latitude, x.Point.Value.Longitude)))
                .Where(x => near.WithinMetres is not { } within || x.Metres <= within)
                .OrderBy(x => x.Metres).ThenBy(x => x.ServiceName, StringComparer.Ordinal).ThenBy(x => x.AtId)
                .ToList();
            total = sorted.Count;
            pageIds = [.. sorted.Skip((int)Math.Min(int.MaxValue, (page - 1L) * perPage)).Take(perPage).Select(x => (x.AtId, x.ServiceId, x.LocationId))];
        }

        var services = await ServiceRowsAsync([.. pageIds.Select(p => p.Service).Distinct()], cancellationToken);
        var locationIds = pageIds.Select(p => p.Location).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id))
            .Select(l => new LocationRow(l.Id, l.LocationType, l.Name, l.Description, l.Latitude, l.Longitude, l.ExternalIdentifier, l.ExternalIdentifierType, l.Url))
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        return OrukJson.Page(pageIds.Select(p => OrukJson.ServiceAtLocationSummary(p.At, locations[p.Location], services[p.Service])), page, perPage, total);
    }

    public async Task<JsonObject?> ServiceAtLocationAsync(Guid id, CancellationToken cancellationToken)
    {
        var at = await db.ServiceAtLocations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (at is null)
        {
            return null;
        }

        var location = await db.Locations.AsNoTracking().SingleAsync(l => l.Id == at.LocationId, cancellationToken);
        var json = OrukJson.ServiceAtLocation(at, location);
        var service = await ServiceRowsAsync([at.ServiceId], cancellationToken);
        json["service"] = OrukJson.ServiceSummary(service[at.ServiceId]);
        return json;
    }

    /// <summary>The centre of a postcode, if Waymark has it (postcode_centroids).</summary>
    public async Task<(double Latitude, double Longitude)?> CentroidAsync(string postcode, CancellationToken cancellationToken) =>
        await db.PostcodeCentroids.AsNoTracking().Where(c => c.Postcode == postcode).Select(c => new { c.Latitude, c.Longitude })
            .SingleOrDefaultAsync(cancellationToken) is { } centre ? (centre.Latitude, centre.Longitude) : null;

    private IQueryable<Service> Services(ServiceFilter filter)
    {
        var query = db.Services.AsNoTracking();
        query = query.WithWords(filter.Search);

        if (filter.TaxonomyTermId is { } term)
        {
            query = query.Where(s => s.Attributes.Any(a => a.TaxonomyTermId == term));
        }

        if (filter.TaxonomyId is { } taxonomy)
        {
            query = query.Where(s => s.Attributes.Any(a => db.TaxonomyTerms.Any(t => t.Id == a.TaxonomyTermId && t.TaxonomyId == taxonomy)));
        }

        if (filter.OrganisationId is { } organisation)
        {
            query = query.Where(s => s.OrganisationId == organisation);
        }

        if (filter.ModifiedAfter is { } after)
        {
            query = query.Where(s => s.LastModified >= after);
        }

        if (filter.Age is { } age)
        {
            query = query.Where(s => (s.MinimumAge == null || s.MinimumAge <= age) && (s.MaximumAge == null || s.MaximumAge >= age));
        }

        return query;
    }

    /// <summary>
    /// How many services match, reading as few rows as the filters allow: with only a taxonomy term (and perhaps an
    /// age), or only one search word, from that index alone — the term's links carry copies of their service's ages and
    /// mark its first link to the term (<see cref="ServiceAttributeCopies"/>), so that is COUNT(*) over one range (the
    /// ages tested as COALESCE(...), which SQLite checks in that range rather than splitting it in two by each OR); with
    /// an organisation, its services one by one; otherwise the term's and words' services as id lists from their
    /// indexes, then just those rows.
    /// </summary>
    private async Task<int> CountAsync(ServiceFilter filter, IQueryable<Service> query, CancellationToken cancellationToken)
    {
        var words = TextSearch.Words(filter.Search);
        if (filter.TaxonomyTermId is { } term && words.Count == 0 && filter with { TaxonomyTermId = null, Age = null } == new ServiceFilter())
        {
            var count = filter.Age is { } age
                ? db.Database.SqlQuery<int>($"""
                    SELECT COUNT(*) AS "Value" FROM service_attributes
                    WHERE "TaxonomyTermId" = {term} AND "FirstForTerm" = {true}
                        AND COALESCE("MinimumAge", {int.MinValue}) <= {age} AND COALESCE("MaximumAge", {int.MaxValue}) >= {age}
                    """)
                : db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM service_attributes WHERE "TaxonomyTermId" = {term} AND "FirstForTerm" = {true}""");
            return await count.SingleAsync(cancellationToken);
        }

        if (words is [var only] && filter with { Search = null } == new ServiceFilter())
        {
            var (from, before) = SearchText.PrefixRange(only);
            return await db.Database.SqlQuery<int>(
                $"""SELECT COUNT(DISTINCT "ServiceId") AS "Value" FROM service_search_words WHERE "Word" >= {from} AND "Word" < {before}""")
                .SingleAsync(cancellationToken);
        }

        if (filter.OrganisationId is not null)
        {
            return await query.CountAsync(cancellationToken); // an organisation's few services, each checked
        }

        // Otherwise the term's and the words' services come from their indexes as id lists (IN), so only those
        // services are read, not every service checked one by one (EXISTS).
        var counted = Services(filter with { Search = null, TaxonomyTermId = null });
        if (filter.TaxonomyTermId is { } listed)
        {
            var ids = db.Database.SqlQuery<Guid>($"""SELECT "ServiceId" AS "Value" FROM service_attributes WHERE "TaxonomyTermId" = {listed}""");
            counted = counted.Where(s => ids.Contains(s.Id));
        }

        foreach (var word in words)
        {
            var (from, before) = SearchText.PrefixRange(word);
            var ids = db.Database.SqlQuery<Guid>($"""SELECT "ServiceId" AS "Value" FROM service_search_words WHERE "Word" >= {from} AND "Word" < {before}""");
            counted = counted.Where(s => ids.Contains(s.Id));
        }

        return await counted.CountAsync(cancellationToken);
    }

    private IQueryable<Organisation> Published() =>
        db.Organisations.AsNoTracking().Where(o => o.Kind != OrganisationKind.GpPractice &&
            (db.Services.Any(s => s.OrganisationId == o.Id) || (o.Kind == OrganisationKind.Partner && o.IsActive && o.Description != null)));

    private async Task<Dictionary<Guid, ServiceRow>> ServiceRowsAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await ServiceRows(db.Services.AsNoTracking().Where(s => ids.Contains(s.Id))).ToDictionaryAsync(r => r.Id, cancellationToken);

    /// <summary>The ORUK list fields of <paramref name="services"/> and their organisations, in list order (name, then id).</summary>
    private IQueryable<ServiceRow> ServiceRows(IQueryable<Service> services) =>
        from s in services
        join o in db.Organisations.AsNoTracking() on s.OrganisationId equals o.Id
        orderby s.Name, s.Id
        select new ServiceRow(
            s.Id, s.OrganisationId, s.Name, s.AlternateName, s.Description, s.Url, s.Email, s.OperatingStatus, s.FeesDescription, s.Accreditations,
            s.MinimumAge, s.MaximumAge, s.AssuredDate, s.AssurerEmail, s.Alert, s.LastModified,
            new OrganisationRow(o.Id, o.Name, o.Description, o.Email, o.Website, o.Logo, o.Uri, o.LegalStatus, o.YearIncorporated, o.ParentOrganisationId));

    private static string? Words(string? search) => string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant();

    /// <summary>One page of an ordered query; a page past the end is empty without asking the database.</summary>
    private static async Task<List<T>> Skip<T>(IQueryable<T> ordered, int page, int perPage, int total, CancellationToken cancellationToken)
    {
        var skip = (page - 1L) * perPage;
        return skip >= total ? [] : await ordered.Skip((int)skip).Take(perPage).ToListAsync(cancellationToken);
    }
}
