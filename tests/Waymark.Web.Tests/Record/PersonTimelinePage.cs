using System.Net;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;
using Waymark.Web.Tests.People;

namespace Waymark.Web.Tests.Record;

/// <summary>/people/{id}/timeline and /api/people/{id}/timeline: everything on the record, newest first, in scope, audited.</summary>
public sealed class PersonTimelinePage(PeopleApp fixture) : IClassFixture<PeopleApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The whole journey, newest first; within one moment the later step comes first.</summary>
    private static readonly string[] JourneyKinds =
    [
        "Discharge",
        "GoalChanged", "GoalAdded",
        "GoalAchieved",
        "Handover",
        "GoalAdded", "GoalAdded",
        "Conversation",
        "Contact", "FirstContact",
        "Contact",
        "Allocation",
        "CodedEvent", "TriageDecision",
        "ReferralReceived",
    ];

    [Fact]
    public async Task The_api_lists_every_kind_of_entry_newest_first_with_notes_and_names()
    {
        var journey = await fixture.WholeJourneyAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await client.GetAsync($"/api/people/{journey.PersonId}/timeline", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timeline = await response.JsonAsync();
        var entries = timeline.GetProperty("entries").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(JourneyKinds, entries.Select(e => e.GetProperty("kind").GetString()));
        var times = entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.All(entries, e => Assert.Equal(journey.EpisodeId, e.GetProperty("episodeId").GetGuid()));
        string Text(int i) => $"{entries[i].GetProperty("title").GetString()} {entries[i].GetProperty("detail").GetString()}";
        Assert.Contains(Journeys.DischargeSummary, Text(0), StringComparison.Ordinal);
        Assert.Contains(Journeys.ReplacementGoal, Text(2), StringComparison.Ordinal);
        Assert.Contains(Journeys.FirstGoal, Text(3), StringComparison.Ordinal);
        Assert.Contains("Handed over to Test Senior link worker", Text(4), StringComparison.Ordinal);
        Assert.Contains(Journeys.HandoverReason, Text(4), StringComparison.Ordinal);
        Assert.Contains(Journeys.WhatMatters, Text(7), StringComparison.Ordinal);
        Assert.Contains("Home visit – reached by Test Link worker", Text(8), StringComparison.Ordinal);
        Assert.Contains("45 minutes", Text(8), StringComparison.Ordinal);
        Assert.Contains(Journeys.ContactNote, Text(8), StringComparison.Ordinal);
        Assert.Contains("Phone – attempted", Text(10), StringComparison.Ordinal);
        Assert.Contains(Journeys.AttemptNote, Text(10), StringComparison.Ordinal);
        Assert.Contains("Allocated to Test Link worker", Text(11), StringComparison.Ordinal);
        Assert.Contains("871731000000106", Text(12), StringComparison.Ordinal);
        Assert.Contains("Accepted onto the waiting list", Text(13), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Riverside Medical Centre", Text(14), StringComparison.Ordinal);
        Assert.Contains(Journeys.ReferralWords, Text(14), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_groups_entries_by_day_newest_first()
    {
        var journey = await fixture.WholeJourneyAsync();
        var client = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var page = await client.GetPageAsync($"/people/{journey.PersonId}/timeline");

        Assert.Equal(JourneyKinds, page.QuerySelectorAll("li[data-kind]").Select(li => li.GetAttribute("data-kind")!));
        var days = page.QuerySelectorAll("main h2, #maincontent h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(11, days.Count);
        Assert.Contains(Journeys.ContactNote, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_through_a_long_timeline()
    {
        var journey = await fixture.WholeJourneyAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var second = await (await client.GetAsync($"/api/people/{journey.PersonId}/timeline?page=2&pageSize=4", Cancel)).JsonAsync();

        var entries = second.GetProperty("entries");
        Assert.Equal(JourneyKinds.Length, entries.GetProperty("totalCount").GetInt32());
        Assert.Equal(4, entries.GetProperty("totalPages").GetInt32());
        Assert.Equal(JourneyKinds[4..8], entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Only_episodes_the_caller_may_see_contribute_to_the_timeline()
    {
        var journey = await fixture.WholeJourneyAsync();
        const string SouthNote = "Discussed the debt advice appointment";
        await fixture.EpisodeWithTeamAsync(journey.PersonId, fixture.OtherTeamId, SouthNote);

        var north = await (await (await fixture.SignedInAsync(StaffRole.LinkWorker))
            .GetAsync($"/api/people/{journey.PersonId}/timeline?pageSize=200", Cancel)).JsonAsync();
        var manager = await (await (await fixture.SignedInAsync(StaffRole.ServiceManager))
            .GetAsync($"/api/people/{journey.PersonId}/timeline?pageSize=200", Cancel)).JsonAsync();

        Assert.DoesNotContain(SouthNote, north.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(JourneyKinds.Length, north.GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Contains(SouthNote, manager.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_view_is_audited_and_a_hidden_person_is_not_found()
    {
        var journey = await fixture.WholeJourneyAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        await client.GetPageAsync($"/people/{journey.PersonId}/timeline");
        Assert.Single(await fixture.App.ReadsOfAsync(journey.PersonId));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/people/{journey.PersonId}/timeline", Cancel)).StatusCode);
        Assert.Equal(2, (await fixture.App.ReadsOfAsync(journey.PersonId)).Count);

        var stranger = await fixture.SignedInAsync(fixture.OtherProviderManager);
        await (await stranger.GetAsync($"/api/people/{journey.PersonId}/timeline", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(2, (await fixture.App.ReadsOfAsync(journey.PersonId)).Count);
    }

    [Fact]
    public async Task A_person_with_nothing_yet_recorded_beyond_the_referral_has_a_short_timeline()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, Domain.Episodes.EpisodeStatus.Referred);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/people/{person.PersonId}/timeline");

        Assert.Equal(["ReferralReceived"], page.QuerySelectorAll("li[data-kind]").Select(li => li.GetAttribute("data-kind")!));
    }
}
