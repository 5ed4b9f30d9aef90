using System.Net;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.Contacts;

/// <summary>/episodes/{id}/contacts and /contacts/plan as a link worker uses them: the plan, the form, the list.</summary>
public sealed class ContactsPages(ContactsApp fixture) : IClassFixture<ContactsApp>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly string[] EveryMissingAnswer =
    [
        "Enter the date of the contact",
        "Enter the time of the contact using the 24-hour clock, like 14:30",
        "Choose how the contact happened",
        "Choose whether you reached the person",
        "Enter how long the contact took in whole minutes, from 0 to 600",
    ];

    private static Dictionary<string, string> Contact(
        string date = "2026-11-02", string time = "09:00", string mode = "Phone", string outcome = "Reached", string minutes = "15", string notes = "") =>
        new()
        {
            ["Input.Date"] = date,
            ["Input.Time"] = time,
            ["Input.Mode"] = mode,
            ["Input.Outcome"] = outcome,
            ["Input.DurationMinutes"] = minutes,
            ["Input.Notes"] = notes,
        };

    private async Task<(TestCase Person, HttpClient Worker, string Url)> StartAsync(EpisodeStatus stage = EpisodeStatus.Allocated, Guid? programmeId = null)
    {
        fixture.App.Clock.Set(Start);
        var person = await fixture.CaseAsync(stage, programmeId);
        return (person, await fixture.SignedInAsync(StaffRole.LinkWorker), $"/episodes/{person.EpisodeId}/contacts");
    }

    [Fact]
    public async Task The_page_shows_the_person_the_schedule_every_way_of_contact_and_the_contacts()
    {
        var (person, worker, url) = await StartAsync(EpisodeStatus.Active);

        var page = await worker.GetPageAsync(url);

        Assert.Equal("Contacts", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(person.FamilyName, page.QuerySelector(".nhsuk-heading-l a")!.TextContent);
        Assert.Equal("page", page.QuerySelector(".nhsuk-contents-list__item[aria-current]")?.GetAttribute("aria-current"));
        Assert.Contains("16 November 2026", page.GetElementById("next-due")!.TextContent);
        Assert.Contains("On track", page.Body!.TextContent);
        Assert.Equal(
            ["At the practice", "Home visit", "At a community venue", "Phone", "Video call", "Text message", "Letter", "Email"],
            page.QuerySelectorAll("input[name='Input.Mode'] + label").Select(l => l.TextContent.Trim()));
        Assert.Equal("2026-11-02", page.ValueOf("Input_Date"));
        Assert.Equal("09:30", page.ValueOf("Input_Time"));
        var row = Assert.Single(page.Rows());
        Assert.Equal(["2 November 2026 at 9:00am", "Phone", "Reached", "20 minutes", "First call"], row[..5]);
    }

    [Fact]
    public async Task Recording_the_first_reached_contact_activates_support_and_says_so()
    {
        var (person, worker, url) = await StartAsync();

        var response = await worker.PostFormAsync(url, Contact(notes: "Met at the practice, keen to try the choir", mode: "Practice"));

        var page = await worker.FollowAsync(response, url);
        Assert.Equal("Contact recorded. This was the first time the person was reached, so their support is now active.", page.Banner());
        Assert.Equal(["2 November 2026 at 9:00am", "At the practice", "Reached", "15 minutes", "Met at the practice, keen to try the choir"],
            Assert.Single(page.Rows())[..5]);
        Assert.Equal(EpisodeStatus.Active, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task Dates_and_times_are_entered_and_shown_in_UK_time_in_summer_too()
    {
        fixture.App.Clock.Set(new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.Zero));
        var person = await fixture.CaseAsync(EpisodeStatus.Allocated);
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var url = $"/episodes/{person.EpisodeId}/contacts";

        var form = await worker.GetPageAsync(url);
        Assert.Equal(("2026-07-02", "09:00"), (form.ValueOf("Input_Date"), form.ValueOf("Input_Time")));
        var page = await worker.FollowAsync(await worker.PostFormAsync(url, Contact(date: "2026-07-02", time: "00:30")), url);

        Assert.Equal("2 July 2026 at 12:30am", Assert.Single(page.Rows())[0]);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), Assert.Single(await fixture.ContactTimesAsync(person.EpisodeId)));
    }

    [Fact]
    public async Task Recording_an_attempt_keeps_the_episode_allocated()
    {
        var (person, worker, url) = await StartAsync();

        var page = await worker.FollowAsync(await worker.PostFormAsync(url, Contact(outcome: "Attempted", minutes: "")), url);

        Assert.Equal("Contact recorded", page.Banner());
        Assert.Equal("0 minutes", Assert.Single(page.Rows())[3]);
        Assert.Equal(EpisodeStatus.Allocated, (await fixture.EpisodeAsync(person.EpisodeId)).Status);
    }

    [Fact]
    public async Task Every_missing_answer_is_shown_at_once_and_what_was_typed_is_kept()
    {
        var (person, worker, url) = await StartAsync();

        var response = await worker.PostFormAsync(url, Contact(date: "", time: "25:99", mode: "", outcome: "", minutes: "ten", notes: "Kept text"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        // The summary lists every problem (its order is the shared partial's: ModelState's).
        Assert.Equivalent(EveryMissingAnswer, page.ErrorSummary(), strict: true);
        Assert.Equal("Choose how the contact happened", page.FieldError("Input_Mode"));
        Assert.Equal("ten", page.ValueOf("Input_DurationMinutes"));
        Assert.Equal("Kept text", page.GetElementById("Input_Notes")!.TextContent);
        Assert.Equal(0, await fixture.ContactCountAsync(person.EpisodeId));
    }

    [Theory]
    [InlineData("2026-11-03", "09:00", "15", "", "Input_Date", "The contact date and time cannot be in the future")]
    [InlineData("2026-11-02", "09:00", "601", "", "Input_DurationMinutes", "Duration must be between 0 and 600 minutes")]
    [InlineData("2026-11-02", "09:00", "15", "long", "Input_Notes", null)]
    public async Task A_rule_broken_is_shown_by_its_field(string date, string time, string minutes, string notes, string field, string? message)
    {
        var (person, worker, url) = await StartAsync();

        var response = await worker.PostFormAsync(url, Contact(date, time, minutes: minutes, notes: notes == "long" ? new string('x', 4001) : notes));

        var page = await Html.ParseAsync(response);
        var error = page.FieldError(field);
        Assert.NotNull(error);
        Assert.Equal([error], page.ErrorSummary());
        if (message is not null)
        {
            Assert.Equal(message, error);
        }

        Assert.Equal(0, await fixture.ContactCountAsync(person.EpisodeId));
    }

    [Fact]
    public async Task A_contact_on_an_ended_episode_is_refused_with_the_reason_and_no_form_is_offered()
    {
        var (person, worker, url) = await StartAsync(EpisodeStatus.Discharged);

        var get = await worker.GetPageAsync(url);
        Assert.Null(get.GetElementById("Input_Mode"));
        Assert.Contains("This episode has ended, so no more contacts are due.", get.Body!.TextContent);

        var response = await worker.PostFormAsync(url, Contact());
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("This episode has ended (discharged)", Assert.Single(page.ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal(1, await fixture.ContactCountAsync(person.EpisodeId));
    }

    [Fact]
    public async Task Overdue_and_no_contact_are_shown_in_words_as_well_as_colour()
    {
        var (_, _, url) = await StartAsync(EpisodeStatus.Active);
        fixture.App.Clock.Set(Start.AddDays(14));
        var worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        Assert.Contains("Due today", (await worker.GetPageAsync(url)).QuerySelector(".nhsuk-tag--yellow")!.TextContent);

        fixture.App.Clock.Set(Start.AddDays(30));
        worker = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var page = await worker.GetPageAsync(url);
        Assert.Equal(["Overdue", "No contact for 30 days"], page.QuerySelectorAll(".nhsuk-tag--red").Select(t => t.TextContent.Trim()));
        Assert.Contains("(overdue)", page.GetElementById("next-due")!.TextContent);
    }

    [Fact]
    public async Task Contacts_are_paged_newest_first()
    {
        var (person, worker, url) = await StartAsync(EpisodeStatus.Active);
        for (var day = 1; day <= 25; day++)
        {
            await ContactsApp.PostContactAsync(worker, person.EpisodeId, Start.AddDays(-day), notes: $"Attempt {day}");
        }

        var first = await worker.GetPageAsync(url);
        Assert.Equal(25, first.Rows().Count);
        Assert.Equal("First call", first.Rows()[0][4]);
        Assert.NotNull(first.QuerySelector($"a.nhsuk-pagination__next[href='{url}?page=2']"));
        var second = await worker.GetPageAsync($"{url}?page=2");
        Assert.Equal("Attempt 25", Assert.Single(second.Rows())[4]);
    }

    [Fact]
    public async Task The_plan_form_starts_from_the_programme_default_and_saves_a_simple_choice()
    {
        var programme = await fixture.ProgrammeAsync(frequencyDays: 10);
        var (_, worker, url) = await StartAsync(programmeId: programme);

        var form = await worker.GetPageAsync($"{url}/plan");
        Assert.Equal("Agree a contact plan", form.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["custom"], form.CheckedValues("Input.Frequency"));
        Assert.Equal("10", form.ValueOf("Input_CustomDays"));

        var saved = await worker.FollowAsync(await worker.PostFormAsync($"{url}/plan", new Dictionary<string, string>
        {
            ["Input.Frequency"] = "7",
            ["Input.CustomDays"] = "",
            ["Input.PreferredMode"] = "Video",
            ["Input.PreferredTimes"] = "After school pick-up",
        }), url);
        Assert.Equal("Contact plan saved", saved.Banner());
        Assert.Contains("Every week", saved.GetElementById("contact-plan")!.TextContent);
        Assert.Contains("Video call", saved.GetElementById("contact-plan")!.TextContent);
        Assert.Contains("After school pick-up", saved.GetElementById("contact-plan")!.TextContent);
        Assert.Contains("9 November 2026", saved.GetElementById("next-due")!.TextContent);
        Assert.Equal("Change the contact plan", saved.QuerySelector($"a[href='{url}/plan']")!.TextContent.Trim());

        var change = await worker.GetPageAsync($"{url}/plan");
        Assert.Equal(["7"], change.CheckedValues("Input.Frequency"));
        Assert.Equal("Change the contact plan", change.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_plan_form_explains_what_to_fix()
    {
        var (_, worker, url) = await StartAsync();

        var noChoice = await Html.ParseAsync(await worker.PostFormAsync($"{url}/plan", new Dictionary<string, string> { ["Input.PreferredTimes"] = "Evenings" }));
        Assert.Equal(["Choose how often to contact the person"], noChoice.ErrorSummary());
        Assert.Equal("Evenings", noChoice.ValueOf("Input_PreferredTimes"));

        var tooMany = await Html.ParseAsync(await worker.PostFormAsync($"{url}/plan", new Dictionary<string, string>
        {
            ["Input.Frequency"] = "custom",
            ["Input.CustomDays"] = "400",
        }));
        Assert.Equal("Contact frequency must be between 1 and 365 days", tooMany.FieldError("Input_CustomDays"));
        Assert.Equal(["custom"], tooMany.CheckedValues("Input.Frequency"));
    }
}
