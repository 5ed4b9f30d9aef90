using System.Net;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Infrastructure;
using Waymark.Web.Tests.People;

namespace Waymark.Web.Tests.Record;

/// <summary>
/// Who sees the record pages and endpoints (issue 3, "Who sees what"): link workers their team's people, service
/// managers their provider's; a record out of scope is 404, and roles without person records are refused (403).
/// </summary>
public sealed class RecordAccess(PeopleApp fixture) : IClassFixture<PeopleApp>
{
    private static string[] Urls(Guid personId, Guid episodeId) =>
    [
        "/people",
        $"/people/{personId}",
        $"/people/{personId}/edit",
        $"/people/{personId}/timeline",
        $"/episodes/{episodeId}",
        $"/api/episodes/{episodeId}",
        $"/api/people/{personId}/timeline",
    ];

    [Theory]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Roles_without_person_records_are_refused_every_record_page_and_endpoint(StaffRole role)
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Active);
        var client = await fixture.SignedInAsync(role);

        foreach (var url in Urls(person.PersonId, person.EpisodeId))
        {
            await client.AssertForbiddenAsync(url);
        }

        Assert.Empty(await fixture.App.ReadsOfAsync(person.PersonId));
    }

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.SeniorLinkWorker)]
    public async Task Link_workers_open_every_record_page_of_their_teams_people(StaffRole role)
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Active);
        var client = await fixture.SignedInAsync(role);

        foreach (var url in Urls(person.PersonId, person.EpisodeId))
        {
            await client.AssertStatusAsync(url, HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_link_worker_of_another_team_gets_not_found_for_every_record_page_and_endpoint()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Active);
        var client = await fixture.SignedInAsync(fixture.OtherTeamWorker);

        foreach (var url in Urls(person.PersonId, person.EpisodeId).Skip(1))
        {
            await client.AssertStatusAsync(url, HttpStatusCode.NotFound);
        }

        Assert.Empty(await fixture.App.ReadsOfAsync(person.PersonId));
    }

    [Fact]
    public async Task A_service_manager_sees_their_providers_records_but_cannot_change_them()
    {
        var north = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Active);
        var south = await fixture.CaseAsync(fixture.OtherTeamId, EpisodeStatus.Waiting);
        var client = await fixture.SignedInAsync(StaffRole.ServiceManager);

        foreach (var person in new[] { north, south })
        {
            foreach (var url in Urls(person.PersonId, person.EpisodeId).Where(u => !u.EndsWith("/edit", StringComparison.Ordinal)))
            {
                await client.AssertStatusAsync(url, HttpStatusCode.OK);
            }

            await client.AssertForbiddenAsync($"/people/{person.PersonId}/edit");
        }
    }

    [Fact]
    public async Task Another_providers_service_manager_gets_not_found()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Active);
        var client = await fixture.SignedInAsync(fixture.OtherProviderManager);

        foreach (var url in Urls(person.PersonId, person.EpisodeId).Skip(1).Where(u => !u.EndsWith("/edit", StringComparison.Ordinal)))
        {
            await client.AssertStatusAsync(url, HttpStatusCode.NotFound);
        }

        Assert.Empty(await fixture.App.ReadsOfAsync(person.PersonId));
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in_from_the_record_pages()
    {
        var person = await fixture.CaseAsync(fixture.Data.TeamId, EpisodeStatus.Referred);
        using var client = fixture.App.CreateBrowserLikeClient();

        foreach (var url in Urls(person.PersonId, person.EpisodeId).Where(u => !u.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/sign-in", response.RedirectTarget().AbsolutePath);
        }
    }
}
