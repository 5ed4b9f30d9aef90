using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Organisations;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.Teams;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.OnwardReferrals;

/// <summary>
/// The gap register as reported on /service/gaps, /reports/gaps and /api/gaps: small numbers suppressed (1 to 4 as
/// "fewer than 5"), other counts and the totals by need rounded to the nearest 5 from the true counts; service managers
/// see their provider's teams and commissioners every team; nobody else reaches the API.
/// </summary>
public sealed class GapRegisterReports(OnwardApp fixture) : IClassFixture<OnwardApp>, IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Idempotent per fixture: the class's tests share one app, so the register is seeded once.
        if (await fixture.WithDbAsync(db => db.UnmetNeeds.AnyAsync(Cancel)))
        {
            return;
        }

        var otherProviderTeam = await fixture.App.WithScopeAsync(async services =>
        {
            var provider = await services.GetRequiredService<CreateOrganisation>().ExecuteAsync(new("Westfield Wellbeing", OrganisationKind.Provider, null));
            return (await services.GetRequiredService<CreateTeam>().ExecuteAsync(new("Westfield team", provider.Id, []))).Id;
        });
        await fixture.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var today = UkTime.Today(now);
            void Record(int count, NeedCategory need, string? postcode, Guid teamId)
            {
                for (var i = 0; i < count; i++)
                {
                    db.UnmetNeeds.Add(UnmetNeed.Record(need, teamId, postcode, UnmetNeedReason.NoService, null, fixture.Worker.Id, today, now));
                }
            }

            Record(3, NeedCategory.Caring, "LS6 2AB", fixture.Data.TeamId);
            Record(7, NeedCategory.Caring, "LS7 1AA", fixture.Data.TeamId);
            Record(12, NeedCategory.Debt, "LS6 2AB", fixture.Data.TeamId);
            Record(4, NeedCategory.Debt, null, fixture.Data.TeamId);
            Record(6, NeedCategory.Housing, "BD1 1AA", otherProviderTeam);
            return await db.SaveChangesAsync(Cancel);
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_service_gaps_page_shows_fewer_than_5_for_small_counts_and_rounds_the_rest_and_the_totals()
    {
        var page = await (await fixture.SignedInAsync(StaffRole.ServiceManager)).GetPageAsync("/service/gaps");

        var cells = page.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).Select(r => (r[1], r[2], r[3])).ToList();
        Assert.Equal(
            [("Caring for someone", "LS6", "fewer than 5"), ("Caring for someone", "LS7", "5"), ("Debt", "LS6", "10"), ("Debt", "No postcode", "fewer than 5")],
            cells.Order());
        // Totals from the true counts: caring 3 + 7 = 10, debt 12 + 4 = 16 → 15; never the sum of what is shown.
        var totals = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td")!.TextContent.Trim())).ToList();
        Assert.Equal([("Debt", "15"), ("Caring for someone", "10")], totals);
        Assert.Contains("counts from 1 to 4 are shown as", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Housing", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commissioner_sees_every_team_s_gaps_suppressed_alike_on_the_page_and_in_the_api()
    {
        var commissioner = await fixture.SignedInAsync(StaffRole.Commissioner);

        var page = await commissioner.GetPageAsync("/reports/gaps");
        Assert.Contains(page.Rows(), r => r.Length == 4 && r[2] == "BD1" && r[3] == "5");
        Assert.Contains(page.Rows(), r => r.Length == 4 && r[2] == "LS6" && r[3] == "fewer than 5");

        var response = await commissioner.GetAsync("/api/gaps", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        var housing = Assert.Single(rows, r => r.GetProperty("need").GetString() == "Housing");
        Assert.Equal(("BD1", 5, false), (housing.GetProperty("area").GetString(), housing.GetProperty("count").GetInt32(), housing.GetProperty("suppressed").GetBoolean()));
        Assert.All(rows, r => Assert.Equal(r.GetProperty("suppressed").GetBoolean(), r.GetProperty("count").ValueKind == JsonValueKind.Null));
        Assert.DoesNotContain(rows, r => r.GetProperty("count").ValueKind == JsonValueKind.Number && r.GetProperty("count").GetInt32() % 5 != 0);
    }

    [Fact]
    public async Task The_api_gives_a_service_manager_their_provider_s_counts_with_small_ones_null_and_flagged()
    {
        var rows = (await (await (await fixture.SignedInAsync(StaffRole.ServiceManager)).GetAsync("/api/gaps", Cancel)).JsonAsync()).EnumerateArray()
            .Select(r => (Need: r.GetProperty("need").GetString(), Area: r.GetProperty("area").GetString(),
                Count: r.GetProperty("count").ValueKind == JsonValueKind.Null ? (int?)null : r.GetProperty("count").GetInt32(),
                Suppressed: r.GetProperty("suppressed").GetBoolean(), Shown: r.GetProperty("shown").GetString()))
            .OrderBy(r => r.Need).ThenBy(r => r.Area).ToList();

        Assert.Equal(
        [
            ("Caring", "LS6", null, true, "fewer than 5"), ("Caring", "LS7", 5, false, "5"), ("Debt", null, null, true, "fewer than 5"),
            ("Debt", "LS6", 10, false, "10"),
        ], rows);

        var future = (await (await (await fixture.SignedInAsync(StaffRole.ServiceManager)).GetAsync("/api/gaps?from=2099-01-01", Cancel)).JsonAsync());
        Assert.Equal(0, future.GetArrayLength());
    }

    [Fact]
    public async Task Link_workers_referrers_partners_and_administrators_are_refused_the_gaps_api()
    {
        foreach (var role in new[] { StaffRole.LinkWorker, StaffRole.SeniorLinkWorker, StaffRole.Referrer, StaffRole.Partner, StaffRole.Administrator })
        {
            var response = await (await fixture.SignedInAsync(role)).GetAsync("/api/gaps", Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)response.StatusCode}");
        }
    }
}
