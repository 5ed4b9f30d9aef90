using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Domain.Access;

namespace Waymark.Web.Infrastructure.Auth;

/// <summary>
/// Authenticates API clients by the key in the <c>X-Api-Key</c> header. Keys are looked up by their public id and
/// compared by hash in constant time; revoked keys fail. Clients carry no staff roles, so only policies that name
/// API clients admit them.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    // Recording last use on every call would turn each request into a write; once every few minutes is enough.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString();
        var publicId = ApiClient.PublicIdOf(presented);
        var client = publicId is null ? null : await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.PublicId == publicId, Context.RequestAborted);
        if (client is null || !client.Accepts(presented))
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var now = clock.GetUtcNow();
        if (client.LastUsedAt is null || now - client.LastUsedAt > LastUsedResolution)
        {
            // A direct update: bookkeeping, not a change anyone made, so it is not an audited write.
            await db.ApiClients.Where(c => c.Id == client.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(WaymarkClaims.ApiClientId, client.Id.ToString()),
                new Claim(WaymarkClaims.OrganisationId, client.OrganisationId.ToString()),
                new Claim(ClaimTypes.Name, $"api-client:{client.Id}"),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }
}
