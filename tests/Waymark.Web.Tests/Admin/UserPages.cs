using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Users;

namespace Waymark.Web.Tests.Admin;

public sealed class UserPages(SeededApp seeded) : IClassFixture<SeededApp>
{
    private const string List = "/admin/users";
    private const string Add = "/admin/users/add";

    [Fact]
    public async Task A_generated_password_is_shown_once_and_the_new_user_can_sign_in_with_it()
    {
        var admin = await seeded.AdminAsync();
        var email = $"new.worker{seeded.Next()}@test.waymark.example";

        var response = await admin.PostFieldsAsync(Add,
        [
            ("Input.DisplayName", "Nia Worker"), ("Input.Email", email), ("Input.OrganisationId", seeded.Data.ProviderId.ToString()),
            ("Input.TeamId", seeded.Data.TeamId.ToString()), ("Input.Roles", "LinkWorker"), ("Input.CaseloadCapacity", "24"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var confirmation = await Html.ParseAsync(response);
        Assert.Equal("User added", confirmation.QuerySelector("h1")!.TextContent.Trim());
        var password = confirmation.GetElementById("generated-password")!.TextContent.Trim();
        Assert.Matches("^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$", password);
        Assert.Contains("Give this password to the person; they should change it after signing in", confirmation.Body!.TextContent);

        var details = confirmation.QuerySelectorAll("a").Single(a => a.TextContent.Contains("View", StringComparison.Ordinal)).GetAttribute("href")!;
        var detailsPage = await admin.GetPageAsync(details);
        Assert.DoesNotContain(password, detailsPage.Source.Text, StringComparison.Ordinal);
        Assert.Contains("24", detailsPage.QuerySelectorAll(".nhsuk-summary-list__value").Select(v => v.TextContent.Trim()));
        Assert.DoesNotContain(password, await admin.GetStringAsync(Add, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var signIn = await seeded.App.CreateBrowserLikeClient().SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_role_that_does_not_fit_the_organisation_is_shown_by_the_roles()
    {
        var admin = await seeded.AdminAsync();

        var response = await admin.PostFieldsAsync(Add,
        [
            ("Input.DisplayName", "Rita Referrer"), ("Input.Email", $"rita{seeded.Next()}@test.waymark.example"),
            ("Input.OrganisationId", seeded.Data.ProviderId.ToString()), ("Input.Roles", "Referrer"),
        ]);

        var page = await Html.ParseAsync(response);
        Assert.Equal("Referrer must belong to a GP practice, not a provider organisation", page.FieldError("Input_Roles"));
        Assert.Equal("Rita Referrer", page.ValueOf("Input_DisplayName"));
        Assert.Equal(["Referrer"], page.CheckedValues("Input.Roles"));
        Assert.Equal(seeded.Data.ProviderId.ToString(), page.QuerySelector("#Input_OrganisationId option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_disabled_user_can_no_longer_sign_in_until_enabled_again()
    {
        var admin = await seeded.AdminAsync();
        var (id, email) = await AddUserAsync();
        var confirm = await admin.GetPageAsync($"{List}/{id}/disable");
        Assert.StartsWith("Are you sure", confirm.QuerySelector("h1")!.TextContent.Trim());

        var details = await admin.FollowAsync(await admin.PostFieldsAsync($"{List}/{id}/disable", []), $"{List}/{id}");

        Assert.StartsWith("Account disabled", details.Banner());
        Assert.Equal("Disabled", details.QuerySelector(".nhsuk-tag")!.TextContent.Trim());
        var refused = await seeded.App.CreateBrowserLikeClient().SignInAsync(email, TestData.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This account has been disabled", (await Html.ParseAsync(refused)).ErrorSummary().Single());

        var enabled = await admin.FollowAsync(await admin.PostFieldsAsync($"{List}/{id}?handler=Enable", [], $"{List}/{id}"), $"{List}/{id}");
        Assert.StartsWith("Account enabled", enabled.Banner());
        Assert.Equal(HttpStatusCode.Redirect, (await seeded.App.CreateBrowserLikeClient().SignInAsync(email, TestData.Password)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        var admin = await seeded.AdminAsync();
        var self = seeded.Data.User(StaffRole.Administrator).Id;

        var response = await admin.PostFieldsAsync($"{List}/{self}/disable", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["You cannot disable your own account"], (await Html.ParseAsync(response)).ErrorSummary());
        Assert.Equal("Active", (await admin.GetPageAsync($"{List}/{self}")).QuerySelector(".nhsuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_locked_account_shows_as_locked_and_can_be_unlocked()
    {
        var admin = await seeded.AdminAsync();
        var (id, email) = await AddUserAsync();
        var stranger = seeded.App.CreateBrowserLikeClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await stranger.SignInAsync(email, "not the password at all");
        }

        var details = await admin.GetPageAsync($"{List}/{id}");
        Assert.Equal("Locked", details.QuerySelector(".nhsuk-tag")!.TextContent.Trim());

        var unlocked = await admin.FollowAsync(await admin.PostFieldsAsync($"{List}/{id}?handler=Enable", [], $"{List}/{id}"), $"{List}/{id}");
        Assert.StartsWith("Account unlocked", unlocked.Banner());
        Assert.Equal(HttpStatusCode.Redirect, (await seeded.App.CreateBrowserLikeClient().SignInAsync(email, TestData.Password)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_can_change_a_users_name_roles_and_capacity()
    {
        var admin = await seeded.AdminAsync();
        var (id, _) = await AddUserAsync();
        var form = await admin.GetPageAsync($"{List}/{id}/edit");
        Assert.Equal(["LinkWorker"], form.CheckedValues("Input.Roles"));

        var response = await admin.PostFieldsAsync($"{List}/{id}/edit",
        [
            ("Input.DisplayName", "Sam Senior"), ("Input.TeamId", seeded.Data.TeamId.ToString()),
            ("Input.Roles", "LinkWorker"), ("Input.Roles", "SeniorLinkWorker"), ("Input.CaseloadCapacity", "12.5"),
        ]);

        var details = await admin.FollowAsync(response, $"{List}/{id}");
        var values = details.QuerySelectorAll(".nhsuk-summary-list__value").Select(v => v.TextContent.Trim()).ToList();
        Assert.Contains("Sam Senior", values);
        Assert.Contains("Link worker, Senior link worker", values);
        Assert.Contains("12.5", values);
    }

    [Fact]
    public async Task The_list_filters_by_role_and_organisation_and_sorts()
    {
        var admin = await seeded.AdminAsync();

        var referrers = await admin.GetPageAsync($"{List}?role=Referrer");
        Assert.Contains(referrers.Rows(), r => r[1] == "referrer@test.waymark.example");
        Assert.All(referrers.Rows(), r => Assert.Contains("Referrer", r[3], StringComparison.Ordinal));

        var atPartner = await admin.GetPageAsync($"{List}?organisationId={seeded.Data.PartnerId}");
        Assert.Equal(["partner@test.waymark.example"], atPartner.Rows().Select(r => r[1]));

        var byEmail = await admin.GetPageAsync($"{List}?sort=Email");
        Assert.Equal("administrator@test.waymark.example", byEmail.Rows()[0][1]);
        Assert.Equal("Email", byEmail.QuerySelector("th[aria-sort='ascending'] a")!.TextContent.Trim());

        var bySignIn = await admin.GetPageAsync($"{List}?sort=LastSignedIn");
        Assert.Equal("Last signed in", bySignIn.QuerySelector("th[aria-sort='descending'] a")!.TextContent.Trim());
        var signedIn = bySignIn.Rows().Select(r => r[4] != "Never").ToList();
        Assert.True(signedIn[0]);
        Assert.Equal(signedIn.OrderByDescending(s => s), signedIn);
    }

    private async Task<(Guid Id, string Email)> AddUserAsync()
    {
        var email = $"worker{seeded.Next()}@test.waymark.example";
        var added = await seeded.App.WithScopeAsync(services => services.GetRequiredService<AddUser>().ExecuteAsync(
            new UserInput(email, "Lee Worker", seeded.Data.ProviderId, seeded.Data.TeamId, [StaffRole.LinkWorker], Password: TestData.Password)));
        return (added.Id, email);
    }
}
