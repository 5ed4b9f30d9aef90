using System.Net;

namespace Waymark.Web.Tests.Admin;

public sealed class TeamPages(SeededApp seeded) : IClassFixture<SeededApp>
{
    private const string List = "/admin/teams";

    [Fact]
    public async Task An_administrator_can_add_a_team_covering_practices()
    {
        var admin = await seeded.AdminAsync();
        var data = seeded.Data;
        var name = $"South team {seeded.Next()}";
        var form = await admin.GetPageAsync("/admin/teams/add");
        Assert.Equal(
            [data.OtherPracticeId.ToString(), data.PracticeId.ToString()],
            form.QuerySelectorAll("input[name='Input.PracticeIds']").Select(i => i.GetAttribute("value")));

        var response = await admin.PostFieldsAsync("/admin/teams/add",
        [
            ("Input.Name", name), ("Input.ProviderId", data.ProviderId.ToString()),
            ("Input.PracticeIds", data.PracticeId.ToString()), ("Input.PracticeIds", data.OtherPracticeId.ToString()),
        ]);

        var list = await admin.FollowAsync(response, List);
        Assert.Equal($"Team added: {name}", list.Banner());
        Assert.Equal([name, "Northfield Wellbeing Service", "2", "0", "Active"], list.Row(name));
    }

    [Fact]
    public async Task An_administrator_can_change_the_practices_a_team_covers()
    {
        var admin = await seeded.AdminAsync();
        var data = seeded.Data;
        var name = $"East team {seeded.Next()}";
        await admin.FollowAsync(await admin.PostFieldsAsync("/admin/teams/add",
            [("Input.Name", name), ("Input.ProviderId", data.ProviderId.ToString()), ("Input.PracticeIds", data.PracticeId.ToString())]), List);
        var edit = (await admin.GetPageAsync(List)).QuerySelectorAll("tbody a").Single(a => a.TextContent == name).GetAttribute("href")!;
        Assert.Equal([data.PracticeId.ToString()], (await admin.GetPageAsync(edit)).CheckedValues("Input.PracticeIds"));

        var response = await admin.PostFieldsAsync(edit,
            [("Input.Name", name), ("Input.PracticeIds", data.OtherPracticeId.ToString()), ("Input.IsActive", "true")]);

        await admin.FollowAsync(response, List);
        Assert.Equal([data.OtherPracticeId.ToString()], (await admin.GetPageAsync(edit)).CheckedValues("Input.PracticeIds"));
    }

    [Fact]
    public async Task A_team_without_a_provider_is_refused_by_the_field()
    {
        var admin = await seeded.AdminAsync();

        var response = await admin.PostFieldsAsync("/admin/teams/add", [("Input.Name", "Nowhere team"), ("Input.ProviderId", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Select the provider the team belongs to", page.FieldError("Input_ProviderId"));
        Assert.Equal("Nowhere team", page.ValueOf("Input_Name"));
    }

    [Fact]
    public async Task The_list_shows_the_seeded_team_with_its_members()
    {
        var admin = await seeded.AdminAsync();

        var list = await admin.GetPageAsync(List);

        // The link worker and senior link worker are in North team; it covers one practice.
        Assert.Equal(["North team", "Northfield Wellbeing Service", "1", "2", "Active"], list.Row("North team"));
    }
}
