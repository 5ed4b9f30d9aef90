using System.Net;
using Waymark.Domain.Conversations;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using static Waymark.Web.Tests.Work.ConversationForms;

namespace Waymark.Web.Tests.Work;

/// <summary>"What matters to me": recording a conversation and seeing the person's words and ratings (chart and table).</summary>
public sealed class WhatMattersPages(WorkApp fixture) : IClassFixture<WorkApp>
{
    private DateOnly Today => DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task An_episode_with_no_conversation_says_so_and_offers_to_record_one()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/episodes/{person.EpisodeId}/what-matters");

        Assert.Contains("No \"what matters to me\" conversation has been recorded yet", page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/episodes/{person.EpisodeId}/what-matters/new']"));
        Assert.Equal("page", page.QuerySelector(".nhsuk-contents-list__item[aria-current]")?.GetAttribute("aria-current"));
        Assert.Contains("What matters", page.QuerySelector(".nhsuk-contents-list__current")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(person.FamilyName, page.QuerySelector(".nhsuk-heading-l")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_offers_every_area_of_life_and_does_not_lead_with_lifestyle()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/episodes/{person.EpisodeId}/what-matters/new");

        var starts = page.QuerySelectorAll("input[name='Input.StartingDomain']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([.. Enum.GetNames<LifeDomain>(), string.Empty], starts);
        Assert.NotEqual(nameof(LifeDomain.Lifestyle), starts[0]);
        var rated = page.QuerySelectorAll("[data-domain]").Select(d => d.GetAttribute("data-domain")).ToList();
        Assert.Equal(Enum.GetNames<LifeDomain>(), rated);
        Assert.NotEqual(nameof(LifeDomain.Lifestyle), rated[0]);
        Assert.Equal("Physical health", page.QuerySelector("[data-domain] legend")?.TextContent.Trim());
        var scores = page.QuerySelectorAll("input[name='Input.Ratings[0].Score']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["1", "2", "3", "4", "5", ""], scores);
        Assert.NotNull(page.QuerySelector("input[name='Input.Ratings[0].Score'][value=''][checked]"));
        Assert.Equal(Today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), page.ValueOf("Input_At"));
    }

    [Fact]
    public async Task A_recorded_conversation_shows_the_words_where_they_started_and_the_ratings_as_a_chart_and_a_table()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/what-matters";

        var response = await client.PostFieldsAsync($"{url}/new", Fields(
            Today, "Getting back to my allotment", LifeDomain.SocialConnection, "My neighbour checks in on me", "I'd like to feel less alone",
            (LifeDomain.PhysicalHealth, "2", "Knee pain since spring"), (LifeDomain.SocialConnection, "1", null), (LifeDomain.Housing, "5", null)));
        var page = await client.FollowAsync(response, url);

        Assert.Equal("Conversation recorded", page.Banner());
        var text = page.Text();
        Assert.Contains("Getting back to my allotment", text, StringComparison.Ordinal);
        Assert.Contains("My neighbour checks in on me", text, StringComparison.Ordinal);
        Assert.Contains("I'd like to feel less alone", text, StringComparison.Ordinal);
        Assert.Contains("Social connection", page.QuerySelector(".nhsuk-summary-list__row:nth-child(4) dd")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Recorded by Test Link worker", text, StringComparison.Ordinal);

        var chart = page.ChartRows();
        Assert.Equal(["PhysicalHealth", "SocialConnection", "Housing"], chart.Select(r => r.Domain));
        Assert.Equal(("Physical health", "2 out of 5"), (chart[0].Label, Assert.Single(chart[0].Values)));
        Assert.Contains("waymark-chart__bar--2", Assert.Single(chart[0].BarClasses), StringComparison.Ordinal);
        Assert.Contains("waymark-chart__bar--5", Assert.Single(chart[2].BarClasses), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("[data-chart='ratings'] > div")?.GetAttribute("aria-hidden"));
        Assert.Contains("Going best: Housing (5 out of 5). Hardest: Social connection (1 out of 5).", text, StringComparison.Ordinal);

        var table = page.QuerySelector("table[data-table='ratings']")!;
        Assert.Contains("Ratings on", table.QuerySelector("caption")?.TextContent, StringComparison.Ordinal);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        var rows = page.TableRows("ratings");
        Assert.Equal(9, rows.Count);
        Assert.Equal(["Physical health", "2 – Not going well", "Knee pain since spring"], rows[0]);
        Assert.Equal(["Mental wellbeing", "Not discussed", ""], rows[1]);
        Assert.Equal(["Housing", "5 – Going very well", ""], rows[4]);
    }

    [Fact]
    public async Task A_later_conversation_is_shown_first_with_the_first_ratings_beside_it_and_the_earlier_one_below()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/what-matters";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFieldsAsync($"{url}/new", Fields(
            Today.AddDays(-30), "Feeling very low", ratings: [(LifeDomain.MentalWellbeing, "1", null), (LifeDomain.Money, "2", null)]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFieldsAsync($"{url}/new", Fields(
            Today, "Walking group twice a week", ratings: [(LifeDomain.MentalWellbeing, "4", "Much better")]))).StatusCode);

        var page = await client.GetPageAsync(url);

        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.StartsWith("Latest conversation", headings.First(h => h.Contains("onversation", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("Earlier conversations", headings);
        var text = page.Text();
        Assert.True(text.IndexOf("Walking group twice a week", StringComparison.Ordinal) < text.IndexOf("Feeling very low", StringComparison.Ordinal));
        var wellbeing = Assert.Single(page.ChartRows(), r => r.Domain == "MentalWellbeing");
        Assert.Equal(["First: 1 out of 5", "Now: 4 out of 5"], wellbeing.Values);
        var money = Assert.Single(page.ChartRows(), r => r.Domain == "Money");
        Assert.Equal(["First: 2 out of 5", "Now: not rated"], money.Values);
        Assert.Equal(["Mental wellbeing", "1 – Not going well at all", "4 – Going well", "Much better"], page.TableRows("ratings")[1]);
    }

    [Fact]
    public async Task An_empty_conversation_is_refused_with_the_error_summary_and_what_was_typed_is_kept()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await client.PostFieldsAsync($"/episodes/{person.EpisodeId}/what-matters/new",
            Fields(Today, "  ", LifeDomain.Money, strengths: "Good with people"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(["Enter what matters to the person, or at least one rating"], page.ErrorSummary());
        Assert.Equal("Good with people", page.GetElementById("Input_StrengthsAndWhatIsGoingWell")?.TextContent);
        Assert.Equal(["Money"], page.CheckedValues("Input.StartingDomain"));
        Assert.Empty(await fixture.WithDbAsync(db => Task.FromResult(db.Conversations.Where(c => c.EpisodeId == person.EpisodeId).ToList())));
    }

    [Fact]
    public async Task A_date_that_is_not_real_or_in_the_future_and_notes_without_a_rating_are_refused_by_their_fields()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/what-matters/new";

        var fields = Fields(Today, "Seeing my grandchildren", ratings: [(LifeDomain.Caring, "", "Cares for her husband")]);
        fields[0] = ("Input.At.Day", "31");
        fields[1] = ("Input.At.Month", "2");
        var page = await Html.ParseAsync(await client.PostFieldsAsync(url, fields));
        Assert.Equal("The date of the conversation must be a real date, like 27 3 2027", page.FieldError("Input_At"));
        Assert.Equal("Choose a rating for caring, or remove the notes", page.FieldError("Input_Ratings_6__Score"));
        Assert.Equal("31", page.ValueOf("Input_At"));
        Assert.Equal("Cares for her husband", page.GetElementById("Input_Ratings_6__Notes")?.TextContent);
        Assert.Equal("Seeing my grandchildren", page.GetElementById("Input_WhatMatters")?.TextContent);

        var future = await Html.ParseAsync(await client.PostFieldsAsync(url, Fields(Today.AddDays(2), "Seeing my grandchildren")));
        Assert.Equal(["The conversation date and time cannot be in the future"], future.ErrorSummary());
        Assert.Equal("The conversation date and time cannot be in the future", future.FieldError("Input_At"));
    }

    [Fact]
    public async Task A_conversation_cannot_be_recorded_before_the_person_is_allocated()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Waiting);
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var list = await client.GetPageAsync($"/episodes/{person.EpisodeId}/what-matters");
        Assert.Null(list.QuerySelector($"a[href='/episodes/{person.EpisodeId}/what-matters/new']"));

        var page = await Html.ParseAsync(await client.PostFieldsAsync($"/episodes/{person.EpisodeId}/what-matters/new", Fields(Today, "Anything")));
        Assert.Equal(
            ["A conversation can be recorded only while the person is allocated to a link worker or active; this episode is on the waiting list"],
            page.ErrorSummary());
    }

    [Fact]
    public async Task Another_link_worker_of_the_team_may_record_a_conversation_and_is_named_on_it()
    {
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var senior = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);

        var response = await senior.PostFieldsAsync($"/episodes/{person.EpisodeId}/what-matters/new", Fields(Today, "Covering while Sam's worker is away"));
        var page = await senior.FollowAsync(response, $"/episodes/{person.EpisodeId}/what-matters");

        Assert.Contains("Recorded by Test Senior link worker", page.Text(), StringComparison.Ordinal);
    }
}
