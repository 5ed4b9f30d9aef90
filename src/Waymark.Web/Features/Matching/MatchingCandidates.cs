using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Matching;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Features.Matching;

/// <summary>
/// Reads from the directory the services that could be relevant to a person — listed under one of their needs, or
/// whose words contain a stem of one of their goal words — as <see cref="MatchingService"/> facts, with the distance
/// from the person's postcode to each service's nearest location.
/// <para>
/// At most <see cref="MaxCandidates"/> are read, chosen in the database from the indexes alone before any listing is
/// read (<see cref="RankAsync"/>): most relevant first (the points <see cref="ServiceMatcher"/> gives for needs met
/// and goal words mentioned), then, among equally relevant services, those with a place within
/// <see cref="NearbyMiles"/> of the person (nearest first), then those with no place at all (phone lines, online
/// services), then the rest. Two common needs can match half a large directory; reading thousands of listings to
/// show the best few was the cost of suggesting. Only the columns matching weighs are then read for the chosen ones.
/// </para>
/// </summary>
public sealed class MatchingCandidates(AppDbContext db)
{
    /// <summary>How many relevant services matching weighs for one person: enough for every good suggestion, and few enough to read quickly.</summary>
    public const int MaxCandidates = 300;

    /// <summary>Within this, a service's place counts as near the person when choosing candidates (<see cref="ServiceMatcher.TravelLimitKm"/>).</summary>
    public const double NearbyMiles = ServiceMatcher.TravelLimitKm / GeoDistance.KilometresPerMile;

    /// <summary>The relevance points, as <see cref="ServiceMatcher"/> weighs them.</summary>
    private const int NeedPoints = 40;

    private const int GoalWordPoints = 10;

    private const int MaxGoalPoints = 30;

    public Task<IReadOnlyList<MatchingService>> FindAsync(
        MatchingPerson person, (double Latitude, double Longitude)? from, CancellationToken cancellationToken = default) =>
        FindAsync(person, from, MaxCandidates, cancellationToken);

