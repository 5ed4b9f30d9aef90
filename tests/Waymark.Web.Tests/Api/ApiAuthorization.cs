using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Staff;
using Waymark.Web.Features.ApiClients;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Api;

/// <summary>Who may call the JSON API: staff by cookie, systems by key; everyone else gets 401 or 403 problem details.</summary>
public sealed class ApiAuthorization(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<StaffRole> EveryRole() => [.. StaffRoles.All];

    public static TheoryData<StaffRole> EveryRoleButAdministrator() => [.. StaffRoles.All.Where(r => r != StaffRole.Administrator)];

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/organisations")]
    [InlineData("/api/teams")]
    public async Task Someone_not_signed_in_gets_401_problem_details(string url)
    {
        var response = await fixture.Anonymous().GetAsync(url, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_API_client_is_recognised_by_its_key()
    {
        var (id, key) = await fixture.IssueApiKeyAsync("GP system (me)");

        var response = await fixture.WithApiKey(key).GetAsync("/api/me", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.JsonAsync();
        Assert.Equal("ApiClient", me.GetProperty("kind").GetString());
        Assert.Equal(id, me.GetProperty("id").GetGuid());
        Assert.Equal(fixture.Data.ProviderId, me.GetProperty("organisationId").GetGuid());
        Assert.Empty(me.GetProperty("roles").EnumerateArray());
    }

    [Fact]
    public async Task An_API_client_reads_reference_data_but_cannot_change_it()
    {
        var (_, key) = await fixture.IssueApiKeyAsync("GP system (writes)");
        var client = fixture.WithApiKey(key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/organisations", Cancel)).StatusCode);
        var created = await client.PostAsJsonAsync("/api/organisations", new { name = "Made by a key", kind = "Partner" }, Cancel);
        var changed = await client.PutAsJsonAsync($"/api/organisations/{fixture.Data.PartnerId}", new { name = "Renamed by a key", kind = "Partner" }, Cancel);

        await created.AssertProblemAsync(HttpStatusCode.Forbidden);
        await changed.AssertProblemAsync(HttpStatusCode.Forbidden);
        await AssertOrganisationNamesDoNotIncludeAsync("Made by a key", "Renamed by a key");
    }

    [Fact]
    public async Task A_wrong_malformed_or_revoked_key_gets_401()
    {
        var (id, key) = await fixture.IssueApiKeyAsync("GP system (revoked)");
        var (_, other) = await fixture.IssueApiKeyAsync("GP system (tampered)");
        var tampered = other[..^1] + (other[^1] == 'A' ? 'B' : 'A');
        Assert.Equal(HttpStatusCode.OK, (await fixture.WithApiKey(key).GetAsync("/api/me", Cancel)).StatusCode);
        await fixture.App.WithScopeAsync(services => services.GetRequiredService<RevokeApiClient>().ExecuteAsync(id, Cancel));

        foreach (var presented in new[] { key, tampered, "not-a-key", "wmk_000000000000_secret", string.Empty })
        {
            var response = await fixture.WithApiKey(presented).GetAsync("/api/me", Cancel);

            await response.AssertProblemAsync(HttpStatusCode.Unauthorized, $"key '{presented}'");
        }
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task A_signed_in_user_sees_who_they_are_with_their_roles(StaffRole role)
    {
        var user = fixture.Data.User(role);
        var client = await fixture.SignedInAsync(role);

        var response = await client.GetAsync("/api/me", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.JsonAsync();
        Assert.Equal("User", me.GetProperty("kind").GetString());
        Assert.Equal(user.Id, me.GetProperty("id").GetGuid());
        Assert.Equal(new[] { StaffRoles.Name(role) }, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());
    }

    [Theory]
    [MemberData(nameof(EveryRoleButAdministrator))]
    public async Task Only_administrators_change_organisations_and_teams(StaffRole role)
    {
        var client = await fixture.SignedInAsync(role);
        var name = $"Made by {role}";

        var responses = new[]
        {
            await client.PostAsJsonAsync("/api/organisations", new { name, kind = "Partner" }, Cancel),
            await client.PutAsJsonAsync($"/api/organisations/{fixture.Data.PartnerId}", new { name, kind = "Partner" }, Cancel),
            await client.PostAsJsonAsync("/api/teams", new { name, providerId = fixture.Data.ProviderId }, Cancel),
            await client.PutAsJsonAsync($"/api/teams/{fixture.Data.TeamId}", new { name, providerId = fixture.Data.ProviderId }, Cancel),
        };

        foreach (var response in responses)
        {
            await response.AssertProblemAsync(HttpStatusCode.Forbidden, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}");
        }

        await AssertOrganisationNamesDoNotIncludeAsync(name);
        var teamNames = await fixture.App.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Teams.Select(t => t.Name).ToListAsync(Cancel));
        Assert.DoesNotContain(name, teamNames);
    }

    [Fact]
    public async Task An_administrator_may_change_organisations()
    {
        var client = await fixture.SignedInAsync(StaffRole.Administrator);

        var response = await client.PostAsJsonAsync("/api/organisations", new { name = "Made by an administrator", kind = "Partner" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task AssertOrganisationNamesDoNotIncludeAsync(params string[] names)
    {
        var all = await fixture.App.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Organisations.Select(o => o.Name).ToListAsync(Cancel));
        Assert.All(names, name => Assert.DoesNotContain(name, all));
    }
}
