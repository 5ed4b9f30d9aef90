using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Web.Features.Common;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>
/// The one directory query: criteria in, a page of result rows out. Filters on columns and rows (status, needs and
/// terms, words, delivery modes, cost, step-free access, language, age, organisation, and a bounding box around the
/// postcode) run in the database; the exact distance (haversine) and opening days (schedules are JSON) are then
/// worked out in memory on what is left, before paging. Sorted nearest first when a postcode is given, else by name.
/// </summary>
public sealed class DirectorySearch(AppDbContext db)
{
    private static readonly Expression<Func<Service, DirectoryResult>> Row = s => new DirectoryResult(
        s.Id, s.Name, s.OrganisationId, s.OrganisationName, s.OperatingStatus, s.StatusReason, s.ExpectedReturn, s.DeliveryModes,
        s.WaitingDays, s.AcceptingReferrals, s.ReferralMethod, s.Cost, s.Requirements, s.MinimumAge, s.MaximumAge, s.VerificationDueOn);

    /// <summary>
    /// One page of services matching the criteria. A postcode that is not a postcode, or one Waymark has no centre
    /// for, is a <see cref="DomainException"/> on the field "Postcode".
    /// </summary>
    public async Task<Paged<DirectoryResult>> SearchAsync(DirectoryCriteria criteria, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var origin = await OriginAsync(criteria.Postcode, cancellationToken);
        var filtered = Filter(criteria, origin);
        if (origin is null && criteria.OpenOn is null)
        {
            return await filtered.OrderBy(s => s.Name).ThenBy(s => s.Id).Select(Row).ToPagedAsync(page, pageSize, cancellationToken);
        }

        var candidates = await filtered.Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        IEnumerable<Guid> ids = candidates.Select(c => c.Id);
        if (criteria.OpenOn is { } day)
        {
            var open = await OpenOnAsync(filtered, day, criteria.OpenAt, cancellationToken);
            ids = ids.Where(open.Contains);
        }

        var distances = origin is { } from ? await DistancesAsync(filtered, from, cancellationToken) : [];
        if (origin is not null && criteria.WithinMiles is { } miles)
        {
            ids = ids.Where(id => distances.TryGetValue(id, out var distance) && distance <= miles);
        }

        var names = candidates.ToDictionary(c => c.Id, c => c.Name);
        var ordered = ids
            .OrderBy(id => distances.TryGetValue(id, out var distance) ? distance : double.MaxValue)
            .ThenBy(id => names[id], StringComparer.OrdinalIgnoreCase)
            .ThenBy(id => id)
            .ToList();

        var size = Math.Clamp(pageSize ?? PagingExtensions.DefaultPageSize, 1, PagingExtensions.MaxPageSize);
        var lastPage = Math.Max(1, (int)Math.Ceiling(ordered.Count / (double)size));
        var number = Math.Clamp(page ?? 1, 1, lastPage);
        var pageIds = ordered.Skip((number - 1) * size).Take(size).ToList();
        var rows = await db.Services.AsNoTracking().Where(s => pageIds.Contains(s.Id)).Select(Row).ToDictionaryAsync(r => r.Id, cancellationToken);
        var items = pageIds.Select(id => rows[id] with { DistanceMiles = distances.TryGetValue(id, out var d) ? d : null }).ToList();
        return new Paged<DirectoryResult>(items, number, size, ordered.Count);
    }

    /// <summary>The database part of the search: every filter on a column or a row, and the postcode's bounding box.</summary>
    public IQueryable<Service> Filter(DirectoryCriteria criteria, GeoPoint? origin = null)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var query = db.Services.AsNoTracking();
        if (!criteria.IncludeClosed)
        {
            query = query.Where(s => s.OperatingStatus != OperatingStatus.Closed);
        }

        if (criteria.Statuses.Count > 0)
        {
            var statuses = criteria.Statuses.ToList();
            query = query.Where(s => statuses.Contains(s.OperatingStatus));
        }

        if (criteria.TakingReferralsOnly)
        {
            query = query.Where(Service.TakingReferrals);
        }

        if (criteria.Needs.Count > 0)
        {
            var needTerms = criteria.Needs.Select(NeedTaxonomy.TermId).ToList();
            query = query.Where(s => s.Attributes.Any(a => needTerms.Contains(a.TaxonomyTermId)));
        }

        if (criteria.TermIds.Count > 0)
        {
            var terms = criteria.TermIds.ToList();
            query = query.Where(s => s.Attributes.Any(a => terms.Contains(a.TaxonomyTermId)));
        }

        query = query.WithWords(criteria.Text);

        if (criteria.DeliveryModes != DeliveryModes.None)
        {
            var modes = criteria.DeliveryModes;
            query = query.Where(s => (s.DeliveryModes & modes) != DeliveryModes.None);
        }

        query = criteria.Cost switch
        {
            CostFilter.Free => query.Where(s => s.Cost == CostLevel.Free),
            CostFilter.LowCost => query.Where(s => s.Cost == CostLevel.Free || s.Cost == CostLevel.LowCost),
            _ => query,
        };

        if (criteria.StepFreeAccess)
        {
            query = query.Where(s => s.Requirements.StepFreeAccess);
        }

        if (!string.IsNullOrWhiteSpace(criteria.Language))
        {
            var code = criteria.Language.Trim().ToLowerInvariant();
            query = query.Where(s => s.Languages.Any(l => l.Code == code));
        }

        if (criteria.Age is { } age)
        {
            query = query.Where(s => (s.MinimumAge == null || s.MinimumAge <= age) && (s.MaximumAge == null || s.MaximumAge >= age));
        }

