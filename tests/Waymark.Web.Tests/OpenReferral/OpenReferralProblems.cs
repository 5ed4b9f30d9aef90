using System.Net;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.OpenReferral;

/// <summary>
/// Everything under /openreferral answers as an API: an unknown address or a bad request is an RFC 9457 problem in
/// JSON (never the HTML error page), and carries the CORS header so a web page on another origin can read it.
/// </summary>
public sealed class OpenReferralProblems(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Origin = "https://directory.example.org";

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("/openreferral/xyz")]
    [InlineData("/openreferral/services/not-a-guid/locations")]
    [InlineData("/openreferral/services.json")]
    public async Task An_unknown_address_is_a_404_problem_with_the_CORS_header(string url)
    {
        using var response = await GetAsync(url);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_bad_page_number_is_a_400_problem_naming_the_parameter_with_the_CORS_header()
    {
        using var response = await GetAsync("/openreferral/services?page=abc");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _), problem.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("/openreferral/services/not-a-guid")]
    [InlineData("/openreferral/services/0190d5a4-0000-7000-8000-000000000000")]
    [InlineData("/openreferral/organizations/not-a-guid")]
    public async Task An_id_that_is_not_a_service_is_a_404_problem_with_the_CORS_header(string url)
    {
        using var response = await GetAsync(url);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_method_the_API_does_not_take_answers_with_a_problem_never_a_sign_in_redirect()
    {
        // Only GET is mapped; anything else falls to the sign-in requirement, answered as the API answers it.
        using var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.PostAsync(new Uri("/openreferral/services", UriKind.Relative), new StringContent("{}"), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
