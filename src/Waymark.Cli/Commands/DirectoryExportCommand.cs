using System.CommandLine;
using System.Text;
using Spectre.Console;
using Waymark.Web.Features.OpenReferral;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark directory export`: writes every service, with everything ORUK nests in it (organisation, locations,
/// schedules, taxonomy terms...), as a JSON array of ORUK 3.0 service objects: the same objects
/// /openreferral/services/{id} answers, one per line, so the importer can read the file back. Directory data only.
/// </summary>
internal static class DirectoryExportCommand
{
    /// <summary>How many services are read from the database at a time.</summary>
    private const int BatchSize = 200;

    public static Command Create(CliContext cli)
    {
        var output = new Option<string?>("--output", "-o") { Description = "File to write; without it (or with -) the JSON goes to standard output" };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists" };
        var command = new Command("export", "Write every service in the directory as an Open Referral UK 3.0 JSON array of services") { output, force };
        command.SetAction((parse, cancellationToken) => cli.RunAsync(async (services, ct) =>
        {
            var file = parse.GetValue(output) is { Length: > 0 } given && given != "-" ? Path.GetFullPath(given) : null;
            if (file is not null && File.Exists(file) && !parse.GetValue(force))
            {
                throw new CliException($"{file} already exists. Choose another file with --output, or add --force to replace it.");
            }

            var queries = services.GetRequiredService<OrukQueries>();
            if (file is null)
            {
                await WriteAsync(queries, cli.Out.Profile.Out.Writer, ct);
                return ExitCodes.Ok;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = file + ".part";
            int count;
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                count = await WriteAsync(queries, writer, ct);
            }

            // Written whole or not at all: a half-written feed would import as a smaller directory.
            File.Move(temporary, file, overwrite: true);
            cli.Out.MarkupLine($"[green]Exported {count} {(count == 1 ? "service" : "services")} to {Markup.Escape(file)}[/].");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> WriteAsync(OrukQueries queries, TextWriter writer, CancellationToken cancellationToken)
    {
        var ids = await queries.AllServiceIdsAsync(cancellationToken);
        await writer.WriteAsync("[");
        var count = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            foreach (var service in await queries.FullServicesAsync(batch, cancellationToken))
            {
                await writer.WriteAsync(count++ == 0 ? "\n" : ",\n");
                await writer.WriteAsync(OrukJson.Service(service).ToJsonString());
            }
        }

        await writer.WriteAsync(count == 0 ? "]\n" : "\n]\n");
        await writer.FlushAsync(cancellationToken);
        return count;
    }
}
