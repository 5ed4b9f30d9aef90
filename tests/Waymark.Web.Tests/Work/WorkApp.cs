using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Work;

/// <summary>
/// The seeded app plus a second team of the same provider with its own link worker, so "another team's link worker"
/// can be tried. Each test makes its own person with <see cref="CaseAsync"/>.
/// </summary>
public sealed class WorkApp : SeededAppFixture
{
    public Guid OtherTeamId { get; private set; }

    /// <summary>A link worker in the other team.</summary>
    public TestUser OtherTeamWorker { get; private set; } = null!;

    /// <summary>A service manager of a different provider.</summary>
    public TestUser OtherProviderManager { get; private set; } = null!;

    public TestUser Worker => Data.User(StaffRole.LinkWorker);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        OtherTeamId = await App.AddTeamAsync("South team", Data.ProviderId);
        OtherTeamWorker = await App.AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, OtherTeamId, StaffRole.LinkWorker, "South Worker");
        var provider = await App.AddOrganisationAsync("Eastfield Community Links", OrganisationKind.Provider);
        OtherProviderManager = await App.AddUserAsync("east.manager@test.waymark.example", provider, null, StaffRole.ServiceManager, "East Manager");
    }

    /// <summary>A person in the seeded team at <paramref name="stage"/>, allocated (if that far) to the seeded link worker.</summary>
    public Task<TestCase> CaseAsync(EpisodeStatus stage = EpisodeStatus.Active) =>
        App.CaseAtAsync(Data.TeamId, stage, stage is EpisodeStatus.Referred or EpisodeStatus.Waiting ? null : Worker.Id);
}

/// <summary>Reading the work pages as a person would.</summary>
public static class WorkHtml
{
    /// <summary>Rows of the table with this data-table name: the header cell then each data cell, as text.</summary>
    public static IReadOnlyList<string[]> TableRows(this IDocument page, string table) =>
        [.. page.QuerySelectorAll($"table[data-table='{table}'] tbody tr")
            .Select(row => row.Children.Select(c => c.TextContent.Trim()).ToArray())];

    /// <summary>Each bar row of the first (latest) ratings chart: the area and the bars' text, as the eye reads it.</summary>
    public static IReadOnlyList<(string Domain, string Label, string[] Values, string[] BarClasses)> ChartRows(this IDocument page) =>
        [.. page.QuerySelectorAll("[data-chart='ratings']").Take(1).SelectMany(chart => chart.QuerySelectorAll(".waymark-chart__row")).Select(row => (
            row.GetAttribute("data-domain")!,
            row.QuerySelector(".waymark-chart__label")!.TextContent.Trim(),
            row.QuerySelectorAll(".waymark-chart__value").Select(v => v.TextContent.Trim()).ToArray(),
            row.QuerySelectorAll(".waymark-chart__bar").Select(b => b.ClassName ?? string.Empty).ToArray()))];

    /// <summary>The page's text with runs of white space made single spaces, as it reads.</summary>
    public static string Text(this IDocument page) => Squash(page.Body?.TextContent ?? string.Empty);

    /// <summary>Text with runs of white space made single spaces.</summary>
    public static string Squash(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
