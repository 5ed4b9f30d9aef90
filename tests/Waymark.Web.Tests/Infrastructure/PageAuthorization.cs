using System.Net;
using Waymark.Domain.Staff;
using static Waymark.Domain.Staff.StaffRole;

namespace Waymark.Web.Tests.Infrastructure;

/// <summary>Each role reaches its own home page and is turned away from everyone else's; strangers are sent to sign in.</summary>
public sealed class PageAuthorization(SeededApp fixture) : IClassFixture<SeededApp>
{
    /// <summary>Who may open each home page (the product's rule, written out here rather than read from the app).</summary>
    private static readonly Dictionary<string, StaffRole[]> WhoMayOpen = new()
    {
        ["/team"] = [SeniorLinkWorker],
        ["/caseload"] = [LinkWorker, SeniorLinkWorker], // a senior link worker also holds a caseload
        ["/service"] = [ServiceManager],
        ["/referrals"] = [Referrer],
        ["/partner"] = [Partner],
        ["/reports"] = [Commissioner],
        ["/admin"] = [Administrator],
    };

    public static TheoryData<StaffRole, string> EveryRoleAndHomePage()
    {
        var data = new TheoryData<StaffRole, string>();
        foreach (var role in StaffRoles.All)
        {
            foreach (var url in WhoMayOpen.Keys)
            {
                data.Add(role, url);
            }
        }

        return data;
    }

    public static TheoryData<string> HomePages() => [.. WhoMayOpen.Keys, "/"];

    [Theory]
    [MemberData(nameof(EveryRoleAndHomePage))]
    public async Task A_role_opens_its_own_home_pages_and_is_refused_the_others(StaffRole role, string url)
    {
        var client = await fixture.SignedInAsync(role);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        if (WhoMayOpen[url].Contains(role))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        // Signed in but not allowed: a redirect to the NHS-styled 403 page, which answers 403 itself.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.RedirectTarget();
        Assert.Equal("/error/403", location.AbsolutePath);
        Assert.Equal($"?returnUrl={Uri.EscapeDataString(url)}", location.Query);

        var errorPage = await client.GetAsync(location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, errorPage.StatusCode);
        Assert.Contains("You cannot see this page", await errorPage.TextAsync());
    }

    [Theory]
    [MemberData(nameof(HomePages))]
    public async Task Someone_not_signed_in_is_sent_to_sign_in_and_brought_back(string url)
    {
        var response = await fixture.Anonymous().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.RedirectTarget();
        Assert.Equal("/account/sign-in", location.AbsolutePath);
        Assert.Equal($"?returnUrl={Uri.EscapeDataString(url)}", location.Query);
    }
}
