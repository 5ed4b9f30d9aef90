using System.Net;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Asking;

/// <summary>The real limit on /q/... (10 a minute per address by default), on an app of its own so no other test shares the window.</summary>
public sealed class QuestionnaireLinkRateLimits(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_eleventh_request_in_a_minute_from_one_address_answers_429_with_retry_after()
    {
        using var client = fixture.App.CreateBrowserLikeClient();
        for (var i = 0; i < 10; i++)
        {
            var allowed = await client.GetAsync($"/q/guess-{i}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        var refused = await client.GetAsync("/q/guess-11", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
    }
}
