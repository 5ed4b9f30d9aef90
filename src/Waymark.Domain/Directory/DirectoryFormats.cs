using System.Text.RegularExpressions;
using Waymark.Domain.Common;
using Waymark.Domain.People;

namespace Waymark.Domain.Directory;

/// <summary>
/// Shape checks for the contact details and links in a listing. They catch typing mistakes; they do not check a
/// number rings or a page exists. Emails reuse the people rules; phones also allow the short numbers services use
/// (111, 116 123) and an extension.
/// </summary>
public static partial class DirectoryFormats
{
    public const int UrlMaxLength = 2000;
    public const int PhoneMaxLength = 40;

    public static string? Email(string? value, string field) => ContactDetails.Email(value, field);

    public static string? Url(string? value, string field, string label = "a web address")
    {
        var url = Text.Optional(value, field, label, UrlMaxLength);
        if (url is null)
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host) && !url.Any(char.IsWhiteSpace)
            ? url
            : throw new DomainException($"Enter {label} starting with https://, like https://www.example.org.uk", field);
    }

    public static string? Phone(string? value, string field)
    {
        var phone = Text.Optional(value, field, "a phone number", PhoneMaxLength);
        if (phone is null)
        {
            return null;
        }

        var match = Extension().Match(phone);
        var number = match.Success ? phone[..match.Index] : phone;
        var digits = Separators().Replace(number, string.Empty);
        return Number().IsMatch(digits)
            ? phone
            : throw new DomainException("Enter a phone number, like 01632 960 001, 116 123 or +44 808 157 0192", field);
    }

    public static string RequiredPhone(string? value, string field) =>
        Phone(value, field) ?? throw new DomainException("Enter a phone number", field);

    [GeneratedRegex(@"[\s\-().]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    // UK numbers (0 and 9–10 digits), international (+ and 8–15 digits), or a short service number (3–6 digits).
    [GeneratedRegex(@"^(0\d{9,10}|\+\d{8,15}|\d{3,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\s*(ext\.?|extension|x)\s*\d{1,6}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Extension();
}
