using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Web.Features.Common;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>
/// The listings the caller maintains (service managers: all; partners: their organisation's), filtered by words,
/// organisation, delivery, distance from a postcode and status. Service managers select listings here and change
/// their status in one go, seeing what changed, what was already so, and what was refused and why.
/// </summary>
[Authorize(Policy = Policies.DirectoryEditors)]
public sealed class IndexModel(DirectorySearch search, DirectoryQueries queries, BulkChangeStatus bulk) : PageModel
{
    public const int PageSize = 100;
    private const string OutcomeKey = "waymark:directory-bulk";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "org")]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true, Name = "mode")]
    public string? Mode { get; set; }

    [BindProperty(SupportsGet = true, Name = "postcode")]
    public string? Postcode { get; set; }

    [BindProperty(SupportsGet = true, Name = "miles")]
    public string? Miles { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty]
    public StatusForm Bulk { get; set; } = new();

    [BindProperty(Name = "ids")]
    public List<Guid> Selected { get; set; } = [];

    public Paged<DirectoryResult> Results { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<Option> Organisations { get; private set; } = [];

    public BulkSummary? Outcome { get; private set; }

    public bool IsManager => DirectoryAccess.MaintainsWholeDirectory(User);

    public static IReadOnlyList<Option> StatusOptions { get; } =
        [.. Enum.GetValues<OperatingStatus>().Select(s => new Option(s.ToString(), DirectoryDisplay.StatusName(s)))];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (TempData[OutcomeKey] is string json)
        {
            Outcome = JsonSerializer.Deserialize<BulkSummary>(json);
        }

        await LoadAsync(page, cancellationToken);
    }

    public async Task<IActionResult> OnPostBulkAsync(CancellationToken cancellationToken)
    {
        if (!IsManager)
        {
            return Forbid();
        }

        if (Selected.Count == 0)
        {
            ModelState.AddModelError("ids", "Select at least one service to change");
        }

        if (Bulk.TryRead(nameof(Bulk), ModelState, out var status, out var expectedReturn))
        {
            try
            {
                var outcome = await bulk.ExecuteAsync(User, Selected, status, Bulk.Reason, expectedReturn, cancellationToken);
                TempData[OutcomeKey] = JsonSerializer.Serialize(new BulkSummary(
                    DirectoryDisplay.StatusName(status!.Value), [.. outcome.Changed], [.. outcome.Unchanged],
                    [.. outcome.Refused.Select(r => new RefusedRow(r.Name, r.Reason))]));
                TempData.SetSuccess($"Status changed to {DirectoryDisplay.StatusName(status.Value).ToLowerInvariant()} for {Count(outcome.Changed.Count)}");
                return Redirect(Listing.Url(DirectoryDisplay.ManagePath, Query(null)));
            }
            catch (DomainException error)
            {
                if (error.Field == "Services")
                {
                    ModelState.AddModelError("ids", error.Message);
                }
                else
                {
                    StatusForm.AddError(ModelState, nameof(Bulk), error);
                }
            }
        }

        await LoadAsync(null, cancellationToken);
        return Page();
    }

    public Pager Pager => new(Results.Page, Results.TotalPages, page => Listing.Url(DirectoryDisplay.ManagePath, Query(page)));

    public IEnumerable<KeyValuePair<string, string?>> Query(int? page) =>
    [
        new("q", Text),
        new("org", Organisation),
        new("mode", Mode),
        new("postcode", Postcode),
        new("miles", Miles),
        new("status", Status),
        new("page", page is null or 1 ? null : page.Value.ToString(CultureInfo.InvariantCulture)),
    ];

    public bool IsFiltered => Query(null).Any(q => !string.IsNullOrEmpty(q.Value));

    private static string Count(int services) => services == 1 ? "1 service" : $"{services} services";

    private async Task LoadAsync(int? page, CancellationToken cancellationToken)
    {
        if (IsManager)
        {
            Organisations = [.. (await queries.OrganisationsAsync(cancellationToken)).Select(o => new Option(o.Id.ToString(), o.Name))];
        }

        double? miles = double.TryParse(Miles, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m > 0 ? m : null;
        var criteria = new DirectoryCriteria
        {
            Text = Text,
            OrganisationId = DirectoryAccess.PartnerOrganisation(User) ?? (Guid.TryParse(Organisation, out var organisation) ? organisation : null),
            DeliveryModes = Enum.TryParse<DeliveryModes>(Mode, out var mode) ? mode : DeliveryModes.None,
            Postcode = Postcode,
            WithinMiles = miles,
            Statuses = Enum.TryParse<OperatingStatus>(Status, out var status) ? [status] : [],
            IncludeClosed = true,
        };
        try
        {
            Results = await search.SearchAsync(criteria, page, PageSize, cancellationToken);
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field == "Postcode" ? "postcode" : string.Empty, error.Message);
        }
    }
}

/// <summary>What a bulk change did, carried across the redirect to show on the list.</summary>
public sealed record BulkSummary(string Status, List<string> Changed, List<string> Unchanged, List<RefusedRow> Refused);

public sealed record RefusedRow(string Name, string Reason);