    /// <summary>At most <paramref name="limit"/> candidates, in the order they were chosen (best candidates first).</summary>
    public async Task<IReadOnlyList<MatchingService>> FindAsync(
        MatchingPerson person, (double Latitude, double Longitude)? from, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var termIds = person.Needs.Where(NeedTaxonomy.Needs.Contains).Select(NeedTaxonomy.TermId).ToList();
        var stems = GoalWords.From(person.Goals).Stems;
        if (termIds.Count == 0 && stems.Count == 0)
        {
            return [];
        }

        var ids = await RankAsync(termIds, stems, from, limit, cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Services.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.OrganisationName,
                s.OperatingStatus,
                s.StatusReason,
                s.ExpectedReturn,
                s.DeliveryModes,

                // The requirements column by column: projecting the complex property whole reads the whole row, JSON
                // columns (phones, schedules, contacts...) and all.
                s.Requirements.NeedsInternet,
                s.Requirements.NeedsToReadEnglish,
                s.Requirements.NeedsToTravel,
                s.Requirements.StepFreeAccess,
                RequiredCost = s.Requirements.Cost,
                s.Cost,
                s.WaitingDays,
                s.AcceptingReferrals,
                s.MinimumAge,
                s.MaximumAge,
                s.InterpretationServices,
                s.SearchText,
                Terms = s.Attributes.Select(a => a.TaxonomyTermId).ToList(),
                Languages = s.Languages.Select(l => new { l.Code, l.Name }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var distances = from is { } origin ? await NearestAsync(ids, origin, cancellationToken) : [];
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return [.. rows.OrderBy(r => order[r.Id]).Select(r => new MatchingService
        {
            Id = r.Id,
            Name = r.Name,
            OrganisationName = r.OrganisationName,
            Status = r.OperatingStatus,
            StatusReason = r.StatusReason,
            ExpectedReturn = r.ExpectedReturn,
            DeliveryModes = r.DeliveryModes,
            Requirements = new ServiceRequirements(r.NeedsInternet, r.NeedsToReadEnglish, r.NeedsToTravel, r.StepFreeAccess, r.RequiredCost),
            Cost = r.Cost,
            WaitingDays = r.WaitingDays,
            AcceptingReferrals = r.AcceptingReferrals,
            MinimumAge = r.MinimumAge,
            MaximumAge = r.MaximumAge,
            OffersInterpreting = !string.IsNullOrWhiteSpace(r.InterpretationServices),
            SearchText = r.SearchText,
            Needs = [.. r.Terms.Select(NeedTaxonomy.NeedOf).OfType<NeedCategory>().Distinct()],
            Languages = [.. r.Languages.Select(l => new Language { Code = l.Code, Name = l.Name })],
            DistanceKm = distances.TryGetValue(r.Id, out var km) ? km : null,
        })];
    }

    /// <summary>
    /// The ids of the relevant services, best candidates first, at most <paramref name="limit"/>. One query that reads
    /// only indexes: the need terms' rows of (TaxonomyTermId, ServiceId) and each stem's range of (Word, ServiceId) are
    /// summed per service into its relevance (40 a need met, 10 a goal word up to 30, as the matcher weighs them); the
    /// person's surroundings come from the (Latitude, Longitude) index of locations. Ties go to the nearer service,
    /// then to one with no place, then by id, so the choice is stable.
    /// </summary>
    private async Task<List<Guid>> RankAsync(
        List<Guid> termIds, IReadOnlyList<string> stems, (double Latitude, double Longitude)? from, int limit, CancellationToken cancellationToken)
    {
        var args = new List<object>();
        string Arg(object value)
        {
            args.Add(value);
            return "{" + (args.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }

        var hits = new List<string>();
        if (termIds.Count > 0)
        {
            hits.Add($"""SELECT "ServiceId", {NeedPoints} AS "Needs", 0 AS "Words" FROM service_attributes WHERE "TaxonomyTermId" IN ({string.Join(", ", termIds.Select(t => Arg(t)))})""");
        }

        foreach (var stem in stems)
        {
            var (start, before) = SearchText.PrefixRange(stem);
            hits.Add($"""SELECT DISTINCT "ServiceId", 0 AS "Needs", {GoalWordPoints} AS "Words" FROM service_search_words WHERE "Word" >= {Arg(start)} AND "Word" < {Arg(before)}""");
        }

        // Without the person's place, ties go by id. With it, the places near the person come from the (Latitude,
        // Longitude) index, ordered by squared degrees with longitude scaled to the latitude (enough to order by
        // distance); then services with no place at all; then the rest.
        var near = string.Empty;
        var nearer = string.Empty;
        if (from is { } origin)
        {
            var box = BoundingBox.Around(new GeoPoint(origin.Latitude, origin.Longitude), NearbyMiles);
            var scale = Math.Pow(Math.Cos(origin.Latitude * Math.PI / 180), 2);
            var (latitude, longitude) = (Arg(origin.Latitude), Arg(origin.Longitude));
            near = $"""
                ,
                near AS (
                    SELECT sl."ServiceId",
                        MIN((l."Latitude" - {latitude}) * (l."Latitude" - {latitude}) + (l."Longitude" - {longitude}) * (l."Longitude" - {longitude}) * {Arg(scale)}) AS "Distance"
                    FROM locations l JOIN service_at_locations sl ON sl."LocationId" = l."Id"
                    WHERE l."Latitude" >= {Arg(box.MinLatitude)} AND l."Latitude" <= {Arg(box.MaxLatitude)}
                        AND l."Longitude" >= {Arg(box.MinLongitude)} AND l."Longitude" <= {Arg(box.MaxLongitude)}
                    GROUP BY sl."ServiceId")
                """;
            nearer = """
                LEFT JOIN near n ON n."ServiceId" = sc."ServiceId"
                ORDER BY sc."Relevance" DESC,
                    CASE WHEN n."Distance" IS NOT NULL THEN 0
                        WHEN NOT EXISTS (SELECT 1 FROM service_at_locations x WHERE x."ServiceId" = sc."ServiceId") THEN 1
                        ELSE 2 END,
                    n."Distance",
                """;
        }
        else
        {
            nearer = """ORDER BY sc."Relevance" DESC,""";
        }

        var sql = $"""
            WITH hits AS ({string.Join(" UNION ALL ", hits)}),
            scored AS (
                SELECT "ServiceId", SUM("Needs") + CASE WHEN SUM("Words") > {MaxGoalPoints} THEN {MaxGoalPoints} ELSE SUM("Words") END AS "Relevance"
                FROM hits GROUP BY "ServiceId"){near}
            SELECT sc."ServiceId" AS "Value"
            FROM scored sc
            {nearer} sc."ServiceId"
            LIMIT {Arg(limit)}
            """;
        return await db.Database.SqlQuery<Guid>(FormattableStringFactory.Create(sql, [.. args])).ToListAsync(cancellationToken);
    }

    /// <summary>Kilometres from the origin to each chosen service's nearest location that has usable coordinates.</summary>
    private async Task<Dictionary<Guid, double>> NearestAsync(List<Guid> ids, (double Latitude, double Longitude) from, CancellationToken cancellationToken)
    {
        var points = await (
            from at in db.ServiceAtLocations.AsNoTracking()
            join location in db.Locations.AsNoTracking() on at.LocationId equals location.Id
            where ids.Contains(at.ServiceId)
                && location.Latitude >= -90 && location.Latitude <= 90 && location.Longitude >= -180 && location.Longitude <= 180
            select new { at.ServiceId, Latitude = location.Latitude!.Value, Longitude = location.Longitude!.Value })
            .ToListAsync(cancellationToken);
        return points
            .GroupBy(p => p.ServiceId)
            .ToDictionary(g => g.Key, g => g.Min(p => GeoDistance.Kilometres(from.Latitude, from.Longitude, p.Latitude, p.Longitude)));
    }
}
