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
public sealed class CliException(string message) : Exception(message)
{
    /// <summary>
    /// Turns a use case's rule into a CLI error that points at the option to change, when the rule names a field
    /// the command has an option for; otherwise the rule's message stands as it is (the caller rethrows).
    /// </summary>
    public static bool TryFromRule(Domain.Common.DomainException rule, IReadOnlyDictionary<string, string> optionForField, out CliException error)
    {
        var found = rule.Field is { } field && optionForField.TryGetValue(field, out var option);
        error = new CliException(found ? $"{rule.Message} ({optionForField[rule.Field!]})" : rule.Message);
        return found;
    }
}
