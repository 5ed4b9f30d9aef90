using System.Net;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.Web.Tests.Infrastructure;

/// <summary>Every kind of response carries the security headers; the sign-in cookie is out of scripts' reach.</summary>
public sealed class SecurityHeaders(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/help/privacy")]
    [InlineData("/caseload")] // anonymous: the redirect to sign in
    [InlineData("/error/404")]
    [InlineData("/api/me")] // anonymous: 401 problem details
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/css/waymark.css")]
    public async Task Every_response_forbids_sniffing_and_framing_and_sets_a_content_security_policy(string url)
    {
        var response = await fixture.Anonymous().GetAsync(url, Cancel);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_signed_in_page_carries_the_headers_too()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await client.GetAsync("/caseload", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_and_SameSite()
    {
        using var client = fixture.App.CreateBrowserLikeClient();
        var user = fixture.Data.User(StaffRole.Commissioner);

        var response = await client.SignInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("waymark.auth=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var what = $"{response.RequestMessage?.RequestUri} ({(int)response.StatusCode})";
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniffing), $"{what}: no X-Content-Type-Options");
        Assert.Equal("nosniff", Assert.Single(sniffing));
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var framing), $"{what}: no X-Frame-Options");
        Assert.Equal("DENY", Assert.Single(framing));
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{what}: no Content-Security-Policy");
        var policy = Assert.Single(csp);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }
}
