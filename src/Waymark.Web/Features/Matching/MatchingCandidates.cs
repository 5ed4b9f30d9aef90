using System.Linq.Expressions;
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
/// from the person's postcode to each service's nearest location. Only the columns matching weighs are read, so a
/// large directory is not loaded whole.
/// </summary>
public sealed class MatchingCandidates(AppDbContext db)
{
    /// <summary>A guard against a person whose needs match most of a very large directory.</summary>
    public const int MaxCandidates = 5000;

    public async Task<IReadOnlyList<MatchingService>> FindAsync(
        MatchingPerson person, (double Latitude, double Longitude)? from, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var termIds = person.Needs.Where(NeedTaxonomy.Needs.Contains).Select(NeedTaxonomy.TermId).ToList();
        var stems = GoalWords.From(person.Goals).Stems;
        if (termIds.Count == 0 && stems.Count == 0)
        {
            return [];
        }

        var rows = await db.Services.AsNoTracking()
            .Where(Relevant(termIds, stems))
            .OrderBy(s => s.Id)
            .Take(MaxCandidates)
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.OrganisationName,
                s.OperatingStatus,
                s.StatusReason,
                s.ExpectedReturn,
                s.DeliveryModes,
                s.Requirements,
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

        var distances = from is { } origin && rows.Count > 0 ? await NearestAsync(termIds, stems, origin, cancellationToken) : [];
        return [.. rows.Select(r => new MatchingService
        {
            Id = r.Id,
            Name = r.Name,
            OrganisationName = r.OrganisationName,
            Status = r.OperatingStatus,
            StatusReason = r.StatusReason,
            ExpectedReturn = r.ExpectedReturn,
            DeliveryModes = r.DeliveryModes,
            Requirements = r.Requirements,
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
    /// Kilometres from the origin to each relevant service's nearest location that has usable coordinates. The services
    /// are chosen by the same filter in the database rather than by a list of thousands of ids, which would be sent as
    /// thousands of parameters.
    /// </summary>
    private async Task<Dictionary<Guid, double>> NearestAsync(
        List<Guid> termIds, IReadOnlyList<string> stems, (double Latitude, double Longitude) from, CancellationToken cancellationToken)
    {
        var relevant = db.Services.Where(Relevant(termIds, stems)).Select(s => s.Id);
        var points = await (
            from at in db.ServiceAtLocations.AsNoTracking()
            join location in db.Locations.AsNoTracking() on at.LocationId equals location.Id
            where relevant.Contains(at.ServiceId)
                && location.Latitude >= -90 && location.Latitude <= 90 && location.Longitude >= -180 && location.Longitude <= 180
            select new { at.ServiceId, Latitude = location.Latitude!.Value, Longitude = location.Longitude!.Value })
            .ToListAsync(cancellationToken);
        return points
            .GroupBy(p => p.ServiceId)
            .ToDictionary(g => g.Key, g => g.Min(p => GeoDistance.Kilometres(from.Latitude, from.Longitude, p.Latitude, p.Longitude)));
    }

    /// <summary>Listed under one of the need terms, or a word of its listing begins with one of the stems (as <see cref="GoalWords.MentionedBy"/> weighs it).</summary>
    private static Expression<Func<Service, bool>> Relevant(List<Guid> termIds, IReadOnlyList<string> stems)
    {
        var service = Expression.Parameter(typeof(Service), "s");
        Expression? any = null;
        if (termIds.Count > 0)
        {
            Expression<Func<Service, bool>> listed = s => s.Attributes.Any(a => termIds.Contains(a.TaxonomyTermId));
            any = Expression.Invoke(listed, service);
        }

        foreach (var stem in stems)
        {
            var call = Expression.Invoke(TextSearch.HasWordStartingWith(stem), service);
            any = any is null ? call : Expression.OrElse(any, call);
        }

        return Expression.Lambda<Func<Service, bool>>(any!, service);
    }
}
