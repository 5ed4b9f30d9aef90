using System.CommandLine;

namespace Waymark.Cli.Commands;

/// <summary>`waymark directory export | import`: moving the services directory in and out as Open Referral UK JSON.</summary>
internal static class DirectoryCommands
{
    public static Command Create(CliContext cli) => new("directory", "Export or import the community services directory as Open Referral UK 3.0 JSON")
    {
        DirectoryExportCommand.Create(cli),
        // import: DirectoryImportCommand
    };
}
