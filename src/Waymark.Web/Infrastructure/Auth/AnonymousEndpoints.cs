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
        ["/q/{token}"] = "a one-time questionnaire link (issue 5): the 256-bit token in the address is the credential; it shows one questionnaire, nothing from the record, is rate-limited, and every unusable token gets the same page",
        ["/q/thank-you"] = "after answering through a one-time link: says thank you, shows no data",
        ["/openapi/{documentName}.json"] = "describes the API's shape for client developers; no data",
        ["/openreferral/"] = "the public Open Referral UK API (issue 4): directory data only, never people, referrals or staff",
        ["/openreferral/services"] = "public ORUK API: community service listings",
        ["/openreferral/services/{id}"] = "public ORUK API: one community service listing",
        ["/openreferral/taxonomies"] = "public ORUK API: the vocabularies services are listed under",
        ["/openreferral/taxonomies/{id}"] = "public ORUK API: one vocabulary and its terms",
        ["/openreferral/taxonomy_terms"] = "public ORUK API: the terms services are listed under",
        ["/openreferral/taxonomy_terms/{id}"] = "public ORUK API: one term",
        ["/openreferral/organizations"] = "public ORUK API: organisations that run listed services (never GP practices, nothing about staff)",
        ["/openreferral/organizations/{id}"] = "public ORUK API: one organisation's published directory details",
        ["/openreferral/service_at_locations"] = "public ORUK API: where listed services run",
        ["/openreferral/service_at_locations/{id}"] = "public ORUK API: one service at one location",
        ["/openreferral/{**path}"] = "public ORUK API: any other address under it answers 404 problem details (with CORS), no data",
        [StaticAssets] = "public CSS/JS/images, no data",
    };

    public static bool IsStaticAsset(Endpoint endpoint) => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    /// <summary>The allow-list key for an endpoint: <see cref="StaticAssets"/>, or its route pattern with a leading slash.</summary>
    public static string KeyOf(RouteEndpoint endpoint) =>
        IsStaticAsset(endpoint) ? StaticAssets : "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');

    public static bool Allows(RouteEndpoint endpoint, [NotNullWhen(true)] out string? reason) =>
        Reasons.TryGetValue(KeyOf(endpoint), out reason);
}
