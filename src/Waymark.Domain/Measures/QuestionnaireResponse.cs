using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// A person's answers to one version of a questionnaire (FHIR <c>QuestionnaireResponse</c>). It keeps who answered
/// (the person), who typed it in (a member of staff, or nobody when the person answered online), how it was asked,
/// when the person answered and when it was recorded: a paper form is answered on one day and typed in on another.
/// Recording checks every answer against the definition, so a stored response always scores; it never changes after.
/// </summary>
public sealed class QuestionnaireResponse : Entity
{
    /// <summary>Clocks on phones and laptops drift; an answer a few minutes "ahead" is still allowed.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    private readonly List<QuestionnaireAnswer> _answers = [];

    private QuestionnaireResponse()
    {
        (DefinitionUrl, DefinitionVersion) = (string.Empty, string.Empty);
    }

    public Guid DefinitionId { get; private init; }

    public string DefinitionUrl { get; private init; }

    public string DefinitionVersion { get; private init; }

    /// <summary>The person who answered.</summary>
    public Guid PersonId { get; private init; }

    /// <summary>The episode it was asked in, when it was asked as part of one (a baseline or a review).</summary>
    public Guid? EpisodeId { get; private init; }

    public ResponseMode Mode { get; private init; }

    /// <summary>The member of staff who recorded it; null when the person answered online themselves.</summary>
    public Guid? RecordedBy { get; private init; }

    public DateTimeOffset AnsweredAt { get; private init; }

    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>The answers, in the questionnaire's question order.</summary>
    public IReadOnlyList<QuestionnaireAnswer> Answers => _answers;

    /// <summary>
    /// Records a response to an active questionnaire. Refuses the first problem <see cref="QuestionnaireDefinition.Check"/>
    /// finds, with the question's link id as the field (forms can call <c>Check</c> first to show every problem).
    /// Online responses have no staff recorder; the other ways need one. A response cannot be answered in the future
    /// or after it was recorded.
    /// </summary>
    public static QuestionnaireResponse Record(
        QuestionnaireDefinition definition, Guid personId, IEnumerable<QuestionnaireAnswer> answers, ResponseMode mode,
        DateTimeOffset answeredAt, Guid? recordedBy, DateTimeOffset now, Guid? episodeId = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(answers);
        if (!definition.CanBeAnswered)
        {
            throw new DomainException(
                definition.Status == QuestionnaireStatus.Draft
                    ? "This questionnaire is a draft; make it active before recording answers"
                    : "This questionnaire has been retired; use its current version",
                nameof(DefinitionVersion));
        }

        if (personId == Guid.Empty)
        {
            throw new DomainException("A response must say whose answers they are", nameof(PersonId));
        }

        CheckWhoAndWhen(mode, answeredAt, recordedBy, now);
        var given = answers.ToList();
        var problems = definition.Check(given);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message, problems[0].LinkId);
        }

        var response = new QuestionnaireResponse
        {
            DefinitionId = definition.Id,
            DefinitionUrl = definition.Url,
            DefinitionVersion = definition.Version,
            PersonId = personId,
            EpisodeId = episodeId,
            Mode = mode,
            RecordedBy = recordedBy,
            AnsweredAt = answeredAt,
            RecordedAt = now,
        };
        response._answers.AddRange(definition.Items.SelectMany(i => given.Where(a => a.LinkId == i.LinkId)));
        return response;
    }

    public QuestionnaireAnswer? AnswerTo(string linkId) => _answers.FirstOrDefault(a => a.LinkId == linkId);

    private static void CheckWhoAndWhen(ResponseMode mode, DateTimeOffset answeredAt, Guid? recordedBy, DateTimeOffset now)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new DomainException("Choose how the questions were answered", nameof(Mode));
        }

        if (mode == ResponseMode.Online && recordedBy is not null)
        {
            throw new DomainException("A response the person gave online is not recorded by a member of staff", nameof(RecordedBy));
        }

        if (mode != ResponseMode.Online && (recordedBy is null || recordedBy == Guid.Empty))
        {
            throw new DomainException("A response asked by a link worker or on paper must say who recorded it", nameof(RecordedBy));
        }

        if (answeredAt > now + FutureTolerance)
        {
            throw new DomainException("The date the questions were answered cannot be in the future", nameof(AnsweredAt));
        }
    }
}
