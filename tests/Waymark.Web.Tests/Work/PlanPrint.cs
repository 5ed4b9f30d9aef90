using System.Net;
using Waymark.Domain.Audit;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Work;

/// <summary>The plan printed in plain English for the person, in standard and large print, and audited as a read.</summary>
public sealed class PlanPrint(WorkApp fixture) : IClassFixture<WorkApp>
{
    private DateOnly Today => DateOnly.FromDateTime(fixture.App.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task The_printed_plan_speaks_to_the_person_with_their_goals_steps_helpers_dates_and_who_to_contact()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var plan = $"/episodes/{person.EpisodeId}/plan";
        await client.PostFieldsAsync($"{plan}/goals/new", PlanPages.GoalFields("Input", "Feel less lonely",
            "Coffee morning at St Mary's\nCall my sister on Sundays", "Age Well volunteer", Today.AddDays(60), Today.AddDays(21)));

        var page = await client.GetPageAsync($"{plan}/print");

        var article = page.QuerySelector("article.waymark-plan-print")!;
        Assert.Equal("standard", article.GetAttribute("data-print-size"));
        Assert.DoesNotContain("waymark-large-print", article.ClassName, StringComparison.Ordinal);
        Assert.Equal("Your plan", article.QuerySelector("h1")?.TextContent);
        var text = article.TextContent;
        Assert.Contains($"Sam {person.FamilyName}", text, StringComparison.Ordinal);
        Assert.Equal("Feel less lonely", article.QuerySelector("h3")?.TextContent);
        Assert.Equal(["Coffee morning at St Mary's", "Call my sister on Sundays"], article.QuerySelectorAll("ol li").Select(li => li.TextContent));
        Assert.Contains("Who helps: Age Well volunteer", text, StringComparison.Ordinal);
        Assert.Contains("You hope to do this by", text, StringComparison.Ordinal);
        Assert.Contains("We will look at how it is going together on", text, StringComparison.Ordinal);
        Assert.Contains("Your link worker is Test Link worker, in the North team at Northfield Wellbeing Service", text, StringComparison.Ordinal);
        Assert.Contains("Email: linkworker@test.waymark.example", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".waymark-no-print .nhsuk-contents-list"));
        Assert.NotNull(page.QuerySelector($".waymark-no-print a[href='{plan}/print?size=large']"));
        var links = page.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")).ToList();
        Assert.True(links.Any(l => l!.StartsWith("/css/work.", StringComparison.Ordinal)), string.Join(", ", links));
    }

    [Fact]
    public async Task Large_print_uses_the_large_print_style_which_doubles_the_type_size()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var page = await client.GetPageAsync($"/episodes/{person.EpisodeId}/plan/print?size=large");

        var article = page.QuerySelector("article")!;
        Assert.Equal("large", article.GetAttribute("data-print-size"));
        Assert.Contains("waymark-large-print", article.ClassName, StringComparison.Ordinal);
        Assert.Contains("You have no goals at the moment", article.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/episodes/{person.EpisodeId}/plan/print']"));

        var css = await (await client.GetAsync("/css/work.css", TestContext.Current.CancellationToken)).TextAsync();
        Assert.Contains(".waymark-large-print {\n  font-size: 32px;", css.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains(".waymark-no-print", print, StringComparison.Ordinal);
        Assert.Contains(".nhsuk-header__navigation", print, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_print_is_audited_as_a_read_of_the_persons_record_by_whoever_printed_it()
    {
        var person = await fixture.CaseAsync();
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/episodes/{person.EpisodeId}/plan/print?size=large", TestContext.Current.CancellationToken)).StatusCode);

        var read = Assert.Single(await fixture.ReadEventsAsync(person.PersonId));
        Assert.Equal((AuditActorKind.User, fixture.Data.User(StaffRole.ServiceManager).Id.ToString()), (read.ActorKind, read.ActorId));
    }
}
