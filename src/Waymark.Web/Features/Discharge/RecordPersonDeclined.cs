using System.Security.Claims;
using Waymark.Data;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Discharge;

/// <summary>
/// The person does not want social prescribing after all, before support began (waiting or allocated, no contact
/// reached yet). Ends the episode and records the SNOMED CT "declined" code. Once support has begun, discharge instead.
/// </summary>
public sealed class RecordPersonDeclined(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<DischargeView> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, string? reason, CancellationToken cancellationToken = default)
    {
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var by = user.UserId() ?? throw new InvalidOperationException("This is recorded by members of staff.");
        episode.RecordPersonDeclined(reason, by, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return DischargeView.From(episode);
    }
}
