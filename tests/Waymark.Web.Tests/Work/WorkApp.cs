using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Audit;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Work;

/// <summary>
/// The seeded app plus a second team of the same provider with its own link worker, so "another team's link worker"
/// can be tried. Each test makes its own person with <see cref="CaseAsync"/>.
/// </summary>
public sealed class WorkApp : AppFixture
{
    private readonly Dictionary<string, HttpClient> _signedIn = [];

    public TestData Data { get; private set; } = null!;

    public Guid OtherTeamId { get; private set; }

    /// <summary>A link worker in the other team.</summary>
    public TestUser OtherTeamWorker { get; private set; } = null!;

    /// <summary>A service manager of a different provider.</summary>
    public TestUser OtherProviderManager { get; private set; } = null!;

    public TestUser Worker => Data.User(StaffRole.LinkWorker);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Data = await TestData.SeedAsync(App);
        (OtherTeamId, OtherTeamWorker) = await App.WithScopeAsync(async services =>
        {
            var team = await services.GetRequiredService<CreateTeam>().ExecuteAsync(new("South team", Data.ProviderId, []));
            const string email = "south.worker@test.waymark.example";
            var worker = await services.GetRequiredService<AddUser>().ExecuteAsync(
                new UserInput(email, "South Worker", Data.ProviderId, team.Id, [StaffRole.LinkWorker], Password: TestData.Password));
            return (team.Id, new TestUser(worker.Id, email, TestData.Password, StaffRole.LinkWorker));
        });
        OtherProviderManager = await App.WithScopeAsync(async services =>
        {
            var provider = await services.GetRequiredService<CreateOrganisation>()
                .ExecuteAsync(new("Eastfield Community Links", OrganisationKind.Provider, null));
            const string email = "east.manager@test.waymark.example";
            var manager = await services.GetRequiredService<AddUser>().ExecuteAsync(
                new UserInput(email, "East Manager", provider.Id, null, [StaffRole.ServiceManager], Password: TestData.Password));
            return new TestUser(manager.Id, email, TestData.Password, StaffRole.ServiceManager);
        });
    }

    /// <summary>A person in the seeded team at <paramref name="stage"/>, allocated (if that far) to the seeded link worker.</summary>
    public Task<TestCase> CaseAsync(EpisodeStatus stage = EpisodeStatus.Active) =>
        App.CaseAtAsync(Data.TeamId, stage, stage is EpisodeStatus.Referred or EpisodeStatus.Waiting ? null : Worker.Id);

    public Task<HttpClient> SignedInAsync(StaffRole role) => SignedInAsync(Data.User(role));

    public async Task<HttpClient> SignedInAsync(TestUser user)
    {
        if (!_signedIn.TryGetValue(user.Email, out var client))
        {
            client = await App.SignedInClientAsync(user);
            _signedIn[user.Email] = client;
        }

        return client;
    }

    public Task<List<AuditEvent>> ReadsOfAsync(Guid personId) => App.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditAction.Read && e.RecordType == "Person" && e.RecordId == personId.ToString())
            .ToListAsync(TestContext.Current.CancellationToken));

    public Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work) =>
        App.WithScopeAsync(services => work(services.GetRequiredService<AppDbContext>()));

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _signedIn.Values)
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }
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