        if (criteria.OrganisationId is { } organisationId)
        {
            query = query.Where(s => s.OrganisationId == organisationId);
        }

        if (origin is { } from && criteria.WithinMiles is { } miles)
        {
            var box = BoundingBox.Around(from, miles);
            query = query.Where(s => db.ServiceAtLocations.Any(at => at.ServiceId == s.Id && db.Locations.Any(l => l.Id == at.LocationId
                && ((l.Latitude >= box.MinLatitude && l.Latitude <= box.MaxLatitude && l.Longitude >= box.MinLongitude && l.Longitude <= box.MaxLongitude)
                    || ((l.Latitude == null || l.Longitude == null || l.Latitude < -90 || l.Latitude > 90 || l.Longitude < -180 || l.Longitude > 180)
                        && db.PostcodeCentroids.Any(c => c.Postcode == l.Postcode
                            && c.Latitude >= box.MinLatitude && c.Latitude <= box.MaxLatitude && c.Longitude >= box.MinLongitude && c.Longitude <= box.MaxLongitude))))));
        }

        return query;
    }

    /// <summary>The centre of a postcode, or null when none was given.</summary>
    public async Task<GeoPoint?> OriginAsync(string? postcode, CancellationToken cancellationToken = default)
    {
        var normalised = Domain.People.Postcode.NormaliseOptional(postcode, "Postcode");
        if (normalised is null)
        {
            return null;
        }

        var centroid = await db.PostcodeCentroids.AsNoTracking().Where(c => c.Postcode == normalised)
            .Select(c => new GeoPoint(c.Latitude, c.Longitude)).Cast<GeoPoint?>().FirstOrDefaultAsync(cancellationToken);
        return centroid ?? throw new DomainException($"We do not know where {normalised} is – check it or search without distance", "Postcode");
    }

    /// <summary>Miles between two points on the earth's surface (haversine).</summary>
    public static double Miles(GeoPoint a, GeoPoint b) =>
        GeoDistance.Miles(GeoDistance.Kilometres(a.Latitude, a.Longitude, b.Latitude, b.Longitude));

    /// <summary>Whether a schedule has a session on the day (and at the time, when given: from opening up to closing).</summary>
    public static bool IsOpen(Schedule schedule, DayOfWeek day, TimeOnly? at)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Names(day) && (at is not { } time
            || ((schedule.OpensAt is not { } opens || time >= opens) && (schedule.ClosesAt is not { } closes || time < closes)));
    }

    private async Task<HashSet<Guid>> OpenOnAsync(IQueryable<Service> filtered, DayOfWeek day, TimeOnly? at, CancellationToken cancellationToken)
    {
        var own = await filtered.Select(s => new { s.Id, s.Schedules }).ToListAsync(cancellationToken);
        var atLocations = await db.ServiceAtLocations.AsNoTracking().Where(at => filtered.Any(s => s.Id == at.ServiceId))
            .Select(at => new { Id = at.ServiceId, at.Schedules }).ToListAsync(cancellationToken);
        return [.. own.Concat(atLocations).Where(s => s.Schedules.Any(schedule => IsOpen(schedule, day, at))).Select(s => s.Id)];
    }

    private async Task<Dictionary<Guid, double>> DistancesAsync(IQueryable<Service> filtered, GeoPoint origin, CancellationToken cancellationToken)
    {
        var places = await (
            from at in db.ServiceAtLocations
            join l in db.Locations on at.LocationId equals l.Id
            where filtered.Any(s => s.Id == at.ServiceId)
            select new { at.ServiceId, l.Latitude, l.Longitude, l.Postcode }).ToListAsync(cancellationToken);

        static bool Usable(double? latitude, double? longitude) => latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;
        var postcodes = places.Where(p => !Usable(p.Latitude, p.Longitude) && p.Postcode is not null).Select(p => p.Postcode!).Distinct().ToList();
        var centroids = postcodes.Count == 0
            ? []
            : await db.PostcodeCentroids.AsNoTracking().Where(c => postcodes.Contains(c.Postcode))
                .ToDictionaryAsync(c => c.Postcode, c => new GeoPoint(c.Latitude, c.Longitude), cancellationToken);

        var distances = new Dictionary<Guid, double>();
        foreach (var place in places)
        {
            GeoPoint? point = Usable(place.Latitude, place.Longitude) ? new GeoPoint(place.Latitude!.Value, place.Longitude!.Value)
                : place.Postcode is not null && centroids.TryGetValue(place.Postcode, out var centre) ? centre : null;
            if (point is { } known)
            {
                var miles = Miles(origin, known);
                distances[place.ServiceId] = distances.TryGetValue(place.ServiceId, out var nearest) ? Math.Min(nearest, miles) : miles;
            }
        }

        return distances;
    }
}

/// <summary>A point in WGS84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>The latitude and longitude band that holds every point within some miles of a centre (a quick SQL pre-filter).</summary>
public readonly record struct BoundingBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    private const double MilesPerDegreeOfLatitude = 69.0;

    public static BoundingBox Around(GeoPoint centre, double miles)
    {
        var latitude = miles / MilesPerDegreeOfLatitude;
        var longitude = miles / (MilesPerDegreeOfLatitude * Math.Max(0.01, Math.Cos(centre.Latitude * Math.PI / 180)));
        return new BoundingBox(centre.Latitude - latitude, centre.Latitude + latitude, centre.Longitude - longitude, centre.Longitude + longitude);
    }
}
