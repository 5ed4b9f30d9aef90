namespace Waymark.Domain.Common;

/// <summary>
/// A rule of the domain refused what was asked. The message names the rule in plain English and is safe to show
/// to the person who asked (it never contains personal data). <see cref="Field"/> names the input at fault, when
/// there is one, so forms and problem details can point at it.
/// </summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
