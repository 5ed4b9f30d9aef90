using System.Net;
using Waymark.Domain.Staff;
using Waymark.Testing;

namespace Waymark.Web.Tests.Admin;

/// <summary>Only administrators reach the admin pages; every page has one heading and labels on its inputs.</summary>
public sealed class AdminAccess(SeededApp seeded) : IClassFixture<SeededApp>
{
    private static readonly string[] PageUrls =
    [
        "/admin",
        "/admin/organisations",
        "/admin/organisations/add",
        "/admin/organisations/{practice}/edit",
        "/admin/teams",
        "/admin/teams/add",
        "/admin/teams/{team}/edit",
        "/admin/users",
        "/admin/users/add",
        "/admin/users/{user}",
        "/admin/users/{user}/edit",
        "/admin/users/{user}/disable",
        "/admin/api-clients",
        "/admin/api-clients/add",
    ];

    public static TheoryData<string> Pages { get; } = new(PageUrls);

    public static TheoryData<StaffRole, string> PagesForOtherRoles { get; } = new(
        from role in new[] { StaffRole.LinkWorker, StaffRole.Referrer }
        from page in PageUrls
        select (role, page));

    [Theory]
    [MemberData(nameof(PagesForOtherRoles))]
    public async Task Other_roles_cannot_see_admin_pages(StaffRole role, string page)
    {
        var client = await seeded.SignedInAsync(role);

        var response = await client.GetAsync(Resolve(page), TestContext.Current.CancellationToken);

        await AssertForbiddenAsync(client, response);
    }

    [Fact]
    public async Task Other_roles_cannot_post_to_admin_pages()
    {
        var client = await seeded.SignedInAsync(StaffRole.LinkWorker);
        var token = await client.AntiforgeryTokenAsync("/account");
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]);

        var response = await client.PostAsync(Resolve("/admin/users/{user}/disable"), form, TestContext.Current.CancellationToken);

        await AssertForbiddenAsync(client, response);
        var admin = await seeded.AdminAsync();
        Assert.Equal("Active", (await admin.GetPageAsync(Resolve("/admin/users/{user}"))).QuerySelector(".nhsuk-tag")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Signed_out_people_are_sent_to_sign_in(string page)
    {
        var response = await seeded.App.CreateBrowserLikeClient().GetAsync(Resolve(page), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_admin_page_has_one_heading_and_a_label_for_every_input(string page)
    {
        var admin = await seeded.AdminAsync();

        var html = await admin.GetPageAsync(Resolve(page));

        Assert.Single(html.QuerySelectorAll("h1"));
        var inputs = html.QuerySelectorAll("main input:not([type='hidden']), main select, main textarea");
        Assert.All(inputs, input => Assert.NotNull(html.QuerySelector($"label[for='{input.Id}']")));
    }

    private string Resolve(string page) => page
        .Replace("{practice}", seeded.Data.PracticeId.ToString(), StringComparison.Ordinal)
        .Replace("{team}", seeded.Data.TeamId.ToString(), StringComparison.Ordinal)
        .Replace("{user}", seeded.Data.User(StaffRole.LinkWorker).Id.ToString(), StringComparison.Ordinal);

    private static async Task AssertForbiddenAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.PathAndQuery();
        Assert.StartsWith("/error/403", location, StringComparison.Ordinal);
        var error = await client.GetAsync(location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }
}

internal static class UriExtensions
{
    /// <summary>The path and query of a redirect, whether the app gave it as absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
