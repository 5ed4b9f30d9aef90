using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Tests.Infrastructure;

/// <summary>
/// Every endpoint the app maps — pages, APIs, health, OpenAPI, static assets — either names an authorization policy
/// or is anonymous for a reason written down in <see cref="AnonymousEndpoints"/>. Nothing relies on the fallback.
/// </summary>
public sealed class EndpointPolicies(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_endpoint_names_a_policy_or_is_anonymous_for_a_listed_reason()
    {
        var offenders = new List<string>();
        foreach (var endpoint in AllEndpoints())
        {
            if (await ProblemWithAsync(endpoint) is { } problem)
            {
                offenders.Add($"{Describe(endpoint)}: {problem}");
            }
        }

        Assert.True(offenders.Count == 0,
            $"{offenders.Count} endpoints break the rule (name a policy, or add the route to AnonymousEndpoints with a reason):\n" +
            string.Join('\n', offenders));
    }

    [Fact]
    public void Every_allow_list_entry_matches_an_anonymous_endpoint()
    {
        var anonymousKeys = AllEndpoints().OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(AnonymousEndpoints.KeyOf)
            .ToHashSet(StringComparer.Ordinal);

        var stale = AnonymousEndpoints.Reasons.Keys.Where(key => !anonymousKeys.Contains(key)).ToList();

        Assert.True(stale.Count == 0, "AnonymousEndpoints lists routes no anonymous endpoint has (remove them):\n" + string.Join('\n', stale));
        Assert.All(AnonymousEndpoints.Reasons, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{entry.Key} gives no reason"));
    }

    [Fact]
    public void Every_API_endpoint_names_a_policy_and_none_is_anonymous()
    {
        var api = AllEndpoints().OfType<RouteEndpoint>().Where(e => AnonymousEndpoints.KeyOf(e).StartsWith("/api", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(api);
        var offenders = api
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || NamedPolicies(e).Count == 0)
            .Select(Describe)
            .ToList();
        Assert.True(offenders.Count == 0, "API endpoints must name a policy and never allow anonymous callers:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_check_sees_pages_APIs_health_OpenAPI_and_static_assets()
    {
        var endpoints = AllEndpoints().OfType<RouteEndpoint>().ToList();
        var keys = endpoints.Select(AnonymousEndpoints.KeyOf).ToList();

        Assert.True(endpoints.Count > 20, $"Only {endpoints.Count} endpoints were found; the check would prove little.");
        Assert.Contains(endpoints, e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null);
        Assert.Contains(keys, k => k.StartsWith("/api/", StringComparison.Ordinal));
        Assert.Contains("/health/ready", keys);
        Assert.Contains("/openapi/{documentName}.json", keys);
        Assert.Contains(endpoints, AnonymousEndpoints.IsStaticAsset);
    }

    [Fact]
    public async Task The_check_refuses_an_unlisted_anonymous_endpoint_and_one_without_a_policy()
    {
        static RouteEndpoint Made(string pattern, params object[] metadata) =>
            new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);

        Assert.NotNull(await ProblemWithAsync(Made("/api/sneaky", new AllowAnonymousAttribute())));
        Assert.NotNull(await ProblemWithAsync(Made("/admin/forgotten")));
        Assert.NotNull(await ProblemWithAsync(Made("/admin/roles-only", new AuthorizeAttribute { Roles = "Administrator" })));
        Assert.NotNull(await ProblemWithAsync(Made("/admin/misspelt", new AuthorizeAttribute("Adminstrator"))));
        Assert.Null(await ProblemWithAsync(Made("/admin/fine", new AuthorizeAttribute(Policies.Administrator))));
        Assert.Null(await ProblemWithAsync(Made("/health/live", new AllowAnonymousAttribute())));
    }

    private List<Endpoint> AllEndpoints()
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.ToList();
        Assert.True(endpoints.Count > 20, $"Only {endpoints.Count} endpoints were found; the check would prove little.");
        return endpoints;
    }

    /// <summary>Why an endpoint breaks the rule, or null when it keeps it.</summary>
    private async Task<string?> ProblemWithAsync(Endpoint endpoint)
    {
        // [AllowAnonymous] wins over any policy, so an anonymous endpoint must be listed whatever else it names.
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return endpoint is RouteEndpoint route && AnonymousEndpoints.Allows(route, out _)
                ? null
                : "allows anonymous access but is not in AnonymousEndpoints";
        }

        var authorizeData = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (authorizeData.Count == 0)
        {
            return "names no authorization policy (only the fallback policy guards it)";
        }

        if (authorizeData.Any(a => string.IsNullOrWhiteSpace(a.Policy)))
        {
            return "has an [Authorize] or RequireAuthorization() without a policy name";
        }

        var policies = fixture.App.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        foreach (var name in NamedPolicies(endpoint))
        {
            if (await policies.GetPolicyAsync(name) is null)
            {
                return $"names the policy '{name}', which is not registered";
            }
        }

        return null;
    }

    private static List<string> NamedPolicies(Endpoint endpoint) =>
        [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Where(p => p.Length > 0)];

    private static string Describe(Endpoint endpoint)
    {
        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        var verbs = methods is { Count: > 0 } ? string.Join('|', methods) + " " : string.Empty;
        return $"{endpoint.DisplayName ?? "(no display name)"} [{verbs}{pattern ?? "no route"}]";
    }
}
