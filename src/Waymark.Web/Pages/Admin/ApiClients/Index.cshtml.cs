using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Web.Features.ApiClients;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Pages.Admin.ApiClients;

/// <summary>Systems that call the API with a key: active ones first, then revoked.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(ApiClientQueries queries) : PageModel
{
    public const string Path = "/admin/api-clients";

    public IReadOnlyList<ApiClientSummary> Clients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Clients = await queries.ListAsync(cancellationToken);

    public static StatusTag Status(ApiClientSummary client) =>
        client.RevokedAt is null ? new("Active", "blue") : new("Revoked", "grey");
}
