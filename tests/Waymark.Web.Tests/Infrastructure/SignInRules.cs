using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.Identity;
using Waymark.Domain.Common;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Users;

namespace Waymark.Web.Tests.Infrastructure;

/// <summary>The sign-in rules, through the real sign-in page: lockout after 5 wrong passwords, disabled accounts, length.</summary>
public sealed class SignInRules(SeededApp fixture) : IClassFixture<SeededApp>
{
    private const string WrongDetails = "Enter a correct email address and password";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// ASP.NET Core Identity 10 reads the system clock for lockouts, not the app's TimeProvider (dotnet/aspnetcore
    /// issue 62796), so the test clock cannot move a lockout on. This checks the lock is set 15 minutes ahead of the
    /// real clock, that the test clock does not lift it, and that it lifts once its end has passed.
    /// </summary>
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        var user = await AddUserAsync("locked.out@test.waymark.example");
        using var client = fixture.App.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.SignInAsync(user.Email, $"wrong password {attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(WrongDetails, await wrong.TextAsync());
        }

        var before = DateTimeOffset.UtcNow;
        var fifth = await client.SignInAsync(user.Email, "wrong password 5");
        var after = DateTimeOffset.UtcNow;
        Assert.Contains("This account is locked", await fifth.TextAsync());

        var rightButLocked = await client.SignInAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, rightButLocked.StatusCode);
        var page = await rightButLocked.TextAsync();
        Assert.Contains("Account locked", page);
        Assert.Contains("This account is locked. Try again in 15 minutes", page);

        var lockoutEnd = await LockoutEndAsync(user);
        Assert.InRange(lockoutEnd, before.AddMinutes(15).AddSeconds(-1), after.AddMinutes(15).AddSeconds(1));

        fixture.App.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Contains("This account is locked", await (await client.SignInAsync(user.Email, user.Password)).TextAsync());

        // As if the fifteen minutes had passed on the clock Identity reads.
        await fixture.App.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            Assert.True((await users.SetLockoutEndDateAsync(stored!, DateTimeOffset.UtcNow.AddSeconds(-1))).Succeeded);
        });
        var afterLockout = await client.SignInAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, afterLockout.StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in()
    {
        var user = await AddUserAsync("disabled@test.waymark.example");
        await fixture.App.WithScopeAsync(services =>
            services.GetRequiredService<DisableUser>().ExecuteAsync(user.Id, fixture.Data.User(StaffRole.Administrator).Id, Cancel));
        using var client = fixture.App.CreateBrowserLikeClient();

        var response = await client.SignInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account has been disabled", await response.TextAsync());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("waymark.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_email_address_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = fixture.App.CreateBrowserLikeClient();
        var known = fixture.Data.User(StaffRole.Referrer).Email;

        var unknown = await client.SignInAsync("nobody@test.waymark.example", TestData.Password);
        var wrong = await client.SignInAsync(known, "not the right password");

        Assert.Contains(WrongDetails, await unknown.TextAsync());
        Assert.Contains(WrongDetails, await wrong.TextAsync());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("elevenchars")]
    public async Task Passwords_shorter_than_12_characters_are_refused(string password)
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => AddUserAsync($"short.{password.Length}@test.waymark.example", password));

        Assert.Equal("Password", refused.Field);
        Assert.Equal("Password must be 12 characters or more", refused.Message);
    }

    [Fact]
    public async Task A_password_of_12_characters_is_enough()
    {
        var user = await AddUserAsync("twelve@test.waymark.example", "twelve chars");
        using var client = fixture.App.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email, user.Password)).StatusCode);
    }

    private Task<DateTimeOffset> LockoutEndAsync(TestUser user) => fixture.App.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetLockoutEndDateAsync((await users.FindByIdAsync(user.Id.ToString()))!) ?? DateTimeOffset.MinValue;
    });

    private async Task<TestUser> AddUserAsync(string email, string password = TestData.Password)
    {
        var id = await fixture.App.WithScopeAsync(async services =>
            (await services.GetRequiredService<AddUser>().ExecuteAsync(
                new(email, "Sign-in Rules Person", fixture.Data.ProviderId, fixture.Data.TeamId, [StaffRole.LinkWorker], Password: password),
                Cancel)).Id);
        return new TestUser(id, email, password, StaffRole.LinkWorker);
    }
}
