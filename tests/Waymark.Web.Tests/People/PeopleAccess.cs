using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Audit;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.People;

/// <summary>
/// Who sees whose record (issue 3): link workers their team's people, service managers their provider's; nobody
/// else has person records in this API. Out of scope reads as 404, and every view is audited.
/// </summary>
public sealed class PeopleAccess(PeopleApp fixture) : IClassFixture<PeopleApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.SeniorLinkWorker)]
    public async Task Link_workers_see_people_referred_to_their_team_and_nobody_else(StaffRole role)
    {
        var mine = await fixture.PersonInTeamAsync(fixture.Data.TeamId, $"Mine{fixture.Next()}");
        var otherTeam = await fixture.PersonInTeamAsync(fixture.OtherTeamId, $"Other{fixture.Next()}");
        var client = await fixture.SignedInAsync(role);

        var own = await client.GetAsync($"/api/people/{mine}", Cancel);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var record = await own.JsonAsync();
        Assert.Equal(mine, record.GetProperty("id").GetGuid());
        var episode = Assert.Single(record.GetProperty("episodes").EnumerateArray());
        Assert.Equal("North team", episode.GetProperty("teamName").GetString());
        Assert.Equal("Referred", episode.GetProperty("status").GetString());

        await (await client.GetAsync($"/api/people/{otherTeam}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        var list = await (await client.GetAsync("/api/people?pageSize=100", Cancel)).JsonAsync();
        var ids = list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(mine, ids);
        Assert.DoesNotContain(otherTeam, ids);
    }

    [Fact]
    public async Task A_service_manager_sees_people_in_all_their_providers_teams_but_not_another_providers()
    {
        var north = await fixture.PersonInTeamAsync(fixture.Data.TeamId, $"North{fixture.Next()}");
        var south = await fixture.PersonInTeamAsync(fixture.OtherTeamId, $"South{fixture.Next()}");
        var east = await fixture.PersonInTeamAsync(fixture.OtherProviderTeamId, $"East{fixture.Next()}");
        var manager = await fixture.SignedInAsync(StaffRole.ServiceManager);

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/people/{north}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/people/{south}", Cancel)).StatusCode);
        await (await manager.GetAsync($"/api/people/{east}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Other_roles_have_no_person_records_here(StaffRole role)
    {
        var person = await fixture.PersonInTeamAsync(fixture.Data.TeamId, $"Hidden{fixture.Next()}");
        var client = await fixture.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/people", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/people/{person}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/people",
            new { givenName = "Ann", familyName = "Other", dateOfBirth = "1970-01-01" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/people/match",
            new { givenName = "Ann", familyName = "Other", dateOfBirth = "1970-01-01" }, Cancel)).StatusCode);
        Assert.Empty(await ReadsOfAsync(person));
    }

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.ServiceManager)]
    public async Task Each_view_of_a_record_writes_one_read_audit_event_naming_the_caller(StaffRole role)
    {
        var person = await fixture.PersonInTeamAsync(fixture.Data.TeamId, $"Audited{fixture.Next()}");
        var hidden = await fixture.PersonInTeamAsync(fixture.OtherProviderTeamId, $"Unseen{fixture.Next()}");
        var client = await fixture.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/people/{person}", Cancel)).StatusCode);
        var read = Assert.Single(await ReadsOfAsync(person));
        Assert.Equal((AuditActorKind.User, fixture.Data.User(role).Id.ToString()), (read.ActorKind, read.ActorId));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/people/{person}", Cancel)).StatusCode);
        Assert.Equal(2, (await ReadsOfAsync(person)).Count);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/people/{hidden}", Cancel)).StatusCode);
        Assert.Empty(await ReadsOfAsync(hidden));
    }

    private Task<List<AuditEvent>> ReadsOfAsync(Guid personId) => fixture.App.WithScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditAction.Read && e.RecordType == "Person" && e.RecordId == personId.ToString())
            .ToListAsync(Cancel));
}
