using System.Net;
using System.Text.Json;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Caseload;

/// <summary>
/// GET /api/caseload: a link worker's own caseload with each person's contact schedule, and a senior link worker's
/// team; nobody sees another team's people, and roles that do not hold caseloads are refused.
/// </summary>
public sealed class CaseloadApi(CaseloadApp app) : IClassFixture<CaseloadApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shows_an_active_person_with_their_last_contact_next_due_date_and_open_goals()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var person = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId, nhsNumber: TestOrganisations.NewNhsNumber());
        await app.AddPlanWithTwoOpenGoalsAsync(person.EpisodeId);
        app.App.Clock.Set(CaseloadApp.Start.AddDays(3));

        var row = await RowAsync(await app.ClientAsync(app.Worker), "/api/caseload", person.EpisodeId);

        Assert.Equal(person.FamilyName, row.GetProperty("familyName").GetString());
        Assert.Equal(10, row.GetProperty("nhsNumber").GetString()!.Length);
        Assert.Equal("Active", row.GetProperty("status").GetString());
        Assert.Equal("Standard", row.GetProperty("intensity").GetString());
        Assert.Equal("2026-03-02", row.GetProperty("allocatedOn").GetString());
        Assert.Equal("2026-03-02", row.GetProperty("lastContact").GetString());
        Assert.Equal("2026-03-02", row.GetProperty("lastReached").GetString());
        Assert.Equal(14, row.GetProperty("frequencyDays").GetInt32());
        Assert.Equal("2026-03-16", row.GetProperty("nextDue").GetString());
        Assert.False(row.GetProperty("isOverdue").GetBoolean());
        Assert.False(row.GetProperty("noContact").GetBoolean());
        Assert.False(row.GetProperty("waitingForFirstContact").GetBoolean());
        Assert.Equal(2, row.GetProperty("openGoals").GetInt32());
    }

    [Fact]
    public async Task An_attempt_is_the_last_contact_but_only_a_reached_contact_moves_the_next_due_date()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var person = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId);
        app.App.Clock.Set(CaseloadApp.Start.AddDays(10));
        await app.AddContactAsync(person.EpisodeId, CaseloadApp.Start.AddDays(10).AddHours(-1), ContactOutcome.Attempted, app.Worker.Id);

        var row = await RowAsync(await app.ClientAsync(app.Worker), "/api/caseload", person.EpisodeId);
        Assert.Equal("2026-03-12", row.GetProperty("lastContact").GetString());
        Assert.Equal("2026-03-02", row.GetProperty("lastReached").GetString());
        Assert.Equal("2026-03-16", row.GetProperty("nextDue").GetString());

        await app.AddContactAsync(person.EpisodeId, CaseloadApp.Start.AddDays(10), ContactOutcome.Reached, app.Worker.Id);
        row = await RowAsync(await app.ClientAsync(app.Worker), "/api/caseload", person.EpisodeId);
        Assert.Equal("2026-03-26", row.GetProperty("nextDue").GetString());
    }

    [Fact]
    public async Task Flags_overdue_after_the_due_date_and_no_contact_once_28_days_pass_without_reaching_the_person()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var person = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId);

        app.App.Clock.Set(CaseloadApp.Start.AddDays(14));
        var dueToday = await RowAsync(await app.ClientAsync(app.Worker), "/api/caseload", person.EpisodeId);
        Assert.False(dueToday.GetProperty("isOverdue").GetBoolean());

        app.App.Clock.Set(CaseloadApp.Start.AddDays(15));
        var overdue = await RowAsync(await app.ClientAsync(app.Worker), "/api/caseload", person.EpisodeId);
        Assert.True(overdue.GetProperty("isOverdue").GetBoolean());
        Assert.False(overdue.GetProperty("noContact").GetBoolean());

        app.App.Clock.Set(CaseloadApp.Start.AddDays(28));
        var silent = await RowAsync(await app.ClientAsync(app.Worker), "/api/caseload", person.EpisodeId);
        Assert.True(silent.GetProperty("noContact").GetBoolean());
        Assert.Equal(28, silent.GetProperty("daysSinceLastReached").GetInt32());
    }

    [Fact]
    public async Task Counts_an_allocated_person_from_their_allocation_by_the_programme_defaults_and_says_they_wait_for_a_first_contact()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var programme = await app.AddProgrammeAsync(frequencyDays: 7, noContactDays: 10);
        var person = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Allocated, app.Worker.Id, app.Data.PracticeId, programmeId: programme);
        app.App.Clock.Set(CaseloadApp.Start.AddDays(10));

        var row = await RowAsync(await app.ClientAsync(app.Worker), "/api/caseload", person.EpisodeId);

        Assert.Equal("Allocated", row.GetProperty("status").GetString());
        Assert.True(row.GetProperty("waitingForFirstContact").GetBoolean());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("lastContact").ValueKind);
        Assert.Equal(7, row.GetProperty("frequencyDays").GetInt32());
        Assert.Equal("2026-03-09", row.GetProperty("nextDue").GetString());
        Assert.True(row.GetProperty("isOverdue").GetBoolean());
        Assert.True(row.GetProperty("noContact").GetBoolean());
    }

    [Fact]
    public async Task Dates_are_uk_dates_so_a_contact_late_on_a_summer_evening_counts_on_that_day()
    {
        // 23:30 UTC on 14 June is 00:30 on 15 June in London (BST).
        var late = new DateTimeOffset(2026, 6, 14, 23, 30, 0, TimeSpan.Zero);
        app.App.Clock.Set(late);
        var person = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Allocated, app.Worker.Id, app.Data.PracticeId);
        await app.AddContactAsync(person.EpisodeId, late, ContactOutcome.Reached, app.Worker.Id);

        var row = await RowAsync(await app.ClientAsync(app.Worker), "/api/caseload", person.EpisodeId);

        Assert.Equal("2026-06-15", row.GetProperty("allocatedOn").GetString());
        Assert.Equal("2026-06-15", row.GetProperty("lastReached").GetString());
        Assert.Equal("2026-06-29", row.GetProperty("nextDue").GetString());
    }

    [Fact]
    public async Task Filters_by_overdue_status_intensity_and_name_and_sorts_by_next_due()
    {
        app.App.Clock.Set(CaseloadApp.Start.AddDays(-20));
        var family = $"Sorting{Guid.NewGuid():N}"[..16];
        var older = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId, familyName: family + "a");
        app.App.Clock.Set(CaseloadApp.Start);
        var recent = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId, familyName: family + "b");
        var waiting = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Allocated, app.Worker.Id, app.Data.PracticeId, familyName: family + "c");
        var client = await app.ClientAsync(app.Worker);

        // The two people allocated today are both due in 14 days: the name breaks the tie.
        var byNextDue = await ItemsAsync(client, $"/api/caseload?search={family}&sort=NextDue");
        Assert.Equal([older.EpisodeId, recent.EpisodeId, waiting.EpisodeId], byNextDue.Select(EpisodeId));
        var byLastContact = await ItemsAsync(client, $"/api/caseload?search={family}&sort=LastContact&descending=true");
        Assert.Equal([recent.EpisodeId, older.EpisodeId, waiting.EpisodeId], byLastContact.Select(EpisodeId));

        Assert.Equal([older.EpisodeId], (await ItemsAsync(client, $"/api/caseload?search={family}&overdueOnly=true")).Select(EpisodeId));
        Assert.Equal([waiting.EpisodeId], (await ItemsAsync(client, $"/api/caseload?search={family}&status=Allocated")).Select(EpisodeId));
        Assert.Equal(3, (await ItemsAsync(client, $"/api/caseload?search={family}&intensity=Standard")).Count);
        Assert.Empty(await ItemsAsync(client, $"/api/caseload?search={family}&intensity=Intensive"));
        Assert.Empty(await ItemsAsync(client, $"/api/caseload?search={family}&noContactOnly=true"));
    }

    [Fact]
    public async Task Summary_counts_the_whole_caseload_whatever_the_filters()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Allocated, app.Worker.Id, app.Data.PracticeId);
        var client = await app.ClientAsync(app.Worker);

        var all = await (await client.GetAsync("/api/caseload", Cancel)).JsonAsync();
        var filtered = await (await client.GetAsync("/api/caseload?search=nobody-has-this-name", Cancel)).JsonAsync();

        Assert.Equal(0, filtered.GetProperty("totalCount").GetInt32());
        Assert.Equal(all.GetProperty("summary").GetProperty("total").GetInt32(), filtered.GetProperty("summary").GetProperty("total").GetInt32());
        Assert.True(filtered.GetProperty("summary").GetProperty("waitingForFirstContact").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_link_worker_sees_only_the_people_allocated_to_them()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var mine = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId);
        var colleagues = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Colleague.Id, app.Data.PracticeId);
        var waitingList = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Waiting, null, app.Data.PracticeId);
        var discharged = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Discharged, app.Worker.Id, app.Data.PracticeId);

        var ids = (await ItemsAsync(await app.ClientAsync(app.Worker), "/api/caseload?pageSize=500")).Select(EpisodeId).ToList();

        Assert.Contains(mine.EpisodeId, ids);
        Assert.DoesNotContain(colleagues.EpisodeId, ids);
        Assert.DoesNotContain(waitingList.EpisodeId, ids);
        Assert.DoesNotContain(discharged.EpisodeId, ids);
    }

    [Fact]
    public async Task A_link_worker_cannot_ask_for_a_colleagues_caseload_or_the_teams()
    {
        var client = await app.ClientAsync(app.Worker);

        await (await client.GetAsync($"/api/caseload?workerId={app.Colleague.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/caseload?team=true", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_senior_sees_the_whole_team_with_each_worker_and_can_narrow_it_to_one_worker()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var workers = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId);
        var colleagues = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Allocated, app.Colleague.Id, app.Data.PracticeId);
        var south = await app.App.CaseAtAsync(app.SouthTeamId, EpisodeStatus.Active, app.SouthWorker.Id);
        var client = await app.ClientAsync(app.Senior);

        var team = await ItemsAsync(client, "/api/caseload?team=true&pageSize=500");
        Assert.Contains(team, r => EpisodeId(r) == workers.EpisodeId && r.GetProperty("workerName").GetString() == "Test Link worker");
        Assert.Contains(team, r => EpisodeId(r) == colleagues.EpisodeId && r.GetProperty("workerName").GetString() == "Casey Colleague");
        Assert.DoesNotContain(team, r => EpisodeId(r) == south.EpisodeId);

        var one = await ItemsAsync(client, $"/api/caseload?workerId={app.Colleague.Id}&pageSize=500");
        Assert.Contains(one, r => EpisodeId(r) == colleagues.EpisodeId);
        Assert.All(one, r => Assert.Equal(app.Colleague.Id, r.GetProperty("workerId").GetGuid()));
    }

    [Fact]
    public async Task Another_teams_senior_sees_none_of_the_team_not_even_by_asking_for_its_worker()
    {
        app.App.Clock.Set(CaseloadApp.Start);
        var north = await app.App.CaseAtAsync(app.Data.TeamId, EpisodeStatus.Active, app.Worker.Id, app.Data.PracticeId);
        var client = await app.ClientAsync(app.SouthSenior);

        Assert.DoesNotContain(await ItemsAsync(client, "/api/caseload?team=true&pageSize=500"), r => EpisodeId(r) == north.EpisodeId);
        Assert.Empty(await ItemsAsync(client, $"/api/caseload?workerId={app.Worker.Id}"));
    }

    [Fact]
    public async Task Referrers_partners_commissioners_administrators_and_service_managers_are_refused()
    {
        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Partner, StaffRole.Commissioner, StaffRole.Administrator, StaffRole.ServiceManager })
        {
            var client = await app.ClientAsync(role);
            await (await client.GetAsync("/api/caseload", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden, $"{role} GET /api/caseload");
        }
    }

    [Fact]
    public async Task Refuses_an_unknown_sort_or_intensity_with_a_problem_not_an_error()
    {
        var client = await app.ClientAsync(app.Worker);

        await (await client.GetAsync("/api/caseload?sort=Shoe", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/caseload?intensity=Huge", Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private static Guid EpisodeId(JsonElement row) => row.GetProperty("episodeId").GetGuid();

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }

    private static async Task<JsonElement> RowAsync(HttpClient client, string url, Guid episodeId) =>
        Assert.Single(await ItemsAsync(client, $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}pageSize=500"), r => EpisodeId(r) == episodeId);
}
