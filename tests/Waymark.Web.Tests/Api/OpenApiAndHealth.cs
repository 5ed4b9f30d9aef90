using System.Net;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Api;

/// <summary>What needs no sign-in: the API description for client developers and the health checks for load balancers.</summary>
public sealed class OpenApiAndHealth(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await response.JsonAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(paths, p => p.TrimEnd('/') == "/api/organisations");
        Assert.Contains(paths, p => p.TrimEnd('/') == "/api/teams");
        Assert.Contains("/api/me", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/health", StringComparison.Ordinal) || p.StartsWith("/openapi", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_checks_answer_without_signing_in_and_say_only_the_status(string url)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.TextAsync());
    }
}
