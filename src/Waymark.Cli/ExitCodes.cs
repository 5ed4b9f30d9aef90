namespace Waymark.Cli;

/// <summary>What `waymark` exits with. Scripts can tell a mistake in what was asked from a fault in Waymark.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>What was asked cannot be done (a rule, a typo, an unknown organisation); the message says how to fix it.</summary>
    public const int UserError = 1;

    /// <summary>Something went wrong that the person running the command could not have prevented.</summary>
    public const int Unexpected = 2;
}

/// <summary>A mistake in what the person asked the CLI to do. The message says how to put it right.</summary>
public sealed class CliException(string message) : Exception(message);
