using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory;

/// <summary>
/// Finds services in the directory by need, term, words, distance from a postcode, delivery, day and time, cost,
/// step-free access and language. A GET form, so a search is a link that can be shared or bookmarked.
/// </summary>
[Authorize(Policy = Policies.DirectoryReaders)]
public sealed class IndexModel(DirectorySearch search, DirectoryQueries queries) : PageModel
{
    public static IReadOnlyList<Option> MilesOptions { get; } =
        [.. new[] { 1, 3, 5, 10, 25 }.Select(m => new Option(m.ToString(CultureInfo.InvariantCulture), m == 1 ? "Within 1 mile" : $"Within {m} miles"))];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "need")]
    public List<string> Needs { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "term")]
    public string? Term { get; set; }

    [BindProperty(SupportsGet = true, Name = "postcode")]
    public string? Postcode { get; set; }

    [BindProperty(SupportsGet = true, Name = "miles")]
    public string? Miles { get; set; }

    [BindProperty(SupportsGet = true, Name = "mode")]
    public List<string> Modes { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "day")]
    public string? Day { get; set; }

    [BindProperty(SupportsGet = true, Name = "time")]
    public string? Time { get; set; }

    [BindProperty(SupportsGet = true, Name = "cost")]
    public string? Cost { get; set; }

    [BindProperty(SupportsGet = true, Name = "stepfree")]
    public bool StepFree { get; set; }

    [BindProperty(SupportsGet = true, Name = "language")]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "closed")]
    public bool IncludeClosed { get; set; }

    public Paged<DirectoryResult> Results { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public IReadOnlyList<Option> TermOptions { get; private set; } = [];

    public IReadOnlyList<Option> LanguageOptions { get; private set; } = [];

    public bool HasPostcode => !string.IsNullOrWhiteSpace(Postcode);

    public bool IsFiltered => Query(null).Any(q => !string.IsNullOrEmpty(q.Value));

    // ?page= is read in the handler with [FromQuery]: "page" is also the Razor Pages route value naming the page.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        // The form binds its own names; any binding error of ours is re-added below with a message saying how to fix it.
        ModelState.Clear();
        TermOptions = [.. (await queries.OtherTermsAsync(cancellationToken))
            .Select(t => new Option(t.Id.ToString(), t.TaxonomyName is null ? t.Name : $"{t.Name} ({t.TaxonomyName})"))];
        LanguageOptions = DirectoryDisplay.LanguageOptions(await queries.LanguageCodesAsync(cancellationToken));
        if (Criteria() is not { } criteria)
        {
            return;
        }

        try
        {
            Results = await search.SearchAsync(criteria, page, null, cancellationToken);
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field == "Postcode" ? "postcode" : string.Empty, error.Message);
        }
    }

    public Pager Pager => new(Results.Page, Results.TotalPages, page => Listing.Url(SearchPath, Query(page)));

    private const string SearchPath = DirectoryDisplay.SearchPath;

    /// <summary>The criteria the form asks for, or null (with errors added) when part of it cannot be read.</summary>
    private DirectoryCriteria? Criteria()
    {
        TimeOnly? time = null;
        if (!string.IsNullOrWhiteSpace(Time))
        {
            if (TimeOnly.TryParseExact(Time.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                time = parsed;
            }
            else
            {
                ModelState.AddModelError("time", "Enter a time like 14:30, or leave it empty");
            }
        }

        DayOfWeek? day = Enum.TryParse<DayOfWeek>(Day, out var d) ? d : null;
        if (time is not null && day is null)
        {
            ModelState.AddModelError("day", "Select a day to search by time");
        }

        double? miles = double.TryParse(Miles, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m > 0 ? m : null;
        if (miles is not null && !HasPostcode)
        {
            ModelState.AddModelError("postcode", "Enter a postcode to search within a distance");
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        return new DirectoryCriteria
        {
            Text = Text,
            Needs = [.. Needs.Select(n => Enum.TryParse<NeedCategory>(n, out var need) ? need : (NeedCategory?)null).OfType<NeedCategory>()],
            TermIds = Guid.TryParse(Term, out var term) ? [term] : [],
            Postcode = Postcode,
            WithinMiles = miles,
            DeliveryModes = Modes.Aggregate(DeliveryModes.None, (all, mode) => Enum.TryParse<DeliveryModes>(mode, out var one) ? all | one : all),
            OpenOn = day,
            OpenAt = time,
            Cost = Enum.TryParse<CostFilter>(Cost, out var cost) ? cost : CostFilter.Any,
            StepFreeAccess = StepFree,
            Language = Language,
            IncludeClosed = IncludeClosed,
        };
    }

    private IEnumerable<KeyValuePair<string, string?>> Query(int? page) =>
    [
        new("q", Text),
        .. Needs.Select(n => new KeyValuePair<string, string?>("need", n)),
        new("term", Term),
        new("postcode", Postcode),
        new("miles", Miles),
        .. Modes.Select(mode => new KeyValuePair<string, string?>("mode", mode)),
        new("day", Day),
        new("time", Time),
        new("cost", Cost is null or nameof(CostFilter.Any) ? null : Cost),
        new("stepfree", StepFree ? "true" : null),
        new("language", Language),
        new("closed", IncludeClosed ? "true" : null),
        new("page", page is null or 1 ? null : page.Value.ToString(CultureInfo.InvariantCulture)),
    ];
}
