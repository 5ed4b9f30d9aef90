using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;
using SeededApp = Waymark.Web.Tests.Infrastructure.SeededApp;

namespace Waymark.Web.Tests.Programmes;

/// <summary>/admin/teams/{teamId}/programmes: administrators configure a team's programmes; nobody else may.</summary>
public sealed class ProgrammePages(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string ListUrl => $"/admin/teams/{fixture.Data.TeamId}/programmes";

    [Fact]
    public async Task An_administrator_adds_a_programme_with_its_rules_and_changes_it()
    {
        var admin = await fixture.SignedInAsync(StaffRole.Administrator);
        Assert.NotNull((await admin.GetPageAsync($"/admin/teams/{fixture.Data.TeamId}/edit")).QuerySelector($"a[href='{ListUrl}']"));
        var form = await admin.GetPageAsync($"{ListUrl}/add");
        Assert.Equal(["Riverside Medical Centre"], form.QuerySelectorAll("input[name='Input.PracticeIds'] + label").Select(l => l.TextContent.Trim()));
        Assert.Equal("3", form.ValueOf("Input_MinAttempts"));

        var added = await admin.PostFieldsAsync($"{ListUrl}/add",
        [
            ("Input.Name", "Healthy hearts"),
            ("Input.MinAge", "40"),
            ("Input.MaxAge", "80"),
            ("Input.QualifyingConditions", "HeartFailure"),
            ("Input.QualifyingConditions", "CoronaryHeartDisease"),
            ("Input.PracticeIds", fixture.Data.PracticeId.ToString()),
            ("Input.Areas", "ls6, LS7"),
            ("Input.DefaultContactFrequencyDays", "21"),
            ("Input.NoContactThresholdDays", "42"),
            ("Input.MinAttempts", "4"),
            ("Input.MinModes", "2"),
            ("Input.MinDays", "21"),
            ("Input.ReviewWeeks", "8"),
        ]);

        var list = await admin.FollowAsync(added, ListUrl);
        Assert.Equal("Programme added: Healthy hearts", list.Banner());
        var row = list.Row("Healthy hearts");
        Assert.Equal(["Healthy hearts", "40 to 80", "Heart failure, Coronary heart disease", "21 days"], row);
        var programme = await fixture.App.WithScopeAsync(services =>
            services.GetRequiredService<AppDbContext>().Programmes.AsNoTracking().SingleAsync(p => p.Name == "Healthy hearts", Cancel));
        Assert.Equal(["LS6", "LS7"], programme.Areas);
        Assert.Equal([fixture.Data.PracticeId], programme.PracticeIds);
        Assert.Equal((4, 2, 21), (programme.LostContact.MinAttempts, programme.LostContact.MinModes, programme.LostContact.MinDays));
        Assert.Equal((21, 42, 8), (programme.DefaultContactFrequencyDays, programme.NoContactThresholdDays, programme.ReviewWeeks));

        var editUrl = $"{ListUrl}/{programme.Id}/edit";
        var edit = await admin.GetPageAsync(editUrl);
        Assert.Equal("Healthy hearts", edit.ValueOf("Input_Name"));
        Assert.Equal(["HeartFailure", "CoronaryHeartDisease"], edit.CheckedValues("Input.QualifyingConditions").Order().Reverse());
        var changed = await admin.PostFieldsAsync(editUrl,
        [
            ("Input.Name", "Healthy hearts and lungs"),
            ("Input.QualifyingConditions", "Copd"),
            ("Input.DefaultContactFrequencyDays", "14"),
            ("Input.NoContactThresholdDays", "28"),
            ("Input.MinAttempts", "3"),
            ("Input.MinModes", "2"),
            ("Input.MinDays", "14"),
            ("Input.ReviewWeeks", "12"),
        ]);
        var after = await admin.FollowAsync(changed, ListUrl);
        Assert.Equal(["Healthy hearts and lungs", "Any age", "COPD", "14 days"], after.Row("Healthy hearts and lungs"));
    }

    [Fact]
    public async Task Mistakes_are_shown_by_their_fields_and_nothing_is_saved()
    {
        var admin = await fixture.SignedInAsync(StaffRole.Administrator);
        (string, string)[] valid =
        [
            ("Input.DefaultContactFrequencyDays", "14"), ("Input.NoContactThresholdDays", "28"), ("Input.MinAttempts", "3"),
            ("Input.MinModes", "2"), ("Input.MinDays", "14"), ("Input.ReviewWeeks", "12"),
        ];

        var notNumbers = await Html.ParseAsync(await admin.PostFieldsAsync($"{ListUrl}/add",
            [("Input.Name", "Typos"), ("Input.MinAge", "sixty"), .. valid]));
        Assert.Equal("Enter the minimum age as a whole number, like 12", notNumbers.FieldError("Input_MinAge"));
        Assert.Equal("sixty", notNumbers.ValueOf("Input_MinAge"));

        var backwards = await Html.ParseAsync(await admin.PostFieldsAsync($"{ListUrl}/add",
            [("Input.Name", "Backwards"), ("Input.MinAge", "70"), ("Input.MaxAge", "50"), .. valid]));
        Assert.Equal("The minimum age must not be more than the maximum age", backwards.FieldError("Input_MinAge"));

        var noName = await Html.ParseAsync(await admin.PostFieldsAsync($"{ListUrl}/add", valid));
        Assert.NotNull(noName.FieldError("Input_Name"));

        var badArea = await Html.ParseAsync(await admin.PostFieldsAsync($"{ListUrl}/add", [("Input.Name", "Areas"), ("Input.Areas", "Leeds"), .. valid]));
        Assert.Equal("Enter postcode districts like LS6 or EC1A", badArea.FieldError("Input_Areas"));

        var otherPractice = await Html.ParseAsync(await admin.PostFieldsAsync($"{ListUrl}/add",
            [("Input.Name", "Elsewhere"), ("Input.PracticeIds", fixture.Data.OtherPracticeId.ToString()), .. valid]));
        Assert.Equal("Choose practices the team covers", otherPractice.FieldError("Input_PracticeIds"));

        var badRule = await Html.ParseAsync(await admin.PostFieldsAsync($"{ListUrl}/add",
            [("Input.Name", "Rule"), .. valid.Where(f => f.Item1 != "Input.MinModes"), ("Input.MinModes", "5")]));
        Assert.NotNull(badRule.FieldError("Input_MinModes"));

        var count = await fixture.App.WithScopeAsync(services => services.GetRequiredService<AppDbContext>().Programmes
            .CountAsync(p => new[] { "Typos", "Backwards", "Areas", "Elsewhere", "Rule" }.Contains(p.Name), Cancel));
        Assert.Equal(0, count);
    }

    [Theory]
    [InlineData(StaffRole.SeniorLinkWorker)]
    [InlineData(StaffRole.ServiceManager)]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.Referrer)]
    public async Task Other_roles_are_refused(StaffRole role)
    {
        var client = await fixture.SignedInAsync(role);

        var response = await client.GetAsync(ListUrl, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
    }

    [Fact]
    public async Task An_unknown_team_or_programme_is_not_found()
    {
        var admin = await fixture.SignedInAsync(StaffRole.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/teams/{Guid.NewGuid()}/programmes", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/teams/{Guid.NewGuid()}/programmes/add", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{ListUrl}/{Guid.NewGuid()}/edit", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Languages_spoken_are_saved_from_the_user_form_trimmed_and_limited()
    {
        var admin = await fixture.SignedInAsync(StaffRole.Administrator);
        var worker = fixture.Data.User(StaffRole.LinkWorker);
        var editUrl = $"/admin/users/{worker.Id}/edit";
        (string, string)[] fields =
        [
            ("Input.DisplayName", "Test Link worker"), ("Input.TeamId", fixture.Data.TeamId.ToString()), ("Input.Roles", "LinkWorker"),
            ("Input.CaseloadCapacity", "25"),
        ];

        var tooMany = await Html.ParseAsync(await admin.PostFieldsAsync(editUrl,
            [.. fields, ("Input.Languages", string.Join(",", Enumerable.Range(1, 11).Select(n => $"Language {n}")))]));
        Assert.Equal("Enter up to 10 languages", tooMany.FieldError("Input_Languages"));

        var tooLong = await Html.ParseAsync(await admin.PostFieldsAsync(editUrl, [.. fields, ("Input.Languages", new string('x', 51))]));
        Assert.StartsWith("Each language must be 50 characters or fewer", tooLong.FieldError("Input_Languages"), StringComparison.Ordinal);

        var saved = await admin.PostFieldsAsync(editUrl, [.. fields, ("Input.Languages", " Polish ,Urdu,, polish ")]);
        var details = await admin.FollowAsync(saved, $"/admin/users/{worker.Id}");
        Assert.Contains("Polish, Urdu", details.QuerySelector(".nhsuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Polish, Urdu", (await admin.GetPageAsync(editUrl)).ValueOf("Input_Languages"));
        var stored = await fixture.App.WithScopeAsync(services => services.GetRequiredService<AppDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == worker.Id).Select(u => u.Languages).SingleAsync(Cancel));
        Assert.Equal(["Polish", "Urdu"], stored);
    }
}
