using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Matching;
using Waymark.Web.Features.Episodes;

namespace Waymark.Web.Features.Matching;

/// <summary>What matching weighed for a person and what it found.</summary>
/// <param name="Person">The facts about the person that matching used.</param>
/// <param name="Postcode">The person's postcode, if recorded.</param>
/// <param name="PostcodeLocated">Whether Waymark knows where the postcode is, so distances could be worked out.</param>
/// <param name="Result">Suggestions, best first, and relevant services left out, each with why.</param>
public sealed record ServiceSuggestions(MatchingPerson Person, string? Postcode, bool PostcodeLocated, MatchResult Result);

/// <summary>
/// "Suggest for this person": ranks directory services by fit with the episode's needs and open goals and the
/// person's circumstances (<see cref="ServiceMatcher"/>). Reading it is reading the person's record, so it is
/// audited; only callers who may see the episode get an answer.
/// </summary>
public sealed class SuggestServices(AppDbContext db, EpisodeAccess access, MatchingCandidates candidates, TimeProvider clock)
{
    public async Task<ServiceSuggestions> ForEpisodeAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.OpenForReadingAsync(user, episodeId, cancellationToken);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == episode.PersonId, cancellationToken);
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == episode.ReferralId, cancellationToken);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.EpisodeId == episode.Id, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var matching = MatchingPerson.For(person, referral.Needs.Select(n => n.Category), plan?.Goals ?? [], today);
        var postcode = person.Address.Postcode;
        var centroid = postcode is null ? null : await db.PostcodeCentroids.AsNoTracking().SingleOrDefaultAsync(c => c.Postcode == postcode, cancellationToken);
        var found = await candidates.FindAsync(matching, centroid is null ? null : (centroid.Latitude, centroid.Longitude), cancellationToken);
        return new ServiceSuggestions(matching, postcode, centroid is not null, ServiceMatcher.Match(matching, found));
    }
}
