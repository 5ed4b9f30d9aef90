using static Waymark.Domain.Tests.Directory.Listings;
using static Waymark.Domain.Tests.Directory.ServiceRules;

namespace Waymark.Domain.Tests.Directory;

public sealed class VerificationRules
{
    [Fact]
    public void A_verified_listing_falls_due_exactly_90_days_later()
    {
        var service = NewService();
        service.Verify(Manager, Today, Now);
        Assert.Equal((Today, Manager, Today.AddDays(90)), (service.LastVerifiedOn, service.LastVerifiedBy, service.VerificationDueOn));
        Assert.False(service.IsVerificationDue(Today));
        Assert.False(service.IsVerificationDue(Today.AddDays(89)));
        Assert.True(service.IsVerificationDue(Today.AddDays(90)));
        Assert.True(service.IsVerificationDue(Today.AddDays(91)));
    }

    [Fact]
    public void A_shorter_interval_moves_the_due_date_from_the_last_check()
    {
        var service = NewService();
        service.Verify(Manager, Today, Now);
        service.SetVerificationInterval(30, Now.AddDays(1));
        Assert.Equal((30, Today.AddDays(30)), (service.VerificationIntervalDays, service.VerificationDueOn));
        Assert.False(service.IsVerificationDue(Today.AddDays(29)));
        Assert.True(service.IsVerificationDue(Today.AddDays(30)));
    }

    [Fact]
    public void A_listing_never_verified_is_due_from_the_day_it_was_listed()
    {
        var service = NewService();
        service.SetVerificationInterval(30, Now);
        Assert.Equal(Today, service.VerificationDueOn);
        Assert.True(service.IsVerificationDue(Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(731)]
    public void Intervals_outside_1_to_730_days_are_refused(int days) =>
        Assert.Equal("VerificationIntervalDays", Refusal(() => NewService().SetVerificationInterval(days, Now)).Field);

    [Fact]
    public void Verifying_needs_to_know_who() =>
        Assert.Equal("LastVerifiedBy", Refusal(() => NewService().Verify(Guid.Empty, Today, Now)).Field);

    [Fact]
    public void Verifying_again_restarts_the_interval()
    {
        var service = NewService();
        service.Verify(Manager, Today, Now);
        service.Verify(Manager, Today.AddDays(100), Now.AddDays(100));
        Assert.Equal(Today.AddDays(190), service.VerificationDueOn);
        Assert.Equal(Now.AddDays(100), service.LastModified);
    }
}
