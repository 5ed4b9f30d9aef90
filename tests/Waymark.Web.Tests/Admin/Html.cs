using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Waymark.Testing;

namespace Waymark.Web.Tests.Admin;

/// <summary>Reads pages as a person would: the error summary, a field's error, the banner, a table's rows.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await new HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);
    }

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>Asserts the response redirects (post, redirect, get) and fetches where it points.</summary>
    public static async Task<IDocument> FollowAsync(this HttpClient client, HttpResponseMessage response, string expectedLocation)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedLocation, response.Headers.Location?.OriginalString);
        return await client.GetPageAsync(expectedLocation);
    }

    /// <summary>Posts a form that may repeat a field (checkboxes), with the antiforgery token from the form's page.</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(
        this HttpClient client, string url, IEnumerable<(string Name, string Value)> fields, string? formPage = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPage ?? url);
        var body = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(url, content, TestContext.Current.CancellationToken);
    }

    public static IReadOnlyList<string> ErrorSummary(this IDocument page) =>
        [.. page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent.Trim())];

    /// <summary>The message shown by a field (by its id), without the hidden "Error:" prefix.</summary>
    public static string? FieldError(this IDocument page, string fieldId) =>
        page.GetElementById($"{fieldId}-error")?.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim();

    public static string? Banner(this IDocument page) =>
        page.QuerySelector(".nhsuk-notification-banner__heading")?.TextContent.Trim();

    public static string? ValueOf(this IDocument page, string fieldId) => page.GetElementById(fieldId)?.GetAttribute("value");

    /// <summary>The text of each cell of each row of the first table body.</summary>
    public static IReadOnlyList<string[]> Rows(this IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())];

    public static string[] Row(this IDocument page, string firstCell) => Assert.Single(page.Rows(), r => r[0] == firstCell);

    public static IReadOnlyList<string> CheckedValues(this IDocument page, string name) =>
        [.. page.QuerySelectorAll($"input[name='{name}'][checked]").Select(i => i.GetAttribute("value")!)];
}
