using System.Linq.Expressions;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Audit;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Users;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Tests.Infrastructure;

/// <summary>
/// Requests leave an audit trail naming who acted (user or API client) and what record, by id only: the trail never
/// copies a name or an email address.
/// </summary>
public sealed class Auditing(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creating_an_organisation_over_the_API_records_the_administrator_as_the_actor()
    {
        var admin = fixture.Data.User(StaffRole.Administrator);
        var client = await fixture.SignedInAsync(StaffRole.Administrator);

        var response = await client.PostAsJsonAsync("/api/organisations", new { name = "Audited Wellbeing Hub", kind = "Partner" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid().ToString();
        var events = await EventsAsync(e => e.RecordType == "Organisation" && e.RecordId == id);
        var created = Assert.Single(events);
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal(AuditActorKind.User, created.ActorKind);
        Assert.Equal(admin.Id.ToString(), created.ActorId);
        Assert.True((fixture.App.Clock.GetUtcNow() - created.OccurredAt).Duration() < TimeSpan.FromMilliseconds(1), $"{created.OccurredAt:O}");
        await AssertTrailHoldsNoneOfAsync("Audited Wellbeing Hub", admin.Email);
    }

    [Fact]
    public async Task Signing_in_and_failing_to_sign_in_are_recorded_against_the_user()
    {
        var user = await AddUserAsync("audit.sign-in@test.waymark.example");
        using var client = fixture.App.CreateBrowserLikeClient();

        var wrong = await client.SignInAsync(user.Email, "not the password at all");
        var right = await client.SignInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode); // the form again, with an error
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var events = await EventsAsync(e => e.RecordType == "User" && e.RecordId == user.Id.ToString() && (e.Action == AuditAction.SignIn || e.Action == AuditAction.SignInFailed));
        Assert.Equal(new[] { AuditAction.SignInFailed, AuditAction.SignIn }, events.Select(e => e.Action).ToArray());
        Assert.All(events, e => Assert.Equal((AuditActorKind.User, user.Id.ToString()), (e.ActorKind, e.ActorId)));
        await AssertTrailHoldsNoneOfAsync(user.Email, "Audit Sign-in Person");
    }

    [Fact]
    public async Task Signing_out_is_recorded_against_the_user()
    {
        var user = await AddUserAsync("audit.sign-out@test.waymark.example");
        var client = await fixture.App.SignedInClientAsync(user);

        var response = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string>(), formPage: "/caseload");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var events = await EventsAsync(e => e.RecordType == "User" && e.RecordId == user.Id.ToString() && e.Action == AuditAction.SignOut);
        Assert.Equal(user.Id.ToString(), Assert.Single(events).ActorId);
    }

    /// <summary>
    /// No endpoint lets an API client change anything yet (every write needs an administrator), so this builds the
    /// request in-process: the app's own API-key handler authenticates it, and a use case saves through the app's
    /// DbContext, exactly as an endpoint would.
    /// </summary>
    [Fact]
    public async Task Changes_made_with_an_API_key_record_the_API_client_as_the_actor()
    {
        var (clientId, key) = await fixture.IssueApiKeyAsync("Audited system");

        var organisation = await fixture.App.WithScopeAsync(async services =>
        {
            var context = new DefaultHttpContext { RequestServices = services };
            context.Request.Path = "/api/organisations";
            context.Request.Headers[ApiKeyAuthenticationHandler.HeaderName] = key;
            var result = await context.AuthenticateAsync();
            Assert.True(result.Succeeded, result.Failure?.Message);
            context.User = result.Principal;
            services.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
            return await services.GetRequiredService<CreateOrganisation>()
                .ExecuteAsync(new("Keyed Community Group", OrganisationKind.Partner, null), Cancel);
        });

        var created = Assert.Single(await EventsAsync(e => e.RecordType == "Organisation" && e.RecordId == organisation.Id.ToString()));
        Assert.Equal((AuditAction.Create, AuditActorKind.ApiClient, clientId.ToString()), (created.Action, created.ActorKind, created.ActorId));
        await AssertTrailHoldsNoneOfAsync("Keyed Community Group");
    }

    [Fact]
    public async Task The_trail_never_holds_the_names_or_emails_of_seeded_people_and_organisations()
    {
        // Seeding wrote organisations, a team and users; every column of every row is checked.
        var data = fixture.Data;
        var words = data.Users.Values.Select(u => u.Email)
            .Concat(["Northfield Wellbeing Service", "Riverside Medical Centre", "Hilltop Surgery", "Age Well Northfield", "Northfield ICB", "North team"])
            .Concat(StaffRoles.All.Select(r => $"Test {StaffRoles.DisplayName(r)}"))
            .ToArray();

        Assert.NotEmpty(await EventsAsync(_ => true));
        await AssertTrailHoldsNoneOfAsync(words);
    }

    private async Task<TestUser> AddUserAsync(string email)
    {
        var id = await fixture.App.WithScopeAsync(async services =>
            (await services.GetRequiredService<AddUser>().ExecuteAsync(new(
                email, email.StartsWith("audit.sign-in", StringComparison.Ordinal) ? "Audit Sign-in Person" : "Audit Sign-out Person",
                fixture.Data.ProviderId, fixture.Data.TeamId, [StaffRole.LinkWorker], Password: TestData.Password), Cancel)).Id);
        return new TestUser(id, email, TestData.Password, StaffRole.LinkWorker);
    }

    private Task<List<AuditEvent>> EventsAsync(Expression<Func<AuditEvent, bool>> where) =>
        fixture.App.WithScopeAsync(services =>
            services.GetRequiredService<AppDbContext>().AuditEvents.AsNoTracking().Where(where).OrderBy(e => e.Id).ToListAsync(Cancel));

    /// <summary>Reads every audit row and every one of its columns, as stored, looking for any of the words.</summary>
    private async Task AssertTrailHoldsNoneOfAsync(params string[] words)
    {
        var rows = await EventsAsync(_ => true);
        var columns = typeof(AuditEvent).GetProperties();
        Assert.Contains(columns, c => c.Name == nameof(AuditEvent.Fields)); // the reflection sees the real columns
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var value = Convert.ToString(column.GetValue(row), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                foreach (var word in words)
                {
                    Assert.False(value.Contains(word, StringComparison.OrdinalIgnoreCase),
                        $"Audit event {row.Id} has '{word}' in {column.Name}: {value}");
                }
            }
        }
    }
}
