using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Domain.People;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Measures.Progress;

/// <param name="Value">mmol/mol, a whole number.</param>
/// <param name="TakenOn">The day the blood sample was taken.</param>
/// <param name="Source">Where the number came from.</param>
/// <param name="SourceDetail">Where, in words, when the source is <see cref="HbA1cSource.Other"/>.</param>
public sealed record HbA1cInput(int? Value, DateOnly? TakenOn, HbA1cSource? Source, string? SourceDetail);

/// <summary>
/// Records an HbA1c result for a person with type 2 diabetes, in one of their episodes the caller may work on (at any
/// stage: a result after discharge still tells whether things changed). Every problem is reported together.
/// </summary>
public sealed class RecordHbA1c(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public const string NotOffered =
        "HbA1c is recorded only for people with type 2 diabetes: add type 2 diabetes to their long-term conditions first";

    public async Task<HbA1cResult> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, HbA1cInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var conditions = await db.People.AsNoTracking().Where(p => p.Id == episode.PersonId).Select(p => p.LongTermConditions)
            .SingleAsync(cancellationToken);
        if (!conditions.Contains(LongTermCondition.Type2Diabetes))
        {
            throw new DomainException(NotOffered, "Person");
        }

        var by = user.UserId() ?? throw new DomainException("Only a member of staff can record an HbA1c result", "RecordedBy");
        var now = clock.GetUtcNow();
        var problems = HbA1cResult.Check(input.Value, input.TakenOn, input.Source, input.SourceDetail, now);
        if (problems.Count > 0)
        {
            throw new DomainErrorsException(problems);
        }

        var result = HbA1cResult.Record(episode.PersonId, episode.Id, input.Value, input.TakenOn, input.Source, input.SourceDetail, by, now);
        db.HbA1cResults.Add(result);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
