using Waymark.Domain.Common;
using Waymark.Domain.Organisations;

namespace Waymark.Domain.Tests.Organisations;

public sealed class OrganisationRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_GP_practice_needs_an_ODS_code()
    {
        var error = Assert.Throws<DomainException>(() => Organisation.Create("Riverside Medical Centre", OrganisationKind.GpPractice, null, Now));
        Assert.Equal("OdsCode", error.Field);
        Assert.Equal("Enter the ODS code", error.Message);
    }

    [Fact]
    public void ODS_codes_are_trimmed_and_stored_upper_case()
    {
        var practice = Organisation.Create("Riverside", OrganisationKind.GpPractice, "  a81001 ", Now);
        Assert.Equal("A81001", practice.OdsCode);
    }

    [Theory]
    [InlineData("A8")]
    [InlineData("A81-001")]
    [InlineData("TOOLONGCODE1")]
    public void Malformed_ODS_codes_are_refused_with_an_example(string code)
    {
        var error = Assert.Throws<DomainException>(() => Organisation.Create("Riverside", OrganisationKind.GpPractice, code, Now));
        Assert.Contains("like A81001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_kinds_may_leave_the_ODS_code_empty()
    {
        var partner = Organisation.Create("Age Well", OrganisationKind.Partner, "  ", Now);
        Assert.Null(partner.OdsCode);
        Assert.True(partner.IsActive);
        Assert.Equal(Now, partner.CreatedAt);
    }

    [Fact]
    public void A_name_is_required_and_trimmed()
    {
        Assert.Equal("Name", Assert.Throws<DomainException>(() => Organisation.Create(" ", OrganisationKind.Partner, null, Now)).Field);
        Assert.Equal("Age Well", Organisation.Create("  Age Well  ", OrganisationKind.Partner, null, Now).Name);
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            Organisation.Create(new string('x', Organisation.NameMaxLength + 1), OrganisationKind.Partner, null, Now));
        Assert.Equal("Organisation name must be 200 characters or fewer", error.Message);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Organisation.Create("X", (OrganisationKind)99, null, Now));
        Assert.Equal("Kind", error.Field);
    }

    [Fact]
    public void Deactivating_and_reactivating_toggles_whether_it_is_active()
    {
        var partner = Organisation.Create("Age Well", OrganisationKind.Partner, null, Now);
        partner.Deactivate();
        Assert.False(partner.IsActive);
        partner.Reactivate();
        Assert.True(partner.IsActive);
    }
}
