using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Plans;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// An onward referral: the link worker connects the person, from a goal in their plan, to a service in the
/// directory — as a <see cref="OnwardReferralKind.Signpost"/> (recorded only) or a
/// <see cref="OnwardReferralKind.Direct"/> referral to the organisation's inbox. Its status follows FHIR
/// <c>Task.status</c> as HL7 Gravity closed-loop referrals use it (<see cref="OnwardReferralStatus"/>); each step is a
/// named method that refuses, in plain words, what the current status or the acting side does not allow, and every
/// step is kept in <see cref="History"/>.
/// </summary>
public sealed partial class OnwardReferral : Entity
{
    public const int AgreedReasonMaxLength = 1000;
    public const int ReasonTextMaxLength = 500;
    public const int NoteMaxLength = 1000;

    private readonly List<OnwardReferralStatusChange> _history = [];

    private OnwardReferral()
    {
        AgreedReason = string.Empty;
        SharedData = SharedData.Minimum;
    }

    public Guid EpisodeId { get; private init; }

    public Guid PersonId { get; private init; }

    /// <summary>The goal in the person's plan this referral works towards.</summary>
    public Guid GoalId { get; private init; }

    /// <summary>The directory service (ORUK <c>service.id</c>; FHIR performer).</summary>
    public Guid ServiceId { get; private init; }

    /// <summary>The organisation running the service: its partner users see and answer direct referrals.</summary>
    public Guid OrganisationId { get; private init; }

    public OnwardReferralKind Kind { get; private set; }

    /// <summary>Someone (the link worker, a volunteer) goes with the person the first time.</summary>
    public bool Accompanied { get; private set; }

    /// <summary>Why the person is referred, in words agreed with them; the receiving organisation reads it.</summary>
    public string AgreedReason { get; private set; }

    public SharedData SharedData { get; private set; }

    public OnwardReferralStatus Status { get; private set; } = OnwardReferralStatus.Draft;

    public Guid CreatedBy { get; private init; }

    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>When the link worker sent it (or recorded the signpost); the response deadline counts from here.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>When it was first accepted or rejected; with <see cref="SentAt"/>, the service's response time.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Every status the referral has had, oldest first, starting with its making.</summary>
    public IReadOnlyList<OnwardReferralStatusChange> History => _history;

    /// <summary>The latest step: who moved it to its current status, when and why.</summary>
    public OnwardReferralStatusChange LastChange => _history[^1];

    /// <summary>
    /// Makes an onward referral from an open goal of the episode's plan, while the person is in support. With
    /// <paramref name="send"/> it goes straight to <see cref="OnwardReferralStatus.Requested"/>; otherwise it is
    /// kept as a draft to finish and send later. Only the link worker makes referrals.
    /// </summary>
    public static OnwardReferral Create(
        Episode episode, Plan plan, Guid goalId, ReferralTarget service, OnwardReferralDetails details, bool send, Guid by, DateTimeOffset now)
    {
        episode.EnsureInSupport("Make an onward referral");
        if (plan.EpisodeId != episode.Id)
        {
            throw new DomainException("Choose a goal from this person's plan", nameof(GoalId));
        }

        plan.FindGoal(goalId).RequireOpen("used for a new onward referral");
        if (service.ServiceId == Guid.Empty || service.OrganisationId == Guid.Empty)
        {
            throw new DomainException("Choose a service from the directory", nameof(ServiceId));
        }

        if (by == Guid.Empty)
        {
            throw new DomainException("An onward referral must say who made it", nameof(CreatedBy));
        }

        var referral = new OnwardReferral
        {
            EpisodeId = episode.Id,
            PersonId = episode.PersonId,
            GoalId = goalId,
            ServiceId = service.ServiceId,
            OrganisationId = service.OrganisationId,
            CreatedBy = by,
            CreatedAt = now,
        };
        referral.Apply(details, service);
        referral.Record(OnwardReferralStatus.Draft, OnwardReferralActor.LinkWorker, by, now, null, null, null);
        if (send)
        {
            referral.Send(service, OnwardReferralActor.LinkWorker, by, now);
        }

        return referral;
    }

    /// <summary>Changes a draft before it is sent; once sent, the organisation has read what it says.</summary>
    public void Revise(OnwardReferralDetails details, ReferralTarget service, OnwardReferralActor actor, DateTimeOffset now)
    {
        EnsureStatus("Only a draft referral can be changed", OnwardReferralStatus.Draft);
        EnsureLinkWorker(actor, "Only the link worker can change a draft referral");
        EnsureSameService(service);
        Apply(details, service);
        UpdatedAt = now;
    }

    private void Apply(OnwardReferralDetails details, ReferralTarget service)
    {
        if (!Enum.IsDefined(details.Kind))
        {
            throw new DomainException("Select whether to signpost the person or refer them directly", nameof(Kind));
        }

        if (details.Kind == OnwardReferralKind.Direct && !service.TakesDirectReferrals)
        {
            throw new DomainException(
                "This service does not take referrals through Waymark; signpost the person to it instead", nameof(Kind));
        }

        var reason = Text.Required(
            details.AgreedReason, nameof(AgreedReason), "the reason for the referral, in words agreed with the person", AgreedReasonMaxLength);
        (Kind, Accompanied, AgreedReason, SharedData) = (details.Kind, details.Accompanied, reason, (details.SharedData ?? SharedData.Minimum).Copy());
    }

    private void EnsureSameService(ReferralTarget service)
    {
        if (service.ServiceId != ServiceId)
        {
            throw new DomainException("The service of a referral cannot change; cancel it and make a new one", nameof(ServiceId));
        }
    }

    private void EnsureStatus(string action, params OnwardReferralStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException($"{action}; this one is {Status.Describe()}", nameof(Status));
        }
    }

    private static void EnsureKnown(OnwardReferralActor actor)
    {
        if (!Enum.IsDefined(actor))
        {
            throw new DomainException("Say whether the link worker or the receiving organisation is acting", "Actor");
        }
    }

    private static void EnsureLinkWorker(OnwardReferralActor actor, string refusal)
    {
        EnsureKnown(actor);
        if (actor != OnwardReferralActor.LinkWorker)
        {
            throw new DomainException(refusal, "Actor");
        }
    }

    private void Record(
        OnwardReferralStatus status, OnwardReferralActor actor, Guid by, DateTimeOffset now, OnwardReferralReason? reason, string? reasonText, string? note)
    {
        if (by == Guid.Empty)
        {
            throw new DomainException("A change of status must say who made it", "By");
        }

        _history.Add(new OnwardReferralStatusChange(status, now, by, actor, reason, reasonText, note));
        Status = status;
        UpdatedAt = now;
    }
}
