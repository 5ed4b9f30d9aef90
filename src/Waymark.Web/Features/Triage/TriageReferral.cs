using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Programmes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Triage;

/// <summary>The four things triage can decide about a referral.</summary>
public enum TriageChoice
{
    /// <summary>Accept onto the waiting list.</summary>
    Accept = 1,

    /// <summary>Decline as not appropriate for social prescribing.</summary>
    Decline = 2,

    /// <summary>Redirect to another service.</summary>
    Redirect = 3,

    /// <summary>The person does not want social prescribing.</summary>
    PersonDeclined = 4,
}

/// <summary>
/// A triage decision. <see cref="Reason"/> is the reason for accepting, redirecting or the person declining;
/// declining as not appropriate uses <see cref="DeclineReason"/> and <see cref="Explanation"/> (which the referrer
/// sees). Fields that do not belong to the chosen decision are ignored.
/// </summary>
public sealed record TriageInput(
    TriageChoice? Decision,
    Priority? Priority = null,
    string? Reason = null,
    string? IneligibleAcceptanceReason = null,
    DeclineReason? DeclineReason = null,
    string? Explanation = null,
    string? Service = null);

/// <summary>
/// Decides a referral: accept onto the waiting list (checking the programme's eligibility here, from the person's
/// record, so an ineligible person is only accepted with a reason), decline, redirect, or record that the person
/// declined. The domain records the SNOMED CT codes. One save.
/// </summary>
public sealed class TriageReferral(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<Episode> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, TriageInput input, CancellationToken cancellationToken = default)
    {
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var by = user.UserId() ?? throw new InvalidOperationException("Triage needs a signed-in member of staff.");
        var now = clock.GetUtcNow();

        switch (input.Decision)
        {
            case TriageChoice.Accept:
                var eligible = await IsEligibleAsync(episode, now, cancellationToken);
                Domain.Episodes.Triage.Accept(episode, input.Priority ?? 0, input.Reason, eligible, input.IneligibleAcceptanceReason, by, now);
                break;
            case TriageChoice.Decline:
                Domain.Episodes.Triage.Decline(episode, input.DeclineReason ?? 0, input.Explanation, by, now);
                break;
            case TriageChoice.Redirect:
                Domain.Episodes.Triage.Redirect(episode, input.Service, input.Reason, by, now);
                break;
            case TriageChoice.PersonDeclined:
                Domain.Episodes.Triage.PersonDeclined(episode, input.Reason, by, now);
                break;
            default:
                throw new DomainException("Select what to do with this referral", nameof(TriageInput.Decision));
        }

        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }

    /// <summary>Eligible when there is no programme to check, or the person meets every rule of the referral's programme.</summary>
    private async Task<bool> IsEligibleAsync(Episode episode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (episode.ProgrammeId is not { } programmeId
            || await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken) is not { } programme)
        {
            return true;
        }

        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == episode.PersonId, cancellationToken);
        return Eligibility.Evaluate(programme, TriageQueries.FactsOf(person, DateOnly.FromDateTime(now.UtcDateTime))).IsEligible;
    }
}
