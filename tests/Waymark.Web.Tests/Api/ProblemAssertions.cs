using System.Net;
using System.Text.Json;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Api;

/// <summary>What every API error must look like: RFC 9457 problem details, and nothing from inside the app.</summary>
public static class ProblemAssertions
{
    /// <summary>Checks the status, the media type and the problem's shape, and that nothing internal leaks out.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? what = null)
    {
        var body = await response.TextAsync();
        Assert.True(status == response.StatusCode,
            $"{what ?? $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}"}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNothingInternal(body);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>No stack trace, no exception type, no namespace: what went wrong inside stays in the log.</summary>
    public static void AssertNothingInternal(string body)
    {
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Waymark.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.", body, StringComparison.Ordinal);
    }
}
