using Waymark.BrowserTests.Pages;
using Waymark.Domain.Staff;

namespace Waymark.BrowserTests;

/// <summary>
/// Every page passes axe (WCAG 2.2 AA, no serious or critical violations). Adding a page is one InlineData line:
/// who is signed in (null for nobody) and the address. Role home pages, the sign-in states and the error pages are
/// also checked by the tests that visit them.
/// </summary>
public sealed class Accessibility(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(null, "/account/sign-in")]
    [InlineData(null, "/account/sign-out")]
    [InlineData(null, "/help/accessibility")]
    [InlineData(null, "/help/privacy")]
    [InlineData(StaffRole.LinkWorker, "/help/accessibility")]
    [InlineData(StaffRole.Administrator, "/admin")]
    [InlineData(StaffRole.Administrator, "/admin/organisations")]
    [InlineData(StaffRole.Administrator, "/admin/organisations/add")]
    [InlineData(StaffRole.Administrator, "/admin/organisations/{provider}/edit")]
    [InlineData(StaffRole.Administrator, "/admin/teams")]
    [InlineData(StaffRole.Administrator, "/admin/teams/add")]
    [InlineData(StaffRole.Administrator, "/admin/teams/{team}/edit")]
    [InlineData(StaffRole.Administrator, "/admin/users")]
    [InlineData(StaffRole.Administrator, "/admin/users/add")]
    [InlineData(StaffRole.Administrator, "/admin/users/{linkworker}")]
    [InlineData(StaffRole.Administrator, "/admin/users/{linkworker}/edit")]
    [InlineData(StaffRole.Administrator, "/admin/users/{linkworker}/disable")]
    [InlineData(StaffRole.Administrator, "/admin/api-clients")]
    [InlineData(StaffRole.Administrator, "/admin/api-clients/add")]
    [InlineData(StaffRole.LinkWorker, "/account")]
    [InlineData(null, "/refer-yourself")]
    [InlineData(null, "/refer-yourself/sent")]
    [InlineData(StaffRole.Referrer, "/referrals")]
    [InlineData(StaffRole.Referrer, "/referrals/new")]
    [InlineData(StaffRole.LinkWorker, "/team/referrals/new")]
    [InlineData(StaffRole.LinkWorker, "/account/change-password")]
    [InlineData(StaffRole.SeniorLinkWorker, "/team")]
    [InlineData(StaffRole.SeniorLinkWorker, "/team/triage")]
    [InlineData(StaffRole.SeniorLinkWorker, "/team/waiting-list")]
    [InlineData(StaffRole.Administrator, "/admin/teams/{team}/programmes")]
    [InlineData(StaffRole.Administrator, "/admin/teams/{team}/programmes/add")]
    [InlineData(StaffRole.LinkWorker, "/people")]
    [InlineData(StaffRole.SeniorLinkWorker, "/team/caseload")]
    [InlineData(StaffRole.LinkWorker, "/caseload")]
    [InlineData(StaffRole.ServiceManager, "/service")]
    [InlineData(StaffRole.Partner, "/partner")]
    [InlineData(StaffRole.Commissioner, "/reports")]
    [InlineData(StaffRole.ServiceManager, "/service/gaps")]
    [InlineData(StaffRole.Commissioner, "/reports/gaps")]
    [InlineData(StaffRole.LinkWorker, "/directory")]
    [InlineData(StaffRole.LinkWorker, "/directory?postcode=ZZ1+1ZZ")]
    [InlineData(StaffRole.ServiceManager, "/directory/manage")]
    [InlineData(StaffRole.ServiceManager, "/directory/manage/add")]
    [InlineData(StaffRole.ServiceManager, "/directory/manage/stale")]
    [InlineData(StaffRole.Partner, "/directory/manage")]
    [InlineData(StaffRole.ServiceManager, "/service/questionnaires")]
    [InlineData(StaffRole.SeniorLinkWorker, "/measures/outcomes")]
    [InlineData(StaffRole.Commissioner, "/measures/outcomes")]
    [InlineData(StaffRole.ServiceManager, "/service/questionnaires/import")]
    [InlineData(StaffRole.ServiceManager, "/service/questionnaires/0193a7c0-0000-7000-8000-000000000403")]
    [InlineData(StaffRole.LinkWorker, "/questionnaires/0193a7c0-0000-7000-8000-000000000401/print")]
    [InlineData(StaffRole.LinkWorker, "/questionnaires/0193a7c0-0000-7000-8000-000000000403/print")]
    [InlineData(null, "/q/thank-you")]
    public async Task Page_has_no_serious_accessibility_problems(StaffRole? signedInAs, string pathTemplate)
    {
        var path = pathTemplate
            .Replace("{provider}", Data.ProviderId.ToString(), StringComparison.Ordinal)
            .Replace("{team}", Data.TeamId.ToString(), StringComparison.Ordinal)
            .Replace("{linkworker}", Data.User(StaffRole.LinkWorker).Id.ToString(), StringComparison.Ordinal);

        if (signedInAs is { } role)
        {
            await SignInAsAsync(role);
        }

        var response = await Browser.VisitAsync(path);

        Assert.Equal(200, response?.Status);
        Assert.Equal(path.Split('?')[0], Browser.Path); // not redirected to sign-in or an error page
        Assert.NotEmpty(await new WaymarkPage(Browser).HeadingTextAsync());
    }

    [Fact]
    public async Task The_check_fails_a_page_with_a_serious_problem()
    {
        await Browser.GotoAsync("/help/privacy");
        await Browser.Page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input id=\"unlabelled\">')");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(Browser.CheckAccessibilityAsync);

        Assert.Contains("label [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#unlabelled", failure.Message, StringComparison.Ordinal);
    }
}
