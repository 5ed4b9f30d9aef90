using Waymark.Domain.Common;

namespace Waymark.Domain.Referrals;

/// <summary>
/// How an episode began: who referred the person, why (needs in their words), how urgently, and the person's
/// agreement. Nobody is referred without agreeing to it, so a referral without it is refused rather than stored.
/// </summary>
public sealed class Referral : Entity
{
    public const int IdempotencyKeyMaxLength = 100;
    public const int ReferrerNotesMaxLength = 4000;
    public const int MaxNeeds = 20;

    private readonly List<ReferralNeed> _needs = [];

    private Referral()
    {
    }

    public ReferralSource Source { get; private init; }

    /// <summary>The referring organisation (the GP practice for practice referrals); none for self-referrals.</summary>
    public Guid? ReferringOrganisationId { get; private init; }

    /// <summary>The staff user or API client's user who referred; null for self-referrals.</summary>
    public Guid? ReferrerUserId { get; private init; }

    public Guid PersonId { get; private init; }

    public IReadOnlyList<ReferralNeed> Needs => _needs;

    public bool PersonAgreed { get; private init; }

    public Urgency Urgency { get; private init; }

    public DateTimeOffset ReceivedAt { get; private init; }

    /// <summary>Lets an API client retry a submission without creating a second referral.</summary>
    public string? IdempotencyKey { get; private init; }

    public string? ReferrerNotes { get; private init; }

    public static Referral FromPractice(
        Guid practiceId, Guid referrerUserId, Guid personId, IEnumerable<ReferralNeed> needs, bool personAgreed,
        Urgency urgency, DateTimeOffset receivedAt, string? idempotencyKey = null, string? referrerNotes = null)
    {
        if (practiceId == Guid.Empty)
        {
            throw new DomainException("Choose the GP practice making the referral", nameof(ReferringOrganisationId));
        }

        return Create(ReferralSource.Practice, practiceId, Required(referrerUserId), personId, needs, personAgreed,
            urgency, receivedAt, idempotencyKey, referrerNotes);
    }

    /// <summary>A referral from another professional, an outreach list or a partner; the organisation is optional.</summary>
    public static Referral FromProfessional(
        ReferralSource source, Guid? organisationId, Guid referrerUserId, Guid personId, IEnumerable<ReferralNeed> needs,
        bool personAgreed, Urgency urgency, DateTimeOffset receivedAt, string? idempotencyKey = null, string? referrerNotes = null)
    {
        if (source is ReferralSource.Practice or ReferralSource.Self || !Enum.IsDefined(source))
        {
            throw new DomainException("Practice referrals and self-referrals have their own forms", nameof(Source));
        }

        return Create(source, organisationId == Guid.Empty ? null : organisationId, Required(referrerUserId), personId,
            needs, personAgreed, urgency, receivedAt, idempotencyKey, referrerNotes);
    }

    /// <summary>The person referred themselves: there is no referrer, and asking is their agreement.</summary>
    public static Referral SelfReferral(
        Guid personId, IEnumerable<ReferralNeed> needs, Urgency urgency, DateTimeOffset receivedAt,
        string? idempotencyKey = null, string? notes = null) =>
        Create(ReferralSource.Self, null, null, personId, needs, personAgreed: true, urgency, receivedAt, idempotencyKey, notes);

    private static Guid Required(Guid referrerUserId) => referrerUserId != Guid.Empty
        ? referrerUserId
        : throw new DomainException("A referral must say who made it", nameof(ReferrerUserId));

    private static Referral Create(
        ReferralSource source, Guid? organisationId, Guid? referrerUserId, Guid personId, IEnumerable<ReferralNeed> needs,
        bool personAgreed, Urgency urgency, DateTimeOffset receivedAt, string? idempotencyKey, string? referrerNotes)
    {
        if (!personAgreed)
        {
            throw new DomainException("Check the person has agreed to be referred", nameof(PersonAgreed));
        }

        if (personId == Guid.Empty)
        {
            throw new DomainException("A referral must name the person referred", nameof(PersonId));
        }

        if (!Enum.IsDefined(urgency))
        {
            throw new DomainException("Choose how urgent the referral is", nameof(Urgency));
        }

        var needList = needs.ToList();
        if (needList.Count == 0)
        {
            throw new DomainException("Choose at least one need", nameof(Needs));
        }

        if (needList.Count > MaxNeeds)
        {
            throw new DomainException($"A referral can name up to {MaxNeeds} needs", nameof(Needs));
        }

        var referral = new Referral
        {
            Source = source,
            ReferringOrganisationId = organisationId,
            ReferrerUserId = referrerUserId,
            PersonId = personId,
            PersonAgreed = true,
            Urgency = urgency,
            ReceivedAt = receivedAt,
            IdempotencyKey = Text.Optional(idempotencyKey, nameof(IdempotencyKey), "the idempotency key", IdempotencyKeyMaxLength),
            ReferrerNotes = Text.Optional(referrerNotes, nameof(ReferrerNotes), "the referrer's notes", ReferrerNotesMaxLength),
        };
        referral._needs.AddRange(needList);
        return referral;
    }
}
