using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.Plans;

/// <summary>How a person reaches their link worker and team, for the printed plan.</summary>
public sealed record TeamContact(string TeamName, string ProviderName, string? WorkerName, string? WorkerEmail, string? WorkerPhone);

public sealed class TeamContacts(AppDbContext db)
{
    /// <summary>From a header already loaded (and audited) for the caller.</summary>
    public async Task<TeamContact> ForAsync(EpisodeHeader header, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        var provider = await db.Teams.Where(t => t.Id == header.TeamId)
            .Join(db.Organisations, t => t.ProviderId, o => o.Id, (t, o) => o.Name)
            .SingleAsync(cancellationToken);
        var worker = header.WorkerId is { } workerId
            ? await db.Users.Where(u => u.Id == workerId).Select(u => new { u.Email, u.PhoneNumber }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new TeamContact(header.TeamName, provider, header.WorkerName, worker?.Email, worker?.PhoneNumber);
    }
}
