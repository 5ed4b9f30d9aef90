using Waymark.Domain.Common;

namespace Waymark.Domain.Contacts;

/// <summary>
/// One contact with a person in an episode, reached or attempted. Notes are free text about a person: they are
/// never logged or audited in full.
/// </summary>
public sealed class Contact : Entity
{
    public const int MaxDurationMinutes = 600;
    public const int NotesMaxLength = 4000;

    /// <summary>Clocks on phones and laptops drift; a contact a few minutes "ahead" is still allowed.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    private Contact()
    {
    }

    public Guid EpisodeId { get; private init; }

    public DateTimeOffset At { get; private init; }

    public ContactMode Mode { get; private init; }

    public int DurationMinutes { get; private init; }

    public ContactOutcome Outcome { get; private init; }

    public string? Notes { get; private init; }

    public Guid RecordedBy { get; private init; }

    public DateTimeOffset RecordedAt { get; private init; }

    public bool IsReached => Outcome == ContactOutcome.Reached;

    public static Contact Record(
        Guid episodeId, DateTimeOffset at, ContactMode mode, int durationMinutes, ContactOutcome outcome, string? notes,
        Guid recordedBy, DateTimeOffset now)
    {
        if (episodeId == Guid.Empty)
        {
            throw new DomainException("A contact must belong to an episode", nameof(EpisodeId));
        }

        if (at > now + FutureTolerance)
        {
            throw new DomainException("The contact date and time cannot be in the future", nameof(At));
        }

        if (!Enum.IsDefined(mode))
        {
            throw new DomainException("Choose how the contact happened", nameof(Mode));
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException("Choose whether you reached the person", nameof(Outcome));
        }

        if (durationMinutes is < 0 or > MaxDurationMinutes)
        {
            throw new DomainException($"Duration must be between 0 and {MaxDurationMinutes} minutes", nameof(DurationMinutes));
        }

        if (recordedBy == Guid.Empty)
        {
            throw new DomainException("A contact must say who recorded it", nameof(RecordedBy));
        }

        return new Contact
        {
            EpisodeId = episodeId,
            At = at,
            Mode = mode,
            DurationMinutes = durationMinutes,
            Outcome = outcome,
            Notes = Text.Optional(notes, nameof(Notes), "the notes", NotesMaxLength),
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
    }
}
