using Waymark.Domain.Common;

namespace Waymark.Domain.Episodes;

/// <summary>
/// An episode of care: one person's journey with one team (and programme) from referral to an ending. Its life
/// cycle is guarded: Referred → (triage) → Waiting → Allocated → (first contact) → Active → Discharged, with
/// Declined, Redirected and PersonDeclined as the other endings. Each step is a named method that refuses, in plain
/// words, what its current status does not allow. A person referred again gets a new episode linked to this one.
/// </summary>
public sealed partial class Episode : Entity
{
    public const int ReasonMaxLength = 1000;
    public const int ServiceMaxLength = 200;
    public const int SummaryMaxLength = 4000;

    private readonly List<CodedEvent> _codedEvents = [];
    private readonly List<Allocation> _allocations = [];

    private Episode()
    {
    }

    public Guid PersonId { get; private init; }

    public Guid ReferralId { get; private init; }

    public Guid? ProgrammeId { get; private init; }

    public Guid TeamId { get; private init; }

    public EpisodeStatus Status { get; private set; } = EpisodeStatus.Referred;

    /// <summary>The episode this one follows when the person was referred again; the history comes with them.</summary>
    public Guid? PreviousEpisodeId { get; private init; }

    public DateTimeOffset CreatedAt { get; private init; }

    public IReadOnlyList<CodedEvent> CodedEvents => _codedEvents;

    /// <summary>Opens a new episode for a referral. The caller checks <see cref="EnsureNoOtherOpen"/> first.</summary>
    public static Episode Open(Guid personId, Guid referralId, Guid? programmeId, Guid teamId, DateTimeOffset now) =>
        new()
        {
            PersonId = personId,
            ReferralId = referralId,
            ProgrammeId = programmeId,
            TeamId = teamId,
            CreatedAt = now,
        };

    /// <summary>
    /// Opens a new episode for a person referred again, linked to their previous one so the history comes with them.
    /// The previous episode must have ended: an open one is where the new need belongs.
    /// </summary>
    public static Episode ReReferral(Episode previous, Guid referralId, Guid? programmeId, Guid teamId, DateTimeOffset now)
    {
        if (!previous.Status.IsEnded())
        {
            throw new DomainException(
                $"A person can be referred again only once their previous episode has ended; that one is {previous.Status.Describe()}",
                nameof(PreviousEpisodeId));
        }

        return new Episode
        {
            PersonId = previous.PersonId,
            ReferralId = referralId,
            ProgrammeId = programmeId,
            TeamId = teamId,
            CreatedAt = now,
            PreviousEpisodeId = previous.Id,
        };
    }

    /// <summary>One open episode per person per programme: two would split the person's care between two workers.</summary>
    public static void EnsureNoOtherOpen(IEnumerable<Episode> existingForPerson, Guid? programmeId)
    {
        if (existingForPerson.FirstOrDefault(e => e.ProgrammeId == programmeId && !e.Status.IsEnded()) is { } open)
        {
            throw new DomainException(
                $"This person already has an open episode in this programme ({open.Status.Describe()}); add to that one instead",
                nameof(ProgrammeId));
        }
    }

    private void EnsureStatus(string action, params EpisodeStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException($"{action}; this one is {Status.Describe()}", nameof(Status));
        }
    }

    private void RecordCode(string code, string display, DateTimeOffset now)
    {
        if (_codedEvents.All(e => e.SnomedCode != code))
        {
            _codedEvents.Add(new CodedEvent(code, display, now));
        }
    }
}
