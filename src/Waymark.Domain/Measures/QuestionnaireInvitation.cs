using System.Security.Cryptography;
using System.Text;
using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Domain.Measures;

/// <summary>
/// A one-time link that lets a person answer one questionnaire online without signing in: for one person (and the
/// episode it was sent in), one questionnaire version, sent to one email address by a member of staff. The token is
/// 256 bits of randomness, returned once when the invitation is made; only its SHA-256 hash is stored, so the
/// database alone cannot be used to answer for anyone. A fast hash is enough: there is nothing to brute-force that a
/// slow hash would protect. The link expires (7 days unless the service says otherwise), works once (it is used when
/// the response is saved) and can be withdrawn by staff before then.
/// </summary>
public sealed class QuestionnaireInvitation : Entity
{
    public const int TokenBytes = 32;
    public const int HashLength = 64;
    public static readonly TimeSpan DefaultValidity = TimeSpan.FromDays(7);
    public static readonly TimeSpan MinValidity = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxValidity = TimeSpan.FromDays(90);

    private QuestionnaireInvitation()
    {
        (Email, TokenHash) = (string.Empty, string.Empty);
    }

    public Guid PersonId { get; private init; }

    public Guid? EpisodeId { get; private init; }

    public Guid DefinitionId { get; private init; }

    /// <summary>Where the link was sent, as it was when sent (the person's address may change later).</summary>
    public string Email { get; private init; }

    /// <summary>The lower-case hex SHA-256 of the token; the token itself is never stored.</summary>
    public string TokenHash { get; private init; }

    public Guid SentBy { get; private init; }

    public DateTimeOffset SentAt { get; private init; }

    public DateTimeOffset ExpiresAt { get; private init; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>The response the person gave through this link.</summary>
    public Guid? ResponseId { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public Guid? WithdrawnBy { get; private set; }

    /// <summary>
    /// Makes an invitation and returns the only copy of its token (base64url, 43 characters), to put in the link.
    /// </summary>
    public static (QuestionnaireInvitation Invitation, string Token) Create(
        QuestionnaireDefinition definition, Guid personId, Guid? episodeId, string? email, Guid sentBy, DateTimeOffset now, TimeSpan? validFor = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!definition.CanBeAnswered)
        {
            throw new DomainException("Only an active questionnaire can be sent", nameof(DefinitionId));
        }

        if (personId == Guid.Empty)
        {
            throw new DomainException("An invitation must say who it is for", nameof(PersonId));
        }

        if (sentBy == Guid.Empty)
        {
            throw new DomainException("An invitation must say who sent it", nameof(SentBy));
        }

        var validity = validFor ?? DefaultValidity;
        if (validity < MinValidity || validity > MaxValidity)
        {
            throw new DomainException("A link must last from 1 hour to 90 days", nameof(ExpiresAt));
        }

        var address = ContactDetails.Email(email, nameof(Email))
            ?? throw new DomainException("Enter an email address to send the link to", nameof(Email));
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var invitation = new QuestionnaireInvitation
        {
            PersonId = personId,
            EpisodeId = episodeId,
            DefinitionId = definition.Id,
            Email = address,
            TokenHash = HashOf(token),
            SentBy = sentBy,
            SentAt = now,
            ExpiresAt = now + validity,
        };
        return (invitation, token);
    }

    /// <summary>The hash a presented token is looked up by. Any text hashes; an unknown one simply matches nothing.</summary>
    public static string HashOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        WithdrawnAt is not null ? InvitationStatus.Withdrawn
        : UsedAt is not null ? InvitationStatus.Used
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Open;

    /// <summary>True only for this invitation's own token while it is open (compared in fixed time).</summary>
    public bool Accepts(string? token, DateTimeOffset now) =>
        token is not null
        && StatusAt(now) == InvitationStatus.Open
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(token)), Encoding.ASCII.GetBytes(TokenHash));

    /// <summary>Spends the link on the response just saved through it; a link that is not open cannot be used.</summary>
    public void Use(string token, Guid responseId, DateTimeOffset now)
    {
        if (!Accepts(token, now))
        {
            throw new DomainException("This link cannot be used", nameof(TokenHash));
        }

        (UsedAt, ResponseId) = (now, responseId);
    }

    /// <summary>Staff stop a link before it is answered (sent to the wrong address, say). Only an open link can be withdrawn.</summary>
    public void Withdraw(Guid by, DateTimeOffset now)
    {
        var message = StatusAt(now) switch
        {
            InvitationStatus.Used => "This link has already been answered, so it cannot be withdrawn",
            InvitationStatus.Withdrawn => "This link has already been withdrawn",
            InvitationStatus.Expired => "This link has already expired, so it cannot be used anyway",
            _ => null,
        };
        if (message is not null)
        {
            throw new DomainException(message, nameof(WithdrawnAt));
        }

        (WithdrawnAt, WithdrawnBy) = (now, by);
    }
}
