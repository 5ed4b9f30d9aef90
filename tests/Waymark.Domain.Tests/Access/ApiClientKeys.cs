using Waymark.Domain.Access;
using Waymark.Domain.Common;

namespace Waymark.Domain.Tests.Access;

public sealed class ApiClientKeys
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_issued_key_is_accepted_and_only_its_hash_is_stored()
    {
        var (client, key) = ApiClient.Issue("GP system", Guid.NewGuid(), null, Now);

        Assert.StartsWith("wmk_", key, StringComparison.Ordinal);
        Assert.True(client.Accepts(key));
        Assert.DoesNotContain(key, client.KeyHash, StringComparison.Ordinal);
        Assert.Equal(64, client.KeyHash.Length);
        Assert.Equal(client.PublicId, ApiClient.PublicIdOf(key));
    }

    [Fact]
    public void A_key_with_one_character_changed_is_refused()
    {
        var (client, key) = ApiClient.Issue("GP system", Guid.NewGuid(), null, Now);
        var tampered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');
        Assert.False(client.Accepts(tampered));
    }

    [Fact]
    public void Two_keys_are_never_the_same()
    {
        var first = ApiClient.Issue("A", Guid.NewGuid(), null, Now);
        var second = ApiClient.Issue("B", Guid.NewGuid(), null, Now);
        Assert.NotEqual(first.Key, second.Key);
        Assert.NotEqual(first.Client.PublicId, second.Client.PublicId);
        Assert.False(first.Client.Accepts(second.Key));
    }

    [Fact]
    public void A_revoked_key_is_refused_and_cannot_be_revoked_twice()
    {
        var (client, key) = ApiClient.Issue("GP system", Guid.NewGuid(), null, Now);
        client.Revoke(Now.AddDays(1));

        Assert.False(client.Accepts(key));
        Assert.Equal(Now.AddDays(1), client.RevokedAt);
        Assert.Throws<DomainException>(() => client.Revoke(Now.AddDays(2)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("wmk_short")]
    [InlineData("wmk_0123456789ab-rest")]
    public void Things_that_are_not_our_keys_have_no_public_id(string? presented) => Assert.Null(ApiClient.PublicIdOf(presented));

    [Fact]
    public void A_client_needs_a_name() =>
        Assert.Equal("Name", Assert.Throws<DomainException>(() => ApiClient.Issue(" ", Guid.NewGuid(), null, Now)).Field);
}
