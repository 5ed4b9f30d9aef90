using System.Net;
using System.Net.Http.Json;

namespace Waymark.Web.Tests.Admin;

public sealed class ApiClientPages(SeededApp seeded) : IClassFixture<SeededApp>
{
    private const string List = "/admin/api-clients";

    [Fact]
    public async Task A_new_key_is_shown_once_and_works_until_it_is_revoked()
    {
        var admin = await seeded.AdminAsync();
        var name = $"Riverside EMIS {seeded.Next()}";

        var response = await admin.PostFieldsAsync($"{List}/add", [("Input.Name", name), ("Input.OrganisationId", seeded.Data.PracticeId.ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var key = (await Html.ParseAsync(response)).GetElementById("api-key")!.TextContent.Trim();
        Assert.StartsWith("wmk_", key, StringComparison.Ordinal);

        var me = await CallAsync(key);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var caller = await me.Content.ReadFromJsonAsync<Caller>(TestContext.Current.CancellationToken);
        Assert.Equal(("ApiClient", seeded.Data.PracticeId), (caller!.Kind, caller.OrganisationId));

        var list = await admin.GetPageAsync(List);
        Assert.DoesNotContain(key, list.Source.Text, StringComparison.Ordinal);
        var row = list.Row(name);
        Assert.Equal([name, "Riverside Medical Centre"], row[..2]);
        Assert.StartsWith(row[2], key[4..], StringComparison.Ordinal);
        Assert.Equal("Active", row[5]);

        var revoke = list.QuerySelectorAll("tbody a").Single(a => a.TextContent.Contains(name, StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.StartsWith("Are you sure", (await admin.GetPageAsync(revoke)).QuerySelector("h1")!.TextContent.Trim());
        var after = await admin.FollowAsync(await admin.PostFieldsAsync(revoke, []), List);

        Assert.StartsWith("API client revoked", after.Banner());
        Assert.Equal("Revoked", after.Row(name)[5]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(key)).StatusCode);
    }

    [Fact]
    public async Task A_client_needs_a_name_and_an_organisation()
    {
        var admin = await seeded.AdminAsync();

        var noOrganisation = await Html.ParseAsync(await admin.PostFieldsAsync($"{List}/add", [("Input.Name", "Orphan system")]));
        Assert.Equal("Select the organisation the client acts for", noOrganisation.FieldError("Input_OrganisationId"));
        Assert.Equal("Orphan system", noOrganisation.ValueOf("Input_Name"));

        var noName = await Html.ParseAsync(await admin.PostFieldsAsync($"{List}/add", [("Input.OrganisationId", seeded.Data.PracticeId.ToString())]));
        Assert.Equal(["Enter a name for the API client"], noName.ErrorSummary());
    }

    private async Task<HttpResponseMessage> CallAsync(string key)
    {
        using var client = seeded.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private sealed record Caller(string Kind, Guid? OrganisationId);
}
