using Waymark.Domain.Common;

namespace Waymark.Domain.Conversations;

/// <summary>
/// The person's own rating of one area of their life, on a 1 to 5 scale: 1 means "not going well at all", 5 means
/// "going very well". Five points, not ten, because it is asked aloud in a conversation and a short scale with
/// words at each end is easier to answer honestly. It is their view, not the link worker's assessment.
/// </summary>
public sealed record LifeDomainRating
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int NotesMaxLength = 1000;

    private LifeDomainRating(LifeDomain domain, int score, string? notes) => (Domain, Score, Notes) = (domain, score, notes);

    public LifeDomain Domain { get; }

    public int Score { get; }

    public string? Notes { get; }

    public static LifeDomainRating Of(LifeDomain domain, int score, string? notes = null)
    {
        if (!Enum.IsDefined(domain))
        {
            throw new DomainException("Choose an area of life from the list", "Ratings");
        }

        return score is >= MinScore and <= MaxScore
            ? new LifeDomainRating(domain, score, Text.Optional(notes, "Ratings", "the notes on a rating", NotesMaxLength))
            : throw new DomainException($"Ratings must be from {MinScore} to {MaxScore}", "Ratings");
    }
}
