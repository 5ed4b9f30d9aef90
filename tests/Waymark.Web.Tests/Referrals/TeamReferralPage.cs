using System.Net;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Episodes;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Referrals;

/// <summary>/team/referrals/new: link workers enter referrals that came by phone or letter.</summary>
public sealed class TeamReferralPage(ReferralsApp fixture) : IClassFixture<ReferralsApp>
{
    private const string Url = "/team/referrals/new";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_link_worker_enters_a_practice_referral_that_came_by_phone_and_the_practice_sees_it()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var family = fixture.Family("Phoned");
        var fields = ReferralsApp.Form(family, TestOrganisations.NewNhsNumber());
        fields.AddRange([("Input.Source", "Practice"), ("Input.Practice", fixture.Data.PracticeId.ToString())]);

        var page = await client.FollowAsync(await client.PostFieldsAsync(Url, fields), Url);

        Assert.Equal("Referral added for North team. It is waiting for triage.", page.Banner());
        var referral = await ReferralOfAsync(family);
        Assert.Equal(ReferralSource.Practice, referral.Source);
        Assert.Equal(fixture.Data.PracticeId, referral.ReferringOrganisationId);
        Assert.Equal(fixture.Data.User(StaffRole.LinkWorker).Id, referral.ReferrerUserId);
        var practiceList = await (await fixture.SignedInAsync(StaffRole.Referrer)).GetPageAsync("/referrals");
        Assert.Contains(family, practiceList.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Self")]
    [InlineData("OtherProfessional")]
    public async Task Referrals_from_the_person_or_another_professional_may_leave_out_the_NHS_number(string source)
    {
        var client = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var family = fixture.Family(source);
        var fields = ReferralsApp.Form(family, null);
        fields.AddRange([("Input.Source", source), ("Input.Practice", fixture.Data.PracticeId.ToString())]);

        var response = await client.PostFieldsAsync(Url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var referral = await ReferralOfAsync(family);
        Assert.Equal(Enum.Parse<ReferralSource>(source), referral.Source);
        Assert.Null(referral.ReferringOrganisationId);
        Assert.Equal(source == "Self" ? null : fixture.Data.User(StaffRole.SeniorLinkWorker).Id, referral.ReferrerUserId);
    }

    [Fact]
    public async Task How_the_referral_came_in_and_the_practice_are_required()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var before = await fixture.ReferralCountAsync();

        var page = await Html.ParseAsync(await client.PostFieldsAsync(Url, ReferralsApp.Form(fixture.Family("NoSource"), null)));

        Assert.Equal("Select how the referral came in", page.FieldError("Input_Source"));
        Assert.Equal("Select the person's GP practice", page.FieldError("Input_Practice"));
        Assert.Equal(before, await fixture.ReferralCountAsync());
    }

    [Fact]
    public async Task A_practice_referral_needs_the_NHS_number()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var fields = ReferralsApp.Form(fixture.Family("NoNumber"), null);
        fields.AddRange([("Input.Source", "Practice"), ("Input.Practice", fixture.Data.PracticeId.ToString())]);

        var page = await Html.ParseAsync(await client.PostFieldsAsync(Url, fields));

        Assert.Equal(["Enter the person's NHS number"], page.ErrorSummary());
    }

    [Fact]
    public async Task A_practice_no_team_covers_is_refused_and_not_offered()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var form = await client.GetPageAsync(Url);
        var offered = form.QuerySelectorAll("#Input_Practice option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(fixture.Data.PracticeId.ToString(), offered);
        Assert.DoesNotContain(fixture.Data.OtherPracticeId.ToString(), offered);
        var fields = ReferralsApp.Form(fixture.Family("Uncovered"), TestOrganisations.NewNhsNumber());
        fields.AddRange([("Input.Source", "Practice"), ("Input.Practice", fixture.Data.OtherPracticeId.ToString())]);

        var page = await Html.ParseAsync(await client.PostFieldsAsync(Url, fields));

        Assert.Equal("No team covers this GP practice. Select the person's GP practice, or tell your service manager the practice is missing.",
            page.FieldError("Input_Practice"));
    }

    [Fact]
    public async Task The_referral_goes_to_the_covering_teams_first_programme()
    {
        var (first, second) = await fixture.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var older = Programme.Create(fixture.ParkTeamId, "Living well", now.AddDays(-10));
            var newer = Programme.Create(fixture.ParkTeamId, "Green health", now.AddDays(-1));
            db.AddRange(newer, older);
            await db.SaveChangesAsync(Cancel);
            return (older.Id, newer.Id);
        });
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var family = fixture.Family("Programme");
        var fields = ReferralsApp.Form(family, TestOrganisations.NewNhsNumber());
        fields.AddRange([("Input.Source", "Practice"), ("Input.Practice", fixture.ParkPracticeId.ToString())]);

        var page = await client.FollowAsync(await client.PostFieldsAsync(Url, fields), Url);

        Assert.Equal("Referral added for Park team. It is waiting for triage.", page.Banner());
        var referral = await ReferralOfAsync(family);
        var episode = await fixture.WithDbAsync(db => db.Episodes.AsNoTracking().SingleAsync(e => e.ReferralId == referral.Id, Cancel));
        Assert.Equal(fixture.ParkTeamId, episode.TeamId);
        Assert.Equal(first, episode.ProgrammeId);
        Assert.NotEqual(second, episode.ProgrammeId);
        Assert.Equal(EpisodeStatus.Referred, episode.Status);
    }

    [Theory]
    [InlineData(StaffRole.Referrer)]
    [InlineData(StaffRole.ServiceManager)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Commissioner)]
    [InlineData(StaffRole.Administrator)]
    public async Task Only_link_workers_and_seniors_may_enter_team_referrals(StaffRole role)
    {
        var client = await fixture.SignedInAsync(role);

        var response = await client.GetAsync(Url, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/error/403", response.RedirectTarget().AbsolutePath);
    }

    private Task<Referral> ReferralOfAsync(string familyName) => fixture.WithDbAsync(db =>
        db.Referrals.AsNoTracking().SingleAsync(r => db.People.Any(p => p.Id == r.PersonId && p.FamilyName == familyName), Cancel));
}
