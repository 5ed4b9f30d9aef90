using System.Security.Cryptography;
using System.Text;
using Waymark.Domain.Common;

namespace Waymark.Domain.Access;

/// <summary>
/// A system that calls the Waymark API with its own key (a GP system sending referrals, say). The key is shown once
/// when issued; only its SHA-256 hash is stored. Keys are 256 bits of randomness, so a fast hash is enough: there is
/// nothing to brute-force that a slow hash would protect.
/// </summary>
public sealed class ApiClient : Entity
{
    public const int NameMaxLength = 120;
    public const string KeyPrefix = "wmk_";
    private const int PublicIdLength = 12;

    private ApiClient()
    {
        Name = string.Empty;
        PublicId = string.Empty;
        KeyHash = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>The organisation the client acts for; its access is scoped to it.</summary>
    public Guid OrganisationId { get; private init; }

    /// <summary>The non-secret part of the key, used to find the client without scanning hashes.</summary>
    public string PublicId { get; private init; }

    public string KeyHash { get; private init; }

    public DateTimeOffset CreatedAt { get; private init; }

    public Guid? CreatedById { get; private init; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Issues a new client and returns the only copy of its key.</summary>
    public static (ApiClient Client, string Key) Issue(string? name, Guid organisationId, Guid? createdById, DateTimeOffset now)
    {
        var publicId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PublicIdLength / 2));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{KeyPrefix}{publicId}_{secret}";
        var client = new ApiClient
        {
            Name = Text.Required(name, nameof(Name), "a name for the API client", NameMaxLength),
            OrganisationId = organisationId,
            PublicId = publicId,
            KeyHash = Hash(key),
            CreatedAt = now,
            CreatedById = createdById,
        };
        return (client, key);
    }

    /// <summary>Reads the public id out of a presented key, or null when the key is not one of ours.</summary>
    public static string? PublicIdOf(string? presentedKey)
    {
        if (presentedKey is null || !presentedKey.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = presentedKey.AsSpan(KeyPrefix.Length);
        return rest.Length > PublicIdLength && rest[PublicIdLength] == '_' ? rest[..PublicIdLength].ToString() : null;
    }

    public bool Accepts(string presentedKey) =>
        IsActive && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(presentedKey)), Encoding.ASCII.GetBytes(KeyHash));

    public void RecordUse(DateTimeOffset now) => LastUsedAt = now;

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainException("This API key has already been revoked");
        }

        RevokedAt = now;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
