using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Measures;
using Waymark.Domain.Measures;

namespace Waymark.Web.Features.Measures.Asking;

/// <summary>The questionnaire a link opens: only the definition, never anything from the person's record.</summary>
public sealed record LinkedQuestionnaire(QuestionnaireDefinition Definition, DateTimeOffset ExpiresAt);

/// <summary>What came of answering through a link: saved, problems to show (nothing saved), or a link that cannot be used.</summary>
public sealed record LinkAnswerResult(bool Saved, bool CannotUse, IReadOnlyList<AnswerProblem> Problems)
{
    public static readonly LinkAnswerResult Unusable = new(false, true, []);
}

/// <summary>
/// A person answers through a one-time link, without signing in. The token is looked up by its hash; an unknown,
/// expired, used or withdrawn token all give the same "cannot be used", so a link reveals nothing about any other.
/// The response is saved as answered online with no staff recorder, and the link is spent in the same save: the
/// invitation's used and withdrawn times are concurrency tokens, so two answers sent at once save only one.
/// </summary>
public sealed class AnswerQuestionnaireLink(AppDbContext db, QuestionnaireCatalogue catalogue, ScoringOptions scoring, TimeProvider clock)
{
    public async Task<LinkedQuestionnaire?> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(token, cancellationToken);
        return found is null ? null : new LinkedQuestionnaire(found.Value.Definition, found.Value.Invitation.ExpiresAt);
    }

    public async Task<LinkAnswerResult> SubmitAsync(string? token, IReadOnlyDictionary<string, string?> posted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posted);
        if (await FindAsync(token, cancellationToken) is not var (invitation, definition))
        {
            return LinkAnswerResult.Unusable;
        }

        var (answers, problems) = AnswerForm.Read(definition, posted);
        if (problems.Count > 0)
        {
            return new LinkAnswerResult(false, false, problems);
        }

        var now = clock.GetUtcNow();
        var response = QuestionnaireResponse.Record(definition, invitation.PersonId, answers, ResponseMode.Online, now, null, now, invitation.EpisodeId);
        MeasureRecording.Add(db, definition, response, scoring);
        invitation.Use(token!, response.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Answered or withdrawn in the moment between reading the link and saving: nothing of this answer is kept.
            return LinkAnswerResult.Unusable;
        }

        return new LinkAnswerResult(true, false, []);
    }

    private async Task<(QuestionnaireInvitation Invitation, QuestionnaireDefinition Definition)?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }

        var hash = QuestionnaireInvitation.HashOf(token);
        var invitation = await db.QuestionnaireInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || !invitation.Accepts(token, clock.GetUtcNow()))
        {
            return null;
        }

        var definition = await catalogue.FindAsync(invitation.DefinitionId, cancellationToken);
        return definition is { CanBeAnswered: true } ? (invitation, definition) : null;
    }
}
