using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Allocation;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Tests.TeamPages;

/// <summary>
/// The waiting list stays cheap however long it is: a scope check, a count and one query for the page (needs
/// included), never a query per person. The benchmark measures the time; this guards the shape.
/// </summary>
public sealed class WaitingListSql(TeamApp fixture) : IClassFixture<TeamApp>
{
    [Fact]
    public async Task The_waiting_list_takes_three_queries_whatever_its_length()
    {
        foreach (var priority in new[] { Priority.Soon, Priority.Urgent, Priority.Routine, Priority.Soon })
        {
            await fixture.WaitingAsync(priority);
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, fixture.Senior.Id.ToString()),
            new Claim(ClaimTypes.Role, StaffRoles.Name(StaffRole.SeniorLinkWorker)),
            new Claim(WaymarkClaims.TeamId, fixture.TeamId.ToString()),
        ], "Test"));
        var log = new List<string>();
        await fixture.App.WithScopeAsync(async services =>
        {
            var options = services.GetRequiredService<DbContextOptions<AppDbContext>>();
            var builder = new DbContextOptionsBuilder<AppDbContext>(options).LogTo(log.Add, [RelationalEventId.CommandExecuted]);
            await using var db = new AppDbContext(builder.Options);
            var access = new Waymark.Web.Features.Episodes.EpisodeAccess(db, services.GetRequiredService<AuditTrail>());
            var page = await new WaitingListQuery(db, access, TimeProvider.System).ListAsync(user, fixture.TeamId, 1, 25, TestContext.Current.CancellationToken);
            Assert.True(page.Items.Count >= 4);
        });

        Assert.Equal(3, log.Count);
    }
}
