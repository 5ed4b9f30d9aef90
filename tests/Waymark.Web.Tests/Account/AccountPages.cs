using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Users;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.Account;

public sealed class AccountPages(SeededApp seeded) : IClassFixture<SeededApp>
{
    private const string ChangePassword = "/account/change-password";

    [Fact]
    public async Task Your_account_shows_who_you_are_and_where_you_work()
    {
        var client = await seeded.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync("/account");

        Assert.Equal("Your account", page.QuerySelector("h1")!.TextContent.Trim());
        var values = page.QuerySelectorAll(".nhsuk-summary-list__value").Select(v => v.TextContent.Trim());
        Assert.Equal(["Test Link worker", "linkworker@test.waymark.example", "Northfield Wellbeing Service", "North team", "Link worker"], values);
    }

    [Fact]
    public async Task A_person_can_change_their_password_and_stays_signed_in()
    {
        var (email, client) = await NewUserAsync();
        const string newPassword = "a much longer new passphrase";

        var response = await client.PostFieldsAsync(ChangePassword,
            [("CurrentPassword", TestData.Password), ("NewPassword", newPassword), ("ConfirmPassword", newPassword)]);

        var account = await client.FollowAsync(response, "/account");
        Assert.StartsWith("Your password has been changed", account.Banner());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await seeded.App.CreateBrowserLikeClient().SignInAsync(email, newPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await seeded.App.CreateBrowserLikeClient().SignInAsync(email, TestData.Password)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_shown_by_its_field()
    {
        var (_, client) = await NewUserAsync();

        var response = await client.PostFieldsAsync(ChangePassword,
            [("CurrentPassword", "not my password"), ("NewPassword", "another long passphrase"), ("ConfirmPassword", "another long passphrase")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Your current password is not right. Enter it again"], page.ErrorSummary());
        Assert.NotNull(page.FieldError("CurrentPassword"));
        Assert.Null(page.ValueOf("CurrentPassword"));
    }

    [Fact]
    public async Task A_short_or_mismatched_new_password_is_refused_before_anything_changes()
    {
        var (email, client) = await NewUserAsync();

        var response = await client.PostFieldsAsync(ChangePassword,
            [("CurrentPassword", TestData.Password), ("NewPassword", "short"), ("ConfirmPassword", "different")]);

        var page = await Html.ParseAsync(response);
        Assert.Equal("Enter a new password with 12 characters or more", page.FieldError("NewPassword"));
        Assert.Equal("Enter the same new password twice; the two do not match", page.FieldError("ConfirmPassword"));
        Assert.Equal(HttpStatusCode.Redirect, (await seeded.App.CreateBrowserLikeClient().SignInAsync(email, TestData.Password)).StatusCode);
    }

    private async Task<(string Email, HttpClient Client)> NewUserAsync()
    {
        var email = $"account{seeded.Next()}@test.waymark.example";
        var added = await seeded.App.WithScopeAsync(services => services.GetRequiredService<AddUser>().ExecuteAsync(
            new UserInput(email, "Pat Referrer", seeded.Data.PracticeId, null, [StaffRole.Referrer], Password: TestData.Password)));
        return (email, await seeded.App.SignedInClientAsync(new TestUser(added.Id, email, TestData.Password, StaffRole.Referrer)));
    }
}
