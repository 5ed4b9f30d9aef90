using Waymark.Domain.Common;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;

namespace Waymark.Domain.Tests.Staff;

public sealed class StaffRoleRules
{
    [Theory]
    [InlineData(StaffRole.LinkWorker, OrganisationKind.Provider, true)]
    [InlineData(StaffRole.SeniorLinkWorker, OrganisationKind.Provider, true)]
    [InlineData(StaffRole.ServiceManager, OrganisationKind.Provider, false)]
    [InlineData(StaffRole.Referrer, OrganisationKind.GpPractice, false)]
    [InlineData(StaffRole.Partner, OrganisationKind.Partner, false)]
    [InlineData(StaffRole.Commissioner, OrganisationKind.Commissioner, false)]
    [InlineData(StaffRole.Administrator, OrganisationKind.Provider, false)]
    [InlineData(StaffRole.Administrator, OrganisationKind.Commissioner, false)]
    public void Each_role_is_accepted_where_it_belongs(StaffRole role, OrganisationKind kind, bool hasTeam) =>
        StaffRoles.EnsureValid([role], kind, hasTeam);

    [Theory]
    [InlineData(StaffRole.Referrer, OrganisationKind.Provider, "Referrer must belong to a GP practice, not a provider organisation")]
    [InlineData(StaffRole.Partner, OrganisationKind.GpPractice, "Partner organisation must belong to a partner organisation, not a GP practice")]
    [InlineData(StaffRole.LinkWorker, OrganisationKind.Partner, "Link worker must belong to a provider organisation, not a partner organisation")]
    [InlineData(StaffRole.Commissioner, OrganisationKind.Provider, "Commissioner must belong to a commissioner, not a provider organisation")]
    public void A_role_in_the_wrong_kind_of_organisation_is_refused_with_the_rule(StaffRole role, OrganisationKind kind, string message)
    {
        var error = Assert.Throws<DomainException>(() => StaffRoles.EnsureValid([role], kind, hasTeam: true));
        Assert.Equal(message, error.Message);
        Assert.Equal("Roles", error.Field);
    }

    [Theory]
    [InlineData(StaffRole.LinkWorker)]
    [InlineData(StaffRole.SeniorLinkWorker)]
    public void Link_workers_need_a_team(StaffRole role)
    {
        var error = Assert.Throws<DomainException>(() => StaffRoles.EnsureValid([role], OrganisationKind.Provider, hasTeam: false));
        Assert.Equal("TeamId", error.Field);
    }

    [Fact]
    public void A_user_may_hold_several_roles_that_fit_together() =>
        StaffRoles.EnsureValid([StaffRole.SeniorLinkWorker, StaffRole.ServiceManager, StaffRole.Administrator], OrganisationKind.Provider, true);

    [Fact]
    public void At_least_one_role_is_required() =>
        Assert.Equal("Select at least one role", Assert.Throws<DomainException>(() => StaffRoles.EnsureValid([], OrganisationKind.Provider, false)).Message);

    [Theory]
    [InlineData("link-worker", StaffRole.LinkWorker)]
    [InlineData("Senior link worker", StaffRole.SeniorLinkWorker)]
    [InlineData("ADMINISTRATOR", StaffRole.Administrator)]
    public void Role_names_parse_loosely(string text, StaffRole expected)
    {
        Assert.True(StaffRoles.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("doctor")]
    [InlineData("99")]
    public void Unknown_role_names_do_not_parse(string text) => Assert.False(StaffRoles.TryParse(text, out _));

    [Fact]
    public void Every_role_has_a_display_name_and_an_organisation_rule()
    {
        foreach (var role in StaffRoles.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(StaffRoles.DisplayName(role)));
            _ = StaffRoles.RequiredOrganisationKind(role);
        }

        Assert.Equal(7, StaffRoles.All.Count);
    }
}
