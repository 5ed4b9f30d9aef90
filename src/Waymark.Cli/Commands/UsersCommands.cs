using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Users;

namespace Waymark.Cli.Commands;

/// <summary>`waymark users add | list | disable | enable`: the same use cases as the admin pages.</summary>
internal static class UsersCommands
{
    // Which option to point at when a use case names the field at fault.
    private static readonly Dictionary<string, string> OptionForField = new(StringComparer.Ordinal)
    {
        ["Email"] = "--email",
        ["DisplayName"] = "--name",
        ["OrganisationId"] = "--organisation",
        ["TeamId"] = "--team",
        ["Roles"] = "--role",
        ["CaseloadCapacity"] = "--capacity",
        ["Password"] = "--password",
    };

    public static Command Create(CliContext cli) => new("users", "Add, list, disable and enable the people who sign in to Waymark")
    {
        Add(cli),
        List(cli),
        SetDisabled(cli, disable: true),
        SetDisabled(cli, disable: false),
    };

    private static Command Add(CliContext cli)
    {
        var email = new Option<string>("--email") { Description = "Their work email address; they sign in with it", Required = true };
        var name = new Option<string>("--name") { Description = "Their full name", Required = true };
        var organisation = new Option<string>("--organisation", "--organization")
        {
            Description = "Where they work: the organisation's id, ODS code or exact name",
            Required = true,
        };
        var team = new Option<string?>("--team") { Description = "Their team's id or name (link workers and senior link workers need one)" };
        var roles = new Option<string[]>("--role")
        {
            Description = $"What they do: {string.Join(", ", StaffRoles.All.Select(StaffRoles.Name))}. Repeat for more than one",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var capacity = new Option<decimal?>("--capacity") { Description = "Caseload capacity in weighted units, for link workers (default 30)" };
        var password = new Option<string?>("--password") { Description = "12 characters or more. Leave it out and Waymark makes one, shown once" };

        var command = new Command("add", "Add a user") { email, name, organisation, team, roles, capacity, password };
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var wanted = parse.GetValue(roles)!.Select(Lookup.Role).Distinct().ToList();
            var db = services.GetRequiredService<AppDbContext>();
            var where = await Lookup.OrganisationAsync(db, parse.GetValue(organisation)!, ct);
            var teamName = parse.GetValue(team);
            var inTeam = teamName is null ? null : await Lookup.TeamAsync(db, where, teamName, ct);

            var input = new UserInput(
                parse.GetValue(email), parse.GetValue(name), where.Id, inTeam?.Id, wanted, parse.GetValue(capacity), parse.GetValue(password));
            AddedUser added;
            try
            {
                added = await services.GetRequiredService<AddUser>().ExecuteAsync(input, ct);
            }
            catch (DomainException ex) when (CliException.TryFromRule(ex, OptionForField, out var error))
            {
                throw error;
            }

            var roleNames = string.Join(", ", wanted.Select(StaffRoles.DisplayName));
            var placement = inTeam is null ? where.Name : $"{where.Name}, {inTeam.Name}";
            cli.Out.MarkupLine($"[green]Added {Markup.Escape(input.DisplayName!.Trim())} ({Markup.Escape(added.Email)})[/] as {Markup.Escape(roleNames)} at {Markup.Escape(placement)}.");
            if (added.GeneratedPassword is { } generated)
            {
                cli.Out.MarkupLine($"Their password is [bold]{Markup.Escape(generated)}[/]. It is shown only this once: give it to them securely.");
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var role = new Option<string?>("--role") { Description = "Only users with this role" };
        var includeDisabled = new Option<bool>("--include-disabled") { Description = "Include users who can no longer sign in" };
        var command = new Command("list", "List users, by organisation") { role, includeDisabled };
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var filter = new UserFilter(Role: parse.GetValue(role) is { } value ? Lookup.Role(value) : null, IncludeDisabled: parse.GetValue(includeDisabled));
            var queries = services.GetRequiredService<UserQueries>();
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Name", "Email", "Organisation", "Team", "Roles", "Capacity", "Status");
            var count = 0;
            for (var page = 1; ; page++)
            {
                var users = await queries.ListAsync(filter, UserSort.Organisation, page, Web.Features.Common.PagingExtensions.MaxPageSize, ct);
                foreach (var user in users.Items)
                {
                    table.AddRow(
                        [.. new[]
                        {
                            user.DisplayName, user.Email, user.OrganisationName, user.TeamName ?? string.Empty,
                            string.Join(", ", user.Roles.Select(StaffRoles.DisplayName)),
                            user.CaseloadCapacity?.ToString("0.#", CultureInfo.InvariantCulture) ?? string.Empty,
                            user.IsDisabled ? "Disabled" : user.IsLockedOut ? "Locked out" : "Active",
                        }.Select(Markup.Escape)]);
                    count++;
                }

                if (!users.HasNext)
                {
                    break;
                }
            }

            if (count == 0)
            {
                cli.Out.MarkupLine("No users match.");
                return ExitCodes.Ok;
            }

            cli.Out.Write(table);
            cli.Out.MarkupLine($"{count} user{(count == 1 ? string.Empty : "s")}.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command SetDisabled(CliContext cli, bool disable)
    {
        var email = new Argument<string>("email") { Description = "The user's email address" };
        var command = disable
            ? new Command("disable", "Stop a user signing in (their sessions end within a minute; the account is kept)") { email }
            : new Command("enable", "Let a disabled or locked-out user sign in again") { email };
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var address = parse.GetValue(email)!;
            var user = await services.GetRequiredService<UserQueries>().FindByEmailAsync(address, ct)
                ?? throw new CliException($"No user has the email address {address}. Check it with `waymark users list --include-disabled`.");
            var who = Markup.Escape($"{user.DisplayName} ({user.Email})");
            if (disable)
            {
                await services.GetRequiredService<DisableUser>().ExecuteAsync(user.Id, actingUserId: null, ct);
                cli.Out.MarkupLine(user.IsDisabled
                    ? $"{who} was already disabled."
                    : $"[green]Disabled {who}.[/] They can no longer sign in.");
            }
            else
            {
                await services.GetRequiredService<EnableUser>().ExecuteAsync(user.Id, ct);
                cli.Out.MarkupLine($"[green]Enabled {who}.[/] They can sign in again.");
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
