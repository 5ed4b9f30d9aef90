using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Domain.Teams;

namespace Waymark.Domain.Tests.Teams;

public sealed class TeamRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Organisation Provider = Organisation.Create("Northfield SP Service", OrganisationKind.Provider, null, Now);

    private static Organisation Practice(string code) => Organisation.Create($"Practice {code}", OrganisationKind.GpPractice, code, Now);

    [Fact]
    public void A_team_belongs_to_a_provider()
    {
        var team = Team.Create("North team", Provider, Now);
        Assert.Equal(Provider.Id, team.ProviderId);
        Assert.Empty(team.Practices);
    }

    [Theory]
    [InlineData(OrganisationKind.GpPractice)]
    [InlineData(OrganisationKind.Partner)]
    [InlineData(OrganisationKind.Commissioner)]
    public void A_team_cannot_belong_to_anything_but_a_provider(OrganisationKind kind)
    {
        var notProvider = Organisation.Create("Not a provider", kind, kind == OrganisationKind.GpPractice ? "Y00001" : null, Now);
        Assert.Equal("A team must belong to a provider organisation", Assert.Throws<DomainException>(() => Team.Create("T", notProvider, Now)).Message);
    }

    [Fact]
    public void A_team_cannot_be_added_to_an_inactive_provider()
    {
        var closed = Organisation.Create("Closed", OrganisationKind.Provider, null, Now);
        closed.Deactivate();
        Assert.Throws<DomainException>(() => Team.Create("T", closed, Now));
    }

    [Fact]
    public void Covering_practices_replaces_the_set()
    {
        var (a, b, c) = (Practice("Y00001"), Practice("Y00002"), Practice("Y00003"));
        var team = Team.Create("North team", Provider, Now);
        team.CoverPractices([a, b]);
        team.CoverPractices([b, c, c]);

        Assert.Equal(new[] { b.Id, c.Id }.Order(), team.Practices.Select(p => p.PracticeId).Order());
        Assert.True(team.Covers(c.Id));
        Assert.False(team.Covers(a.Id));
    }

    [Fact]
    public void Only_GP_practices_can_be_covered()
    {
        var team = Team.Create("North team", Provider, Now);
        var partner = Organisation.Create("Age Well", OrganisationKind.Partner, null, Now);
        Assert.Equal("PracticeIds", Assert.Throws<DomainException>(() => team.CoverPractices([partner])).Field);
    }

    [Fact]
    public void An_inactive_practice_cannot_be_newly_covered()
    {
        var team = Team.Create("North team", Provider, Now);
        var closed = Practice("Y00009");
        closed.Deactivate();
        Assert.Throws<DomainException>(() => team.CoverPractices([closed]));
    }
}
