using System.Security.Claims;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Allocation;

public sealed record AllocateInput(Guid? WorkerId, SupportIntensity? Intensity, string? OverCapacityReason = null);

public sealed record HandOverInput(Guid? WorkerId, string? Reason, string? OverCapacityReason = null);

/// <summary>
/// Allocates a person on the waiting list to a link worker of the episode's team at a support intensity. The
/// worker's current weighted load and capacity go to the domain, which insists on a reason for going over. One save.
/// </summary>
public sealed class AllocateEpisode(AppDbContext db, EpisodeAccess access, AllocationQueries queries, TimeProvider clock)
{
    public async Task<Episode> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, AllocateInput input, CancellationToken cancellationToken = default)
    {
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var by = user.UserId() ?? throw new InvalidOperationException("Allocation needs a signed-in member of staff.");
        episode.EnsureCanBeAllocated();

        if (input.Intensity is not { } intensity || !Enum.IsDefined(intensity))
        {
            throw new DomainException("Select the support intensity", nameof(AllocateInput.Intensity));
        }

        var worker = await TeamWorkers.FindAsync(queries, episode.TeamId, input.WorkerId, cancellationToken);
        episode.Allocate(worker.Id, intensity, worker.Check, input.OverCapacityReason, by, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }
}

/// <summary>
/// Hands an allocated or active episode to another link worker of its team (leave, a change of patch, the person's
/// wish), with a reason; going over the new worker's capacity needs a reason too. One save.
/// </summary>
public sealed class HandOverEpisode(AppDbContext db, EpisodeAccess access, AllocationQueries queries, TimeProvider clock)
{
    public async Task<Episode> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, HandOverInput input, CancellationToken cancellationToken = default)
    {
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var by = user.UserId() ?? throw new InvalidOperationException("A handover needs a signed-in member of staff.");
        episode.EnsureCanBeHandedOver();

        var worker = await TeamWorkers.FindAsync(queries, episode.TeamId, input.WorkerId, cancellationToken);
        episode.Reallocate(worker.Id, input.Reason, worker.Check, input.OverCapacityReason, by, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }
}

internal static class TeamWorkers
{
    /// <summary>A link worker of the team who can take people now; anyone else is refused as not on the list.</summary>
    public static async Task<WorkerChoice> FindAsync(AllocationQueries queries, Guid teamId, Guid? workerId, CancellationToken cancellationToken)
    {
        if (workerId is not { } id || id == Guid.Empty)
        {
            throw new DomainException("Select a link worker", nameof(AllocateInput.WorkerId));
        }

        var workers = await queries.WorkersAsync(teamId, cancellationToken);
        return workers.SingleOrDefault(w => w.Id == id)
            ?? throw new DomainException("Select a link worker from this team who is not disabled", nameof(AllocateInput.WorkerId));
    }
}
