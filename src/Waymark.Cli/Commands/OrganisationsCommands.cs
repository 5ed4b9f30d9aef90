using System.CommandLine;
using Spectre.Console;
using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.Organisations;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark organisations add | list`. A new installation needs an organisation before its first administrator
/// can be added (`waymark users add` places everyone in one), and there is nobody yet to use the admin pages.
/// </summary>
internal static class OrganisationsCommands
{
    // Which option to point at when a use case names the field at fault.
    private static readonly Dictionary<string, string> OptionForField = new(StringComparer.Ordinal)
    {
        ["Name"] = "--name",
        ["OdsCode"] = "--ods",
        ["Kind"] = "--kind",
    };

    public static Command Create(CliContext cli) => new("organisations", "Add and list the organisations taking part in the service")
    {
        Add(cli),
        List(cli),
    };

    private static Command Add(CliContext cli)
    {
        var name = new Option<string>("--name") { Description = "The organisation's name", Required = true };
        var kind = new Option<string>("--kind")
        {
            Description = $"What it is: {string.Join(", ", Enum.GetNames<OrganisationKind>())}",
            Required = true,
        };
        var ods = new Option<string?>("--ods") { Description = "Its ODS code (required for a GP practice), like A81001" };
        var command = new Command("add", "Add an organisation") { name, kind, ods };
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            if (!Enum.TryParse<OrganisationKind>(parse.GetValue(kind), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                throw new CliException($"--kind must be one of {string.Join(", ", Enum.GetNames<OrganisationKind>())}");
            }

            Organisation added;
            try
            {
                added = await services.GetRequiredService<CreateOrganisation>()
                    .ExecuteAsync(new OrganisationInput(parse.GetValue(name), parsed, parse.GetValue(ods)), ct);
            }
            catch (DomainException ex) when (CliException.TryFromRule(ex, OptionForField, out var error))
            {
                throw error;
            }

            cli.Out.MarkupLine($"[green]Added {Markup.Escape(added.Name)}[/] ({StaffRoles.KindName(added.Kind)}), id {added.Id}.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var command = new Command("list", "List active organisations by name");
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var queries = services.GetRequiredService<OrganisationQueries>();
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Name", "Kind", "ODS code", "Id");
            Paged<OrganisationSummary> page;
            var number = 1;
            do
            {
                page = await queries.ListAsync(null, null, false, OrganisationSort.Name, number++, PagingExtensions.MaxPageSize, ct);
                foreach (var o in page.Items)
                {
                    table.AddRow(Markup.Escape(o.Name), StaffRoles.KindName(o.Kind), o.OdsCode ?? string.Empty, o.Id.ToString());
                }
            }
            while (page.HasNext);

            if (page.TotalCount == 0)
            {
                cli.Out.MarkupLine("There are no organisations yet. Add one with [bold]waymark organisations add[/].");
            }
            else
            {
                cli.Out.Write(table);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
