using System.Globalization;
using Waymark.Domain.People;
using Waymark.Web.Features.Timeline;

namespace Waymark.Web.Pages.People;

/// <summary>How the record pages word a person's details: dates, ages, lists, and "Not recorded" for gaps.</summary>
public static class RecordDisplay
{
    public const string NotRecorded = "Not recorded";

    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", UkCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", UkCulture);

    public static string Name(string givenName, string familyName, string? preferredName) =>
        preferredName is null ? $"{givenName} {familyName}" : $"{givenName} ({preferredName}) {familyName}";

    public static string NhsNumber(string? digits) =>
        digits is { Length: 10 } ? $"{digits[..3]} {digits[3..6]} {digits[6..]}" : "Not known";

    public static string OrNotRecorded(string? value) => string.IsNullOrWhiteSpace(value) ? NotRecorded : value;

    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count == 0 ? "None recorded" : string.Join(", ", all);
    }

    public static IReadOnlyList<string> Lines(PostalAddress address) =>
        [.. new[] { address.Line1, address.Line2, address.Town, address.Postcode }.OfType<string>()];

    public static string Letters(bool canReadEnglish, bool easyRead, bool largePrint)
    {
        var needs = new List<string> { canReadEnglish ? "Can read letters in English" : "Cannot read letters in English" };
        if (easyRead)
        {
            needs.Add("needs easy read");
        }

        if (largePrint)
        {
            needs.Add("needs large print");
        }

        return string.Join("; ", needs);
    }

    public static string Hearing(HearingNeeds needs) => List(RecordWords.Each(needs).Select(n => n.Describe()));

    public static string Travel(TravelNeeds needs) => List(RecordWords.Each(needs).Select(n => n.Describe()));

    public static string Sight(SightNeeds needs) => List(RecordWords.Each(needs).Select(n => n.Describe()));
}
