using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory;

/// <summary>
/// One listing with everything a link worker needs to decide and refer. Those who maintain it also see how to
/// change it, and can record that they have checked it.
/// </summary>
[Authorize(Policy = Policies.DirectoryReaders)]
public sealed class ServiceModel(DirectoryQueries queries, VerifyService verify, ServiceReferralStatisticsQuery statistics, TimeProvider clock) : PageModel
{
    public ServiceListing Listing { get; private set; } = default!;

    public DateOnly Today { get; private set; }

    public ServiceReferralStatistics Statistics { get; private set; } = default!;

    public bool CanMaintain => DirectoryAccess.CanMaintain(User, Listing.Service.OrganisationId);

    public bool IsVerificationDue => Listing.Service.IsVerificationDue(Today);

    public IReadOnlyList<string> Needs => [.. Listing.Terms.Select(t => NeedTaxonomyName(t.Id)).OfType<string>()];

    public IReadOnlyList<ListingTerm> OtherTerms => [.. Listing.Terms.Where(t => NeedTaxonomyName(t.Id) is null)];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Listing = await queries.ListingAsync(id, cancellationToken);
        Statistics = await statistics.ForServiceAsync(id, cancellationToken);
        Today = ContactTime.Today(clock);
    }

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await verify.ExecuteAsync(User, id, cancellationToken);
        TempData.SetSuccess($"Listing checked: {service.Name}. It is next due a check on {DirectoryDisplay.Date(service.VerificationDueOn)}.");
        return Redirect(DirectoryDisplay.ListingPath(id));
    }

    private static string? NeedTaxonomyName(Guid termId) =>
        Domain.Directory.NeedTaxonomy.NeedOf(termId) is NeedCategory need ? DirectoryDisplay.Need(need) : null;
}
