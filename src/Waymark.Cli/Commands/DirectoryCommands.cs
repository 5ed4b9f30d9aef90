using System.CommandLine;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark directory export | import | import-postcodes`: moving the services directory in and out as Open Referral
/// UK JSON (or an HSDS CSV package), and loading the postcode centroids distances are worked out from.
/// </summary>
internal static class DirectoryCommands
{
    public static Command Create(CliContext cli) => new("directory", "Export or import the community services directory (Open Referral UK 3.0)")
    {
        DirectoryExportCommand.Create(cli),
        DirectoryImportCommand.Import(cli),
        DirectoryImportCommand.ImportPostcodes(cli),
    };
}
