using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Features.Plans;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>
/// Refer to a service from a goal: first choose a service (a search by name over services taking referrals, or
/// <c>?serviceId=</c> from a suggestion), then signpost or direct, accompanied, the agreed reason and what is shared;
/// save as a draft or send.
/// </summary>
[Authorize(Policy = Policies.LinkWorker)]
public sealed class NewModel(EpisodeHeaders headers, PlanQueries plans, OnwardReferralQueries queries, MakeOnwardReferral make) : PageModel
{
    [BindProperty]
    public ReferralForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? GoalId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ServiceId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public EpisodeHeader Header { get; private set; } = default!;

    public IReadOnlyList<GoalView> OpenGoals { get; private set; } = [];

    /// <summary>The chosen service; null until one is chosen.</summary>
    public ReferralServiceOption? Service { get; private set; }

    public IReadOnlyList<ReferralServiceOption> Results { get; private set; } = [];

    public bool InSupport => Header.Status.IsInSupport();

    public string Link(Guid? serviceId = null, string? search = null)
    {
        var query = new List<string>();
        if (GoalId is { } goal)
        {
            query.Add($"goalId={goal}");
        }

        if (serviceId is { } service)
        {
            query.Add($"serviceId={service}");
        }

        if (search is not null)
        {
            query.Add($"search={Uri.EscapeDataString(search)}");
        }

        return $"/episodes/{Header.EpisodeId}/onward-referrals/new" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = new ReferralForm { GoalId = GoalId ?? (OpenGoals.Count == 1 ? OpenGoals[0].Id : null), Accompanied = "no" };
        if (Service is not null)
        {
            Input.Kind = Service.TakesDirectReferrals ? null : "Signpost";
        }
        else
        {
            Results = await queries.ServicesTakingReferralsAsync(Search, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? intent, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (Service is null)
        {
            ModelState.AddModelError(string.Empty, "Choose a service from the directory");
            Results = await queries.ServicesTakingReferralsAsync(Search, cancellationToken);
            return Page();
        }

        var send = intent == "send";
        try
        {
            var referral = await make.ExecuteAsync(User, id, Input.ToInput(ServiceId, send), cancellationToken);
            TempData.SetSuccess(send ? $"Referral to {Service.Name} sent" : $"Referral to {Service.Name} saved as a draft");
            return Redirect($"/episodes/{id}/onward-referrals/{referral.Id}");
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, nameof(Input), Input);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Header = await headers.LoadAsync(User, id, cancellationToken);
        OpenGoals = [.. (await plans.ForEpisodeAsync(id, cancellationToken)).Goals.Where(g => g.IsOpen)];
        if (ServiceId is { } serviceId)
        {
            Service = await queries.ServiceAsync(serviceId, cancellationToken);
        }
    }
}
