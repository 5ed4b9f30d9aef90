using Waymark.Cli;
using Waymark.Testing;

namespace Waymark.Web.Tests.Cli;

/// <summary>A fresh installation is bootstrapped from the command line: an organisation, then its first administrator.</summary>
public sealed class OrganisationsCommand : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestEnvironment.WebProvider);
        await _database.MigrateAsync();
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_empty_installation_gets_an_organisation_and_then_its_first_administrator()
    {
        var empty = await CliRun.RunAsync(_database, "organisations", "list");
        Assert.Contains("There are no organisations yet", empty.Output, StringComparison.Ordinal);

        var added = await CliRun.RunAsync(_database, "organisations", "add", "--name", "Northfield Wellbeing Service", "--kind", "provider");
        Assert.True(added.ExitCode == ExitCodes.Ok, added.ToString());
        Assert.Contains("Added Northfield Wellbeing Service (provider organisation)", added.Output, StringComparison.Ordinal);

        var admin = await CliRun.RunAsync(_database, "users", "add", "--email", "it.lead@example.nhs.uk", "--name", "Ife Adeyemi",
            "--organisation", "Northfield Wellbeing Service", "--role", "Administrator");
        Assert.True(admin.ExitCode == ExitCodes.Ok, admin.ToString());

        var list = await CliRun.RunAsync(_database, "organisations", "list");
        Assert.Contains("Northfield Wellbeing Service", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kind", "hospital", "--kind must be one of Provider, GpPractice, Partner, Commissioner")]
    [InlineData("--kind", "GpPractice", "Enter the ODS code (--ods)")]
    public async Task Bad_input_exits_1_with_the_fix(string option, string value, string message)
    {
        var result = await CliRun.RunAsync(_database, "organisations", "add", "--name", "Riverside", option, value);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, result.Output, StringComparison.Ordinal);
    }
}
