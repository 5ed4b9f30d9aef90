using Microsoft.EntityFrameworkCore;
using Waymark.Cli;
using Waymark.Domain.Audit;
using Waymark.Domain.Organisations;
using Waymark.Domain.Teams;
using Waymark.Testing;

namespace Waymark.Web.Tests.Cli;

public sealed class UsersCommand : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestEnvironment.WebProvider);
        await _database.MigrateAsync();
        await using var db = _database.CreateContext();
        var now = DateTimeOffset.UtcNow;
        var provider = Organisation.Create("Riverside Wellbeing", OrganisationKind.Provider, null, now);
        var practice = Organisation.Create("Hilltop Surgery", OrganisationKind.GpPractice, "Y01234", now);
        db.Organisations.AddRange(provider, practice);
        db.Teams.Add(Team.Create("North team", provider, now));
        await db.SaveChangesAsync(Ct);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Add_then_list_shows_the_user_and_the_CLI_is_the_audited_actor()
    {
        var added = await RunAsync(
            "users", "add", "--email", "Sam.Okafor@example.nhs.uk", "--name", "Sam Okafor",
            "--organisation", "riverside wellbeing", "--team", "north team", "--role", "LinkWorker", "--capacity", "25");

        Assert.True(added.ExitCode == ExitCodes.Ok, added.ToString());
        Assert.Contains("Added Sam Okafor (sam.okafor@example.nhs.uk)", added.Output, StringComparison.Ordinal);
        Assert.Matches("Their password is [A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}", added.Output);

        var list = await RunAsync("users", "list");
        Assert.True(list.ExitCode == ExitCodes.Ok, list.ToString());
        Assert.Contains("sam.okafor@example.nhs.uk", list.Output, StringComparison.Ordinal);
        Assert.Contains("Riverside Wellbeing", list.Output, StringComparison.Ordinal);
        Assert.Contains("North team", list.Output, StringComparison.Ordinal);
        Assert.Contains("1 user.", list.Output, StringComparison.Ordinal);

        await using var db = _database.CreateContext();
        var userId = (await db.Users.SingleAsync(Ct)).Id.ToString();
        var created = await db.AuditEvents.SingleAsync(e => e.RecordType == "StaffUser" && e.RecordId == userId && e.Action == AuditAction.Create, Ct);
        Assert.Equal(AuditActorKind.System, created.ActorKind);
        Assert.Equal("cli", created.ActorId);
    }

    [Fact]
    public async Task Add_finds_a_practice_by_ODS_code_and_keeps_a_given_password_secret()
    {
        var result = await RunAsync(
            "users", "add", "--email", "gp@example.nhs.uk", "--name", "Dr Rhys Evans", "--organisation", "y01234",
            "--role", "referrer", "--password", "a long enough password");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("as Referrer at Hilltop Surgery", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("password", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Add_with_an_unknown_role_exits_1_and_lists_the_roles()
    {
        var result = await RunAsync("users", "add", "--email", "a@example.nhs.uk", "--name", "A", "--organisation", "Riverside Wellbeing", "--role", "Boss");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("\"Boss\" is not a role. Use one of: LinkWorker, SeniorLinkWorker", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_for_an_unknown_organisation_exits_1_and_says_what_it_looked_for()
    {
        var result = await RunAsync("users", "add", "--email", "a@example.nhs.uk", "--name", "A", "--organisation", "Nowhere Trust", "--role", "Administrator");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("No organisation has the id, ODS code or name \"Nowhere Trust\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_for_an_unknown_team_exits_1_and_names_the_teams_there_are()
    {
        var result = await RunAsync(
            "users", "add", "--email", "a@example.nhs.uk", "--name", "A", "--organisation", "Riverside Wellbeing", "--team", "South team", "--role", "LinkWorker");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("Riverside Wellbeing has no team called \"South team\". Its teams are: North team.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_that_breaks_a_rule_exits_1_with_the_rule_and_no_stack_trace()
    {
        var result = await RunAsync("users", "add", "--email", "a@example.nhs.uk", "--name", "A", "--organisation", "Riverside Wellbeing", "--role", "Referrer");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("Referrer must belong to a GP practice, not a provider organisation (--role)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Waymark.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_stops_a_user_signing_in_and_enable_lets_them_back()
    {
        var add = await RunAsync("users", "add", "--email", "lead@example.nhs.uk", "--name", "Lead", "--organisation", "Riverside Wellbeing", "--role", "ServiceManager");
        Assert.True(add.ExitCode == ExitCodes.Ok, add.ToString());

        var disable = await RunAsync("users", "disable", "LEAD@example.nhs.uk");

        Assert.True(disable.ExitCode == ExitCodes.Ok, disable.ToString());
        Assert.Contains("Disabled Lead (lead@example.nhs.uk)", disable.Output, StringComparison.Ordinal);
        Assert.True(await IsDisabledAsync("lead@example.nhs.uk"));
        Assert.Contains("No users match", (await RunAsync("users", "list")).Output, StringComparison.Ordinal);
        Assert.Contains("Disabled", (await RunAsync("users", "list", "--include-disabled")).Output, StringComparison.Ordinal);

        var enable = await RunAsync("users", "enable", "lead@example.nhs.uk");
        Assert.True(enable.ExitCode == ExitCodes.Ok, enable.ToString());
        Assert.False(await IsDisabledAsync("lead@example.nhs.uk"));
    }

    [Fact]
    public async Task Disable_of_an_unknown_email_exits_1()
    {
        var result = await RunAsync("users", "disable", "nobody@example.nhs.uk");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("No user has the email address nobody@example.nhs.uk", result.Output, StringComparison.Ordinal);
    }

    private Task<CliResult> RunAsync(params string[] args) => CliRun.RunAsync(_database, args);

    private async Task<bool> IsDisabledAsync(string email)
    {
        await using var db = _database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.IsDisabled).SingleAsync(Ct);
    }
}
