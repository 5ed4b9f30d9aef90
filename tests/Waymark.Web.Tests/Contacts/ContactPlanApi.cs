using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Contacts;

/// <summary>
/// /api/episodes/{id}/contact-plan: agreeing the plan, and when the next contact is due as the clock moves on
/// (due today is not overdue; no contact after the programme's threshold; UK dates).
/// </summary>
public sealed class ContactPlanApi(ContactsApp fixture) : IClassFixture<ContactsApp>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonElement> PlanAsync(Guid episodeId)
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var response = await client.GetAsync($"/api/episodes/{episodeId}/contact-plan", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static string Date(JsonElement schedule, string name) => schedule.GetProperty(name).GetString()!;

    [Fact]
    public async Task Before_a_plan_is_agreed_the_schedule_uses_fourteen_days_from_the_allocation()
    {
        fixture.App.Clock.Set(Start);
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);

        var status = await PlanAsync(person.EpisodeId);

        Assert.Equal(JsonValueKind.Null, status.GetProperty("plan").ValueKind);
        Assert.Equal(14, status.GetProperty("defaultFrequencyDays").GetInt32());
        var schedule = status.GetProperty("schedule");
        Assert.False(schedule.GetProperty("fromAgreedPlan").GetBoolean());
        Assert.True(schedule.GetProperty("countingFromAllocation").GetBoolean());
        Assert.Equal("2026-11-02", Date(schedule, "countingFrom"));
        Assert.Equal("2026-11-16", Date(schedule, "nextDue"));
        Assert.False(schedule.GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task A_programme_sets_the_default_frequency_and_the_no_contact_threshold()
    {
        fixture.App.Clock.Set(Start);
        var programme = await fixture.ProgrammeAsync(frequencyDays: 7, noContactDays: 10);
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated, programme);

        var status = await PlanAsync(person.EpisodeId);
        Assert.Equal(7, status.GetProperty("defaultFrequencyDays").GetInt32());
        Assert.Equal("2026-11-09", Date(status.GetProperty("schedule"), "nextDue"));
        Assert.Equal(10, status.GetProperty("schedule").GetProperty("noContactThresholdDays").GetInt32());

        fixture.App.Clock.Set(Start.AddDays(9));
        Assert.False((await PlanAsync(person.EpisodeId)).GetProperty("schedule").GetProperty("noContact").GetBoolean());
        fixture.App.Clock.Set(Start.AddDays(10));
        Assert.True((await PlanAsync(person.EpisodeId)).GetProperty("schedule").GetProperty("noContact").GetBoolean());
    }

    [Fact]
    public async Task The_first_save_agrees_the_plan_and_later_saves_change_it_in_place()
    {
        fixture.App.Clock.Set(Start);
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var created = await worker.PutAsJsonAsync($"/api/episodes/{person.EpisodeId}/contact-plan",
            new { frequencyDays = 7, preferredMode = "Phone", preferredTimes = "Weekday mornings" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var plan = (await created.JsonAsync()).GetProperty("plan");
        Assert.Equal((7, "Phone", "Weekday mornings"),
            (plan.GetProperty("frequencyDays").GetInt32(), plan.GetProperty("preferredMode").GetString(), plan.GetProperty("preferredTimes").GetString()));

        var changed = await worker.PutAsJsonAsync($"/api/episodes/{person.EpisodeId}/contact-plan", new { frequencyDays = 28 }, Cancel);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var status = await PlanAsync(person.EpisodeId);
        Assert.Equal(28, status.GetProperty("plan").GetProperty("frequencyDays").GetInt32());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("plan").GetProperty("preferredMode").ValueKind);
        Assert.True(status.GetProperty("schedule").GetProperty("fromAgreedPlan").GetBoolean());
        Assert.Equal("2026-11-30", Date(status.GetProperty("schedule"), "nextDue"));
        Assert.Equal(1, await fixture.App.WithScopeAsync(services =>
            services.GetRequiredService<AppDbContext>().ContactPlans.CountAsync(p => p.EpisodeId == person.EpisodeId, Cancel)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public async Task A_frequency_outside_one_to_365_days_is_refused(int days)
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await worker.PutAsJsonAsync($"/api/episodes/{person.EpisodeId}/contact-plan", new { frequencyDays = days }, Cancel);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Contact frequency must be between 1 and 365 days",
            problem.GetProperty("errors").GetProperty("frequencyDays")[0].GetString());
        Assert.Equal(JsonValueKind.Null, (await PlanAsync(person.EpisodeId)).GetProperty("plan").ValueKind);
    }

    [Fact]
    public async Task A_plan_without_a_frequency_is_a_bad_request()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await worker.PutAsJsonAsync($"/api/episodes/{person.EpisodeId}/contact-plan", new { preferredMode = "Phone" }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_ended_episode_has_no_schedule_and_its_plan_cannot_change()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Discharged);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        Assert.Equal(JsonValueKind.Null, (await PlanAsync(person.EpisodeId)).GetProperty("schedule").ValueKind);
        var response = await worker.PutAsJsonAsync($"/api/episodes/{person.EpisodeId}/contact-plan", new { frequencyDays = 7 }, Cancel);
        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("This episode has ended", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_today_is_not_overdue_the_next_day_is_and_no_contact_shows_on_day_28()
    {
        fixture.App.Clock.Set(Start);
        var person = await fixture.CaseAsync(EpisodeStatus.Active); // 14-day plan, reached by phone 30 minutes ago

        fixture.App.Clock.Set(Start.AddDays(14));
        var dueToday = (await PlanAsync(person.EpisodeId)).GetProperty("schedule");
        Assert.Equal("2026-11-16", Date(dueToday, "nextDue"));
        Assert.False(dueToday.GetProperty("isOverdue").GetBoolean());

        fixture.App.Clock.Set(Start.AddDays(15));
        var overdue = (await PlanAsync(person.EpisodeId)).GetProperty("schedule");
        Assert.True(overdue.GetProperty("isOverdue").GetBoolean());
        Assert.False(overdue.GetProperty("noContact").GetBoolean());

        fixture.App.Clock.Set(Start.AddDays(27));
        Assert.False((await PlanAsync(person.EpisodeId)).GetProperty("schedule").GetProperty("noContact").GetBoolean());
        fixture.App.Clock.Set(Start.AddDays(28));
        var silent = (await PlanAsync(person.EpisodeId)).GetProperty("schedule");
        Assert.True(silent.GetProperty("noContact").GetBoolean());
        Assert.Equal(28, silent.GetProperty("daysSinceLastReached").GetInt32());

        // Reaching the person again starts the count afresh.
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        Assert.Equal(HttpStatusCode.Created,
            (await ContactsApp.PostContactAsync(worker, person.EpisodeId, Start.AddDays(28).AddHours(-1), "Video", "Reached", 30)).StatusCode);
        var fresh = (await PlanAsync(person.EpisodeId)).GetProperty("schedule");
        Assert.Equal(("2026-11-30", "2026-12-14", false, false),
            (Date(fresh, "countingFrom"), Date(fresh, "nextDue"), fresh.GetProperty("isOverdue").GetBoolean(), fresh.GetProperty("noContact").GetBoolean()));
    }

    [Fact]
    public async Task An_attempt_does_not_reset_the_schedule()
    {
        fixture.App.Clock.Set(Start);
        var person = await fixture.CaseAsync(EpisodeStatus.Active);
        fixture.App.Clock.Set(Start.AddDays(20));
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        await ContactsApp.PostContactAsync(worker, person.EpisodeId, Start.AddDays(20).AddHours(-1), "Phone", "Attempted");

        var schedule = (await PlanAsync(person.EpisodeId)).GetProperty("schedule");
        Assert.Equal("2026-11-02", Date(schedule, "countingFrom"));
        Assert.True(schedule.GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task Dates_are_UK_dates_so_a_contact_after_midnight_in_summer_counts_on_the_next_day()
    {
        fixture.App.Clock.Set(new DateTimeOffset(2026, 7, 1, 20, 0, 0, TimeSpan.Zero));
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        fixture.App.Clock.Set(new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.Zero));
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);

        // 23:30 UTC on 1 July is 00:30 British Summer Time on 2 July.
        await ContactsApp.PostContactAsync(worker, person.EpisodeId, new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), "Phone", "Reached");

        var schedule = (await PlanAsync(person.EpisodeId)).GetProperty("schedule");
        Assert.Equal(("2026-07-02", "2026-07-16"), (Date(schedule, "countingFrom"), Date(schedule, "nextDue")));
    }
}
