using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Features.OnwardReferrals;

/// <summary>What the "refer to a service" and "record an unmet need" forms read: services to choose and the person's first need.</summary>
public sealed partial class OnwardReferralQueries
{
    public const int MaxServiceOptions = 20;

    /// <summary>Services taking referrals now whose name (or organisation, or description) has the words typed.</summary>
    public async Task<IReadOnlyList<ReferralServiceOption>> ServicesTakingReferralsAsync(string? search, CancellationToken cancellationToken = default)
    {
        var query = db.Services.AsNoTracking()
            .Where(Service.TakingReferrals)
            .WithWords(search); // the directory's text search (TextSearch): every word begins a word of the listing

        return await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Take(MaxServiceOptions)
            .Select(s => new ReferralServiceOption(s.Id, s.Name, s.OrganisationName, s.ReferralMethod, s.WaitingDays,
                Service.TakesReferrals(s.AcceptingReferrals, s.OperatingStatus)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One service to refer to, whatever its status (the form says when it is not taking referrals).</summary>
    public async Task<ReferralServiceOption?> ServiceAsync(Guid serviceId, CancellationToken cancellationToken = default) =>
        await db.Services.AsNoTracking().Where(s => s.Id == serviceId)
            .Select(s => new ReferralServiceOption(s.Id, s.Name, s.OrganisationName, s.ReferralMethod, s.WaitingDays,
                Service.TakesReferrals(s.AcceptingReferrals, s.OperatingStatus)))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The first need the person was referred for, to preselect on "record an unmet need". Access already checked.</summary>
    public async Task<NeedCategory?> FirstReferredNeedAsync(Guid episodeId, CancellationToken cancellationToken = default)
    {
        var needs = await db.Episodes.Where(e => e.Id == episodeId)
            .Join(db.Referrals, e => e.ReferralId, r => r.Id, (e, r) => r).AsNoTracking()
            .Select(r => r.Needs).FirstOrDefaultAsync(cancellationToken);
        return needs?.Select(n => (NeedCategory?)n.Category).FirstOrDefault(n => n != NeedCategory.Other);
    }
}
