using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.StaticAssets;

namespace Waymark.Web.Infrastructure.Auth;

/// <summary>
/// The only endpoints anyone may call without signing in, each with the reason it is safe. Every other endpoint
/// names a policy. The endpoint-policy test (tests/Waymark.Web.Tests/Infrastructure/EndpointPolicies.cs) checks every
/// mapped endpoint against this list, and fails on an entry that no longer matches anything: adding an anonymous
/// endpoint means adding it here, with a reason a reviewer can challenge.
/// </summary>
public static class AnonymousEndpoints
{
    /// <summary>The one entry that stands for every file MapStaticAssets serves (they are too many to list).</summary>
    public const string StaticAssets = "(static assets)";

    /// <summary>Route pattern (with a leading slash, as written in @page or Map*) → why it needs no sign-in.</summary>
    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/account/sign-in"] = "people sign in here; it shows no data",
        ["/account/sign-out"] = "signing out must work whatever state the session is in; it shows no data",
        ["/error/{code:int?}"] = "error pages are re-executed for anonymous requests too; they show a reference, never detail",
        ["/help/accessibility"] = "the accessibility statement must be readable before signing in",
        ["/help/privacy"] = "the privacy notice must be readable before signing in",
        ["/health/live"] = "load balancers call it; it answers with the status only",
        ["/health/ready"] = "load balancers call it; it answers with the status only",
        ["/refer-yourself"] = "the public self-referral form: people refer themselves without an account; rate-limited, honeypot and timing checked, it reveals nothing about anyone",
        ["/refer-yourself/sent"] = "the self-referral confirmation: says what happens next, shows no data",
        ["/openapi/{documentName}.json"] = "describes the API's shape for client developers; no data",
        [StaticAssets] = "public CSS/JS/images, no data",
    };

    public static bool IsStaticAsset(Endpoint endpoint) => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    /// <summary>The allow-list key for an endpoint: <see cref="StaticAssets"/>, or its route pattern with a leading slash.</summary>
    public static string KeyOf(RouteEndpoint endpoint) =>
        IsStaticAsset(endpoint) ? StaticAssets : "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');

    public static bool Allows(RouteEndpoint endpoint, [NotNullWhen(true)] out string? reason) =>
        Reasons.TryGetValue(KeyOf(endpoint), out reason);
}
