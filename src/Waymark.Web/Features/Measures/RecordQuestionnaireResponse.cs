using System.Globalization;
using System.Security.Claims;
using Waymark.Data;
using Waymark.Data.Measures;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.People;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Measures;

/// <summary>
/// Answers as a form or a client sends them: each question's link id with what was typed (a whole number for a
/// scale question) or the code of the chosen answer; how the questions were asked; the UK date they were answered
/// (today when not given).
/// </summary>
public sealed record ResponseInput(Guid? DefinitionId, IReadOnlyDictionary<string, string?>? Answers, ResponseMode? Mode, DateOnly? AnsweredOn = null);

/// <summary>
/// Records a person's answers to a questionnaire in an episode of the caller's team, with the score of each measure
/// (one save). Every problem is reported at once (<see cref="DomainErrorsException"/>, each naming its question as
/// <see cref="AnswerField"/>, or Mode, AnsweredOn or DefinitionId), so a form can show them all. Online answers arrive through the
/// person's one-time link, not here: a member of staff records what was asked in a conversation or on paper.
/// </summary>
public sealed class RecordQuestionnaireResponse(
    AppDbContext db, EpisodeAccess access, QuestionnaireCatalogue catalogue, ScoringOptions scoring, TimeProvider clock)
{
    public async Task<QuestionnaireResponse> ExecuteAsync(ClaimsPrincipal user, Guid episodeId, ResponseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        episode.EnsureInSupport("Questionnaires can be recorded");
        var definition = input.DefinitionId is { } id ? await catalogue.FindAsync(id, cancellationToken) : null;
        if (definition is null)
        {
            throw new DomainErrorsException([new DomainException("Choose a questionnaire from the list", nameof(ResponseInput.DefinitionId))]);
        }

        var now = clock.GetUtcNow();
        var (answers, errors) = Read(definition, input.Answers ?? new Dictionary<string, string?>());
        if (input.Mode is not (ResponseMode.WithLinkWorker or ResponseMode.Paper))
        {
            errors.Add(new DomainException("Choose how the questions were asked: in a conversation with you, or on paper", nameof(ResponseInput.Mode)));
        }

        var answeredAt = AnsweredAt(input.AnsweredOn, now);
        if (input.AnsweredOn is { } on && on > UkTime.Today(now))
        {
            errors.Add(new DomainException("The date the questions were answered must be today or in the past", nameof(ResponseInput.AnsweredOn)));
        }

        if (input.AnsweredOn is { } early && early < DateOnly.FromDateTime(episode.CreatedAt.UtcDateTime))
        {
            errors.Add(new DomainException("The date the questions were answered cannot be before the person was referred", nameof(ResponseInput.AnsweredOn)));
        }

        if (errors.Count > 0)
        {
            throw new DomainErrorsException(errors);
        }

        var response = QuestionnaireResponse.Record(definition, episode.PersonId, answers, input.Mode!.Value, answeredAt, user.UserId(), now, episode.Id);
        MeasureRecording.Add(db, definition, response, scoring);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }

    /// <summary>
    /// The answers as the domain takes them, and what is wrong with them: text that is not a whole number for a
    /// scale question, then every problem the definition finds (missing, out of range, not an option).
    /// </summary>
    internal static (List<QuestionnaireAnswer> Answers, List<DomainException> Errors) Read(
        QuestionnaireDefinition definition, IReadOnlyDictionary<string, string?> given)
    {
        var answers = new List<QuestionnaireAnswer>();
        var errors = new List<DomainException>();
        foreach (var (linkId, raw) in given)
        {
            var text = raw?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var item = definition.FindItem(linkId);
            if (item?.Kind == AnswerKind.Scale)
            {
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    answers.Add(QuestionnaireAnswer.Of(linkId, number));
                }
                else
                {
                    errors.Add(new DomainException(item.Instruction, AnswerField(linkId)));
                }
            }
            else
            {
                answers.Add(QuestionnaireAnswer.Chosen(linkId, text));
            }
        }

        var unreadable = errors.Select(e => e.Field).ToHashSet();
        errors.AddRange(definition.Check(answers).Where(p => !unreadable.Contains(AnswerField(p.LinkId)))
            .Select(p => new DomainException(p.Message, AnswerField(p.LinkId))));
        return (answers, errors);
    }

    /// <summary>The field an answer's problem names: <c>Answers.{linkId}</c> (JSON <c>answers.{linkId}</c>).</summary>
    public static string AnswerField(string linkId) => $"{nameof(ResponseInput.Answers)}.{linkId}";

    /// <summary>Today's answers are "now"; an earlier day's (a paper form typed in later) are at midday UK time that day.</summary>
    internal static DateTimeOffset AnsweredAt(DateOnly? on, DateTimeOffset now)
    {
        if (on is null || on == UkTime.Today(now))
        {
            return now;
        }

        var midday = on.Value.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(midday, UkTime.Zone.GetUtcOffset(midday));
    }
}
