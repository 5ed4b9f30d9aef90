using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Web.Features.Timeline;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.People;

/// <summary>Everything on the person's record, newest first, grouped by day. Audited.</summary>
[Authorize(Policy = Policies.CaseWorkers)]
public sealed class TimelineModel(PersonTimeline timeline) : PageModel
{
    public const int PageSize = 100;

    public PersonTimelineView Timeline { get; private set; } = default!;

    public async Task OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Timeline = await timeline.ExecuteAsync(User, id, page, PageSize, cancellationToken);

    /// <summary>The entries of this page by day in UK time, newest day first.</summary>
    public IEnumerable<IGrouping<DateOnly, TimelineEntry>> Days =>
        Timeline.Entries.Items.GroupBy(e => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.At, UkTime.Zone).DateTime));

    public static string Time(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, UkTime.Zone);
        return string.Create(CultureInfo.InvariantCulture, $"{local:h:mm}{(local.Hour < 12 ? "am" : "pm")}");
    }

    public Pager Pager => new(Timeline.Entries.Page, Timeline.Entries.TotalPages, page => Listing.Url($"/people/{Timeline.PersonId}/timeline",
        [new("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture))]));
}
