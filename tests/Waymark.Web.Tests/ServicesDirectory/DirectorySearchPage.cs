using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Directory;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.ServicesDirectory;

/// <summary>The directory search page: each filter, distance from a postcode, paging, and who may search.</summary>
public sealed class DirectorySearchPage(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    [Fact]
    public async Task Filtering_by_need_finds_only_services_listed_under_it()
    {
        var word = app.Word();
        await app.ServiceAsync($"Debt help {word}", needs: [NeedCategory.Debt]);
        await app.ServiceAsync($"Housing help {word}", needs: [NeedCategory.Housing]);

        var page = await SearchAsync($"q={word}&need=Debt");

        Assert.Equal([$"Debt help {word}"], Names(page));
    }

    [Fact]
    public async Task Filtering_by_another_taxonomy_term_finds_services_listed_under_it()
    {
        var word = app.Word();
        var term = await app.TermAsync($"Walking groups {word}");
        await app.ServiceAsync($"Park walks {word}", terms: [term]);
        await app.ServiceAsync($"Book club {word}");

        var page = await SearchAsync($"q={word}&term={term}");

        Assert.Equal([$"Park walks {word}"], Names(page));
    }

    [Fact]
    public async Task Words_match_without_accents_or_punctuation_and_all_must_appear()
    {
        var word = app.Word();
        await app.ServiceAsync($"Café Connect {word}");
        await app.ServiceAsync($"Connect online {word}");

        Assert.Equal([$"Café Connect {word}"], Names(await SearchAsync($"q={word}+CAFE+connect")));
        Assert.Equal(2, Names(await SearchAsync($"q=connect,+{word}")).Count);
    }

    [Fact]
    public async Task A_word_finds_listings_with_a_word_beginning_with_it_and_every_word_must_match()
    {
        var word = app.Word();
        await app.ServiceAsync($"Walking together {word}");
        await app.ServiceAsync($"Sidewalk chalk art {word}");
        await app.ServiceAsync($"Walks and talks {word}");

        Assert.Equal([$"Walking together {word}", $"Walks and talks {word}"], Names(await SearchAsync($"q={word}+walk")));
        Assert.Equal([$"Walks and talks {word}"], Names(await SearchAsync($"q=WALK+tal+{word}")));
        Assert.Empty(Names(await SearchAsync($"q={word}+alk")));
    }

    [Fact]
    public async Task Changing_a_listings_name_and_description_changes_the_words_it_is_found_by()
    {
        var word = app.Word();
        var id = await app.ServiceAsync($"Knitting circle {word}");
        await app.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var service = await db.Services.SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken);
            service.Update(new ServiceDetails($"Crochet club {word}", "Hooks and yarn provided"), app.App.Clock.GetUtcNow());
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        Assert.Empty(Names(await SearchAsync($"q={word}+knitting")));
        Assert.Equal([$"Crochet club {word}"], Names(await SearchAsync($"q={word}+crochet+yarn")));
    }

    [Fact]
    public async Task Distance_from_a_postcode_sorts_nearest_first_shows_the_miles_and_limits_by_the_radius()
    {
        var word = app.Word();
        await app.ServiceAsync($"York group {word}", postcode: DirectoryApp.York);
        await app.ServiceAsync($"Headingley group {word}", postcode: DirectoryApp.Headingley);
        await app.ServiceAsync($"Phone line {word}", (s, now) => s.SetDelivery(DeliveryModes.Phone, null, true, now));

        var any = await SearchAsync($"q={word}&postcode=ls11ur");
        Assert.Equal([$"Headingley group {word}", $"York group {word}", $"Phone line {word}"], Names(any));
        var distances = any.QuerySelectorAll("#results dd").Select(d => d.TextContent.Trim()).Where(t => t.Contains("mile") || t.StartsWith("Distance", StringComparison.Ordinal)).ToList();
        Assert.Equal(["1.9 miles", "Distance not known"], [distances[0], distances[2]]);
        Assert.Equal("22.1 miles", distances[1]);

        var near = await SearchAsync($"q={word}&postcode=LS1+1UR&miles=5");
        Assert.Equal([$"Headingley group {word}"], Names(near));
    }

    [Fact]
    public async Task A_postcode_Waymark_does_not_know_says_so_by_the_field()
    {
        var response = await (await app.SignedInAsync(StaffRole.LinkWorker)).GetAsync("/directory?postcode=zz1+1zz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        const string Message = "We do not know where ZZ1 1ZZ is – check it or search without distance";
        Assert.Equal([Message], page.ErrorSummary());
        Assert.Equal(Message, page.FieldError("postcode"));
        Assert.Equal("zz1 1zz", page.ValueOf("postcode"));
        Assert.Empty(Names(page));
    }

    [Fact]
    public async Task Delivery_modes_match_any_of_those_ticked()
    {
        var word = app.Word();
        await app.ServiceAsync($"Phone befriending {word}", (s, now) => s.SetDelivery(DeliveryModes.Phone, 0, true, now));
        await app.ServiceAsync($"Video class {word}", (s, now) => s.SetDelivery(DeliveryModes.Video | DeliveryModes.InPerson, 0, true, now));
        await app.ServiceAsync($"Drop in {word}");

        var page = await SearchAsync($"q={word}&mode=Phone&mode=Video");

        Assert.Equal([$"Phone befriending {word}", $"Video class {word}"], Names(page));
    }

    [Fact]
    public async Task Open_on_a_day_and_time_reads_the_schedules()
    {
        var word = app.Word();
        await app.ServiceAsync($"Monday morning {word}", (s, now) => s.ReplaceSchedules(
            [new Schedule { Freq = ScheduleFrequency.Weekly, ByDay = "MO", OpensAt = new(10, 0), ClosesAt = new(12, 0) }], now));
        await app.ServiceAsync($"First Friday {word}", (s, now) => s.ReplaceSchedules(
            [new Schedule { Freq = ScheduleFrequency.Monthly, ByDay = "1FR" }], now));

        Assert.Equal([$"Monday morning {word}"], Names(await SearchAsync($"q={word}&day=Monday&time=11:00")));
        Assert.Empty(Names(await SearchAsync($"q={word}&day=Monday&time=12:00")));
        Assert.Equal([$"First Friday {word}"], Names(await SearchAsync($"q={word}&day=Friday")));
    }

    [Fact]
    public async Task Cost_step_free_access_and_language_filter()
    {
        var word = app.Word();
        await app.ServiceAsync($"Free polish step-free {word}", (s, now) =>
        {
            s.SetRequirements(new ServiceRequirements(StepFreeAccess: true, Cost: CostLevel.Free), now);
            s.ReplaceLanguages([Language.Of("pl", "Polish")], now);
        });
        await app.ServiceAsync($"Low cost {word}", (s, now) => s.SetRequirements(new ServiceRequirements(Cost: CostLevel.LowCost), now));
        await app.ServiceAsync($"Paid gym {word}", (s, now) => s.SetRequirements(new ServiceRequirements(Cost: CostLevel.Paid), now));

        Assert.Equal([$"Free polish step-free {word}"], Names(await SearchAsync($"q={word}&cost=Free")));
        Assert.Equal([$"Free polish step-free {word}", $"Low cost {word}"], Names(await SearchAsync($"q={word}&cost=LowCost")));
        Assert.Equal(3, Names(await SearchAsync($"q={word}&cost=Any")).Count);
        Assert.Equal([$"Free polish step-free {word}"], Names(await SearchAsync($"q={word}&stepfree=true")));
        Assert.Equal([$"Free polish step-free {word}"], Names(await SearchAsync($"q={word}&language=pl")));
    }

    [Fact]
    public async Task Results_show_status_wait_referrals_and_cost_and_leave_closed_services_out_unless_asked()
    {
        var word = app.Word();
        var back = DateOnly.FromDateTime(app.App.Clock.GetUtcNow().UtcDateTime).AddDays(30);
        await app.ServiceAsync($"Paused choir {word}", (s, now) => s.Pause("Choir leader away", back, DateOnly.FromDateTime(now.UtcDateTime), now));
        await app.ServiceAsync($"Closed club {word}", (s, now) => s.Close("Funding ended", DateOnly.FromDateTime(now.UtcDateTime), now));

        var page = await SearchAsync($"q={word}");
        Assert.Equal([$"Paused choir {word}"], Names(page));
        var card = page.QuerySelector("#results li")!;
        Assert.Equal($"Paused until {back.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}", card.QuerySelector(".nhsuk-tag")!.TextContent.Trim());
        var values = card.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["In person", "Usually waits 2 weeks", "Not taking referrals", "Free"], values);

        Assert.Equal([$"Closed club {word}", $"Paused choir {word}"], Names(await SearchAsync($"q={word}&closed=true")));
    }

    [Fact]
    public async Task Results_are_paged_and_the_pages_keep_the_search()
    {
        var word = app.Word();
        for (var i = 1; i <= 27; i++)
        {
            await app.ServiceAsync($"Group {i:00} {word}");
        }

        var first = await SearchAsync($"q={word}&mode=InPerson");
        Assert.Equal(25, Names(first).Count);
        Assert.Contains(first.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "27 services");
        var next = first.QuerySelector("a.nhsuk-pagination__next")!.GetAttribute("href");
        Assert.Equal($"/directory?q={word}&mode=InPerson&page=2", next);

        var second = await SearchAsync($"q={word}&mode=InPerson&page=2");
        Assert.Equal([$"Group 26 {word}", $"Group 27 {word}"], Names(second));
    }

    [Fact]
    public async Task An_empty_search_says_what_to_try()
    {
        var page = await SearchAsync($"q={app.Word()}");

        Assert.Empty(Names(page));
        Assert.Contains("No services match your search", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_workers_managers_and_partners_may_search_and_others_are_refused()
    {
        foreach (var role in new[] { StaffRole.LinkWorker, StaffRole.SeniorLinkWorker, StaffRole.ServiceManager, StaffRole.Partner })
        {
            var response = await (await app.SignedInAsync(role)).GetAsync("/directory", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        foreach (var role in new[] { StaffRole.Referrer, StaffRole.Commissioner, StaffRole.Administrator })
        {
            var response = await (await app.SignedInAsync(role)).GetAsync("/directory", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
        }
    }

    [Fact]
    public async Task The_header_links_the_directory_for_link_workers_and_partners()
    {
        foreach (var role in new[] { StaffRole.LinkWorker, StaffRole.Partner })
        {
            var page = await (await app.SignedInAsync(role)).GetPageAsync("/directory");
            Assert.Contains(page.QuerySelectorAll(".nhsuk-header__navigation-link"), a => a.GetAttribute("href") == "/directory" && a.TextContent.Trim() == "Directory");
        }
    }

    private async Task<IDocument> SearchAsync(string query) =>
        await (await app.SignedInAsync(StaffRole.LinkWorker)).GetPageAsync($"/directory?{query}");

    private static List<string> Names(IDocument page) =>
        [.. page.QuerySelectorAll("#results h3 a").Select(a => a.TextContent.Trim())];
}
