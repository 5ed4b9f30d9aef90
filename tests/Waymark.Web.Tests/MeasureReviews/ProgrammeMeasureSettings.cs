using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Measures;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using SeededApp = Waymark.Web.Tests.Infrastructure.SeededApp;

namespace Waymark.Web.Tests.MeasureReviews;

/// <summary>The measures, review interval and ask-at-discharge on the programme admin form.</summary>
public sealed class ProgrammeMeasureSettings(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string ListUrl => $"/admin/teams/{fixture.Data.TeamId}/programmes";

    private static (string, string)[] Valid(string name) =>
    [
        ("Input.Name", name), ("Input.DefaultContactFrequencyDays", "14"), ("Input.NoContactThresholdDays", "28"),
        ("Input.MinAttempts", "3"), ("Input.MinModes", "2"), ("Input.MinDays", "14"), ("Input.ReviewWeeks", "8"),
    ];

    [Fact]
    public async Task A_new_programme_asks_ONS4_and_UCLA_3_at_discharge_and_the_administrator_changes_them()
    {
        var admin = await fixture.SignedInAsync(StaffRole.Administrator);
        var form = await admin.GetPageAsync($"{ListUrl}/add");
        Assert.Equal([BuiltInQuestionnaires.Ons4Url, BuiltInQuestionnaires.Ucla3Url], form.CheckedValues("Input.MeasureUrls").Order());
        Assert.Equal(["yes"], form.CheckedValues("Input.AskMeasuresAtDischarge"));
        Assert.Contains("Weeks between plan and measure reviews", form.Body!.TextContent, StringComparison.Ordinal);

        await admin.FollowAsync(
            await admin.PostFieldsAsync($"{ListUrl}/add", [.. Valid("Wellbeing first"), ("Input.MeasureUrls", BuiltInQuestionnaires.Ucla3Url), ("Input.AskMeasuresAtDischarge", "no")]),
            ListUrl);

        var programme = await fixture.App.WithScopeAsync(services =>
            services.GetRequiredService<AppDbContext>().Programmes.AsNoTracking().SingleAsync(p => p.Name == "Wellbeing first", Cancel));
        Assert.Equal([BuiltInQuestionnaires.Ucla3Url], programme.MeasureUrls);
        Assert.Equal((8, false), (programme.ReviewWeeks, programme.AskMeasuresAtDischarge));
        var edit = await admin.GetPageAsync($"{ListUrl}/{programme.Id}/edit");
        Assert.Equal([BuiltInQuestionnaires.Ucla3Url], edit.CheckedValues("Input.MeasureUrls"));
        Assert.Equal(["no"], edit.CheckedValues("Input.AskMeasuresAtDischarge"));

        await admin.FollowAsync(await admin.PostFieldsAsync($"{ListUrl}/{programme.Id}/edit", [.. Valid("Wellbeing first"), ("Input.AskMeasuresAtDischarge", "yes")]), ListUrl);
        var none = await fixture.App.WithScopeAsync(services =>
            services.GetRequiredService<AppDbContext>().Programmes.AsNoTracking().SingleAsync(p => p.Id == programme.Id, Cancel));
        Assert.Empty(none.MeasureUrls);
        Assert.True(none.AskMeasuresAtDischarge);
    }

    [Fact]
    public async Task A_questionnaire_not_in_the_catalogue_is_refused_by_its_field()
    {
        var admin = await fixture.SignedInAsync(StaffRole.Administrator);

        var page = await Html.ParseAsync(await admin.PostFieldsAsync($"{ListUrl}/add", [.. Valid("Made up measures"), ("Input.MeasureUrls", "https://example.org/q/unknown")]));

        Assert.Equal(["Choose questionnaires from the list: each must be an active questionnaire"], page.ErrorSummary());
        Assert.Contains("No longer active", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
