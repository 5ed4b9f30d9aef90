using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.People;

/// <summary>
/// Format checks for phone numbers and email addresses. They catch typing mistakes, not whether the number or
/// address works; the entered text is kept (trimmed) so it reads as the person gave it.
/// </summary>
public static partial class ContactDetails
{
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 254;

    public static string? Phone(string? value, string field = "Phone")
    {
        var phone = Text.Optional(value, field, "a phone number", PhoneMaxLength);
        if (phone is null)
        {
            return null;
        }

        var digits = PhoneSeparators().Replace(phone, string.Empty);
        return PhonePattern().IsMatch(digits)
            ? phone
            : throw new DomainException("Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192", field);
    }

    public static string? Email(string? value, string field = "Email")
    {
        var email = Text.Optional(value, field, "an email address", EmailMaxLength);
        return email is null || EmailPattern().IsMatch(email)
            ? email
            : throw new DomainException("Enter an email address in the correct format, like name@example.com", field);
    }

    /// <summary>The same phone number, however it is spaced or punctuated ("07700 900982" and "07700-900-982").</summary>
    public static bool SamePhone(string? first, string? second) =>
        first is not null && second is not null
        && string.Equals(PhoneSeparators().Replace(first, string.Empty), PhoneSeparators().Replace(second, string.Empty), StringComparison.Ordinal);

    /// <summary>The same email address, ignoring capitals and surrounding spaces.</summary>
    public static bool SameEmail(string? first, string? second) =>
        first is not null && second is not null && string.Equals(first.Trim(), second.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\s\-()]", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneSeparators();

    // UK numbers are 10 or 11 digits starting 0; international numbers start + and have up to 15 digits.
    [GeneratedRegex(@"^(0\d{9,10}|\+\d{8,15})$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
