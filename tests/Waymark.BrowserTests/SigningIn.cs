using Microsoft.Extensions.DependencyInjection;
using Waymark.BrowserTests.Pages;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Waymark.BrowserTests;

public sealed class SigningIn(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(StaffRole.SeniorLinkWorker, "/team", "Your team", "Team|My caseload|People|Directory")]
    [InlineData(StaffRole.LinkWorker, "/caseload", "My caseload", "My caseload|People|Directory")]
    [InlineData(StaffRole.ServiceManager, "/service", "Service overview", "Service|People|Directory")]
    [InlineData(StaffRole.Referrer, "/referrals", "Your practice's referrals", "Referrals")]
    [InlineData(StaffRole.Partner, "/partner", "Referrals received", "Referrals received|Directory")]
    [InlineData(StaffRole.Commissioner, "/reports", "Reports", "Reports")]
    [InlineData(StaffRole.Administrator, "/admin", "Administration", "Administration")]
    public async Task Signing_in_lands_on_the_role_home_page_with_the_role_menu_and_signing_out_ends_the_session(
        StaffRole role, string home, string heading, string menu)
    {
        await Browser.VisitAsync(SignInPage.Path);
        var signIn = new SignInPage(Browser);

        var landed = await signIn.SignInAsync(Data.User(role).Email, TestData.Password);

        Assert.Equal(home, Browser.Path);
        Assert.Equal(heading, await landed.HeadingTextAsync());
        Assert.Equal($"Test {StaffRoles.DisplayName(role)}", await landed.Header.UserNameAsync());
        Assert.Equal(menu.Split('|'), await landed.Header.MenuLinksAsync());
        await Expect(landed.Header.MenuLink(menu.Split('|')[0])).ToHaveAttributeAsync("aria-current", "page");
        await Browser.CheckAccessibilityAsync();

        var signedOut = await landed.Header.SignOutAsync();

        Assert.Equal("/account/sign-out", Browser.Path);
        Assert.Equal("You have signed out", await signedOut.HeadingTextAsync());
        await Expect(signedOut.Header.Account).ToHaveCountAsync(0);
        await Browser.CheckAccessibilityAsync();
        await Browser.GotoAsync(home);
        Assert.Equal(SignInPage.Path, Browser.Path); // the session really ended
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_password_is_refused()
    {
        // A user of its own, so locking it cannot upset other tests.
        var email = $"lockout-{Guid.NewGuid():N}@test.waymark.example";
        await App.WithScopeAsync(services => services.GetRequiredService<AddUser>().ExecuteAsync(
            new UserInput(email, "Lockout Test", Data.PracticeId, null, [StaffRole.Referrer], Password: TestData.Password),
            TestContext.Current.CancellationToken));
        await Browser.VisitAsync(SignInPage.Path);
        var signIn = new SignInPage(Browser);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await signIn.SignInExpectingRefusalAsync(email, "not the right password");
            Assert.Equal(["Enter a correct email address and password"], await signIn.ErrorMessagesAsync());
            Assert.False(await signIn.IsLockedOutMessageVisibleAsync(), $"locked after only {attempt} wrong password(s)");
        }

        await signIn.SignInExpectingRefusalAsync(email, "not the right password");
        Assert.True(await signIn.IsLockedOutMessageVisibleAsync(), "not locked after the 5th wrong password");
        await Browser.CheckAccessibilityAsync();

        await signIn.SignInExpectingRefusalAsync(email, TestData.Password);

        Assert.True(await signIn.IsLockedOutMessageVisibleAsync(), "the right password got past the lock");
        Assert.Equal(["This account is locked. Try again in 15 minutes"], await signIn.ErrorMessagesAsync());
        await Browser.CheckAccessibilityAsync();
    }

    [Fact]
    public async Task Signing_in_with_empty_fields_shows_an_error_summary_whose_links_move_focus_to_the_fields()
    {
        await Browser.VisitAsync(SignInPage.Path);
        var signIn = await new SignInPage(Browser).SignInExpectingRefusalAsync(string.Empty, string.Empty);

        Assert.Equal(["Enter your email address", "Enter your password"], await signIn.ErrorMessagesAsync());
        await Expect(signIn.ErrorSummaryBox).ToBeFocusedAsync();
        await Expect(signIn.Email).ToHaveAccessibleDescriptionAsync("Error: Enter your email address");
        await Expect(signIn.Password).ToHaveAccessibleDescriptionAsync("Error: Enter your password");
        await Browser.CheckAccessibilityAsync();

        await signIn.ErrorLink("Enter your password").ClickAsync();
        await Expect(signIn.Password).ToBeFocusedAsync();

        await signIn.ErrorLink("Enter your email address").ClickAsync();
        await Expect(signIn.Email).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Visiting_a_page_signed_out_asks_for_sign_in_then_returns_to_that_page()
    {
        await Browser.VisitAsync("/admin");

        Assert.Equal(SignInPage.Path + "?returnUrl=%2Fadmin", Browser.PathAndQuery);
        var landed = await new SignInPage(Browser).SignInAsync(Data.User(StaffRole.Administrator).Email, TestData.Password);

        Assert.Equal("/admin", Browser.Path);
        Assert.Equal("Administration", await landed.HeadingTextAsync());
        await Browser.CheckAccessibilityAsync();
    }
}
