using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Waymark.Testing;

/// <summary>Signs in through the real sign-in page, antiforgery token and all, as a browser would.</summary>
public static partial class SignInExtensions
{
    public static HttpClient CreateBrowserLikeClient(this WaymarkAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInClientAsync(this WaymarkAppFactory app, TestUser user)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.SignInAsync(user.Email, user.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {user.Role} failed with {(int)response.StatusCode}");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>GETs the page to obtain an antiforgery token, then POSTs the form to the same address.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? formPage = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPage ?? url);
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(url, content);
    }

    /// <summary>
    /// An antiforgery token from the page. Where the page's main content has a form that posts, the token must come
    /// from there: the header's sign-out form carries one on every page, and taking it would hide a form that forgot
    /// its own (a browser would get a 400). Pages with no such form (tests posting where nothing is offered, signing
    /// out) use the header's.
    /// </summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var main = html.IndexOf("<main", StringComparison.Ordinal);
        var content = main < 0 ? html : html[main..];
        var match = TokenPattern().Match(content.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase) ? content : html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {page}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
