using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Caseload;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Homes;

/// <summary>
/// What My caseload (/caseload) and the team caseload (/team/caseload) share: the filter form's values (GET, so a
/// filtered view can be bookmarked), sortable headings and links that keep the filters.
/// </summary>
public abstract class CaseloadPage : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool NoContact { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool MeasuresDue { get; set; }

    [BindProperty(SupportsGet = true)]
    public SupportIntensity? Intensity { get; set; }

    [BindProperty(SupportsGet = true)]
    public EpisodeStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? WorkerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseloadSort Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    public CaseloadResult Result { get; protected set; } = CaseloadRows.View([], new CaseloadCriteria());

    public abstract string Path { get; }

    public abstract bool IsTeam { get; }

    public bool IsFiltered => Criteria(null).IsFiltered;

    public IReadOnlyList<string> FlagValues => [.. new[] { Overdue ? "overdue" : null, NoContact ? "nocontact" : null }.OfType<string>()];

    public static IReadOnlyList<Option> IntensityOptions { get; } =
        [.. Enum.GetValues<SupportIntensity>().Select(i => new Option(i.ToString(), CaseloadDisplay.Intensity(i)))];

    public static IReadOnlyList<Option> StatusOptions { get; } =
        [new(nameof(EpisodeStatus.Allocated), CaseloadDisplay.Status(EpisodeStatus.Allocated)), new(nameof(EpisodeStatus.Active), CaseloadDisplay.Status(EpisodeStatus.Active))];

    public Pager Pager => new(Result.Page, Result.TotalPages, page => ListUrl(Sort, Desc, page));

    /// <summary>The heading for a column: a link sorting by it, and the other way round when it is the sort already.</summary>
    public SortHeader Header(string text, CaseloadSort sort) => new(
        text,
        ListUrl(sort, sort == Sort && !Desc, null),
        sort != Sort ? null : Desc ? "descending" : "ascending");

    protected CaseloadCriteria Criteria(int? page, int? pageSize = null) =>
        new(Overdue, NoContact, Intensity, Status, Search, IsTeam ? WorkerId : null, Sort, Desc, page, pageSize, MeasuresDue);

    private string ListUrl(CaseloadSort sort, bool descending, int? page) => Listing.Url(Path,
    [
        new("search", Search),
        new("overdue", Overdue ? "true" : null),
        new("noContact", NoContact ? "true" : null),
        new("measuresDue", MeasuresDue ? "true" : null),
        new("intensity", Intensity?.ToString()),
        new("status", Status?.ToString()),
        new("workerId", IsTeam ? WorkerId?.ToString() : null),
        new("sort", sort == CaseloadSort.Name ? null : sort.ToString()),
        new("desc", descending ? "true" : null),
        new("page", page is null or 1 ? null : page.Value.ToString(CultureInfo.InvariantCulture)),
    ]);
}

/// <summary>How caseload pages word statuses, intensities and dates.</summary>
public static class CaseloadDisplay
{
    public static string Intensity(SupportIntensity? intensity) => intensity switch
    {
        SupportIntensity.Signposting => "Signposting (light)",
        SupportIntensity.Standard => "Standard",
        SupportIntensity.Intensive => "Intensive",
        _ => "Not set",
    };

    public static string Status(EpisodeStatus status) => status switch
    {
        EpisodeStatus.Allocated => "Allocated",
        EpisodeStatus.Active => "Active",
        _ => status.ToString(),
    };

    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "None yet";

    public static string Name(CaseloadRow row) =>
        row.PreferredName is { Length: > 0 } preferred && preferred != row.GivenName
            ? $"{row.FamilyName}, {row.GivenName} ({preferred})"
            : $"{row.FamilyName}, {row.GivenName}";

    /// <summary>An NHS number in the 3 3 4 format people read aloud.</summary>
    public static string NhsNumber(string? digits) =>
        digits is { Length: 10 } ? $"{digits[..3]} {digits[3..6]} {digits[6..]}" : "Not known";

    /// <summary>"ONS4 personal wellbeing review 2 due 3 Jun 2027", "... baseline overdue since 3 Jun 2027".</summary>
    public static string Measure(CaseloadMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var occasion = measure.Occasion switch
        {
            Domain.Measures.MeasureOccasion.Baseline => "baseline",
            Domain.Measures.MeasureOccasion.Review => $"review {measure.ReviewNumber}",
            _ => "at discharge",
        };
        return measure.Overdue
            ? $"{measure.Title} {occasion} overdue since {Day(measure.DueOn)}"
            : $"{measure.Title} {occasion} due {Day(measure.DueOn)}";
    }

    public static string DaysAgo(int days) => days switch
    {
        0 => "today",
        1 => "1 day ago",
        _ => string.Create(CultureInfo.InvariantCulture, $"{days} days ago"),
    };
}
