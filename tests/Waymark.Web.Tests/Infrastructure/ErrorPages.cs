using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Infrastructure.Problems;
using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Infrastructure;

/// <summary>Errors show the NHS-styled pages (or problem details on the API), never what went wrong inside.</summary>
public sealed class ErrorPages(SeededApp fixture) : IClassFixture<SeededApp>
{
    private const string Secret = "Kaboom: connection string Password=hunter2";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/error/404", HttpStatusCode.NotFound, "Page not found")]
    [InlineData("/error/500", HttpStatusCode.InternalServerError, "Sorry, there is a problem with the service")]
    [InlineData("/error/403", HttpStatusCode.Forbidden, "You cannot see this page")]
    public async Task Error_pages_render_the_NHS_page(string url, HttpStatusCode status, string heading)
    {
        var response = await fixture.Anonymous().GetAsync(url, Cancel);

        await AssertNhsErrorPageAsync(response, status, heading);
    }

    [Fact]
    public async Task A_page_that_does_not_exist_shows_the_404_page()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await client.GetAsync("/no-such-page", Cancel);

        await AssertNhsErrorPageAsync(response, HttpStatusCode.NotFound, "Page not found");
    }

    /// <summary>
    /// No page fails on purpose, so the test app gets one extra piece of middleware at the end of the pipeline that
    /// throws; everything in front of it (exception handler, error page, headers) is the real app's.
    /// </summary>
    [Fact]
    public async Task An_exception_shows_the_500_page_on_pages_and_problem_details_on_the_API_with_no_detail()
    {
        await using var failing = fixture.App.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowAtTheEnd>()));
        using var client = failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var user = fixture.Data.User(StaffRole.LinkWorker);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email, user.Password)).StatusCode);

        var page = await client.GetAsync("/throws", Cancel);
        var api = await client.GetAsync("/api/throws", Cancel);
        var missingPage = await client.GetAsync("/throws-not-found", Cancel);
        var missingApi = await client.GetAsync("/api/throws-not-found", Cancel);

        var html = await AssertNhsErrorPageAsync(page, HttpStatusCode.InternalServerError, "Sorry, there is a problem with the service");
        Assert.Contains("give them this reference", html);
        var problem = await api.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("An unexpected error occurred.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Kaboom", problem.ToString());

        // A record that is not there (NotFoundException) is a 404 on both.
        await AssertNhsErrorPageAsync(missingPage, HttpStatusCode.NotFound, "Page not found");
        var notFound = await missingApi.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("The organisation was not found.", notFound.GetProperty("detail").GetString());
    }

    private static async Task<string> AssertNhsErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string heading)
    {
        var html = await response.TextAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("class=\"nhsuk-header\"", html);
        Assert.Contains("class=\"nhsuk-footer\"", html);
        Assert.Contains($"<h1 class=\"nhsuk-heading-l\">{heading}</h1>", html);
        ProblemAssertions.AssertNothingInternal(html);
        Assert.DoesNotContain("Kaboom", html);
        return html;
    }

    private sealed class ThrowAtTheEnd : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path.Value switch
            {
                "/throws" or "/api/throws" => throw new InvalidOperationException(Secret),
                "/throws-not-found" or "/api/throws-not-found" => throw new NotFoundException("organisation", Secret),
                _ => Task.CompletedTask,
            });
        };
    }
}
