using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.Contacts;

public sealed record ContactPlanInput(int? FrequencyDays, ContactMode? PreferredMode, string? PreferredTimes);

/// <summary>
/// Agrees how often and how the person will be contacted: the first save makes the episode's plan, later saves
/// change it in place (one plan per episode).
/// </summary>
public sealed class AgreeContactPlan(AppDbContext db, EpisodeAccess access)
{
    public async Task<ContactPlan> ExecuteAsync(
        ClaimsPrincipal user, Guid episodeId, ContactPlanInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        episode.EnsureOpenForContacts();
        var frequency = input.FrequencyDays
            ?? throw new DomainException("Enter how often to contact the person, in days", nameof(ContactPlan.FrequencyDays));

        var plan = await db.ContactPlans.SingleOrDefaultAsync(p => p.EpisodeId == episode.Id, cancellationToken);
        if (plan is null)
        {
            plan = ContactPlan.Create(episode.Id, frequency, input.PreferredMode, input.PreferredTimes);
            db.ContactPlans.Add(plan);
        }
        else
        {
            plan.Change(frequency, input.PreferredMode, input.PreferredTimes);
        }

        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }
}
