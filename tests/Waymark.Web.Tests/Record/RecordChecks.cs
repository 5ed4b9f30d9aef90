using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Audit;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Record;

/// <summary>Checks the record tests share: audit events of a person, and how a refused page answers.</summary>
public static class RecordChecks
{
    public static Task<List<AuditEvent>> ReadsOfAsync(this WaymarkAppFactory app, Guid personId) => app.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditAction.Read && e.RecordType == "Person" && e.RecordId == personId.ToString())
            .ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>A signed-in user without the role is sent to the 403 page; an API caller gets 403 itself.</summary>
    public static async Task AssertForbiddenAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
    }

    public static async Task AssertStatusAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"GET {url}: expected {(int)status}, got {(int)response.StatusCode}");
    }
}
