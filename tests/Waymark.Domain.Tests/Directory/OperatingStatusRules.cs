using Waymark.Domain.Directory;
using static Waymark.Domain.Tests.Directory.Listings;
using static Waymark.Domain.Tests.Directory.ServiceRules;

namespace Waymark.Domain.Tests.Directory;

public sealed class OperatingStatusRules
{
    [Theory]
    [InlineData(OperatingStatus.Running, "active")]
    [InlineData(OperatingStatus.RemoteOnly, "active")]
    [InlineData(OperatingStatus.Paused, "temporarily closed")]
    [InlineData(OperatingStatus.Closed, "defunct")]
    public void The_ORUK_status_is_derived_from_the_operating_status(OperatingStatus status, string oruk)
    {
        Assert.Equal(oruk, OrukServiceStatus.Of(status));
        Assert.Equal(oruk, InStatus(status, modes: DeliveryModes.Phone).OrukStatus);
    }

    [Fact]
    public void Every_derived_ORUK_status_is_one_the_ORUK_service_schema_allows()
    {
        var allowed = new[] { "active", "inactive", "defunct", "temporarily closed" };
        Assert.All(Enum.GetValues<OperatingStatus>(), s => Assert.Contains(OrukServiceStatus.Of(s), allowed));
    }

    [Fact]
    public void The_taking_referrals_query_filter_agrees_with_the_rule_for_every_status()
    {
        var filter = Service.TakingReferrals.Compile();
        foreach (var status in Enum.GetValues<OperatingStatus>())
        {
            foreach (var accepting in new[] { true, false })
            {
                var service = InStatus(status, modes: DeliveryModes.Phone);
                service.SetDelivery(DeliveryModes.Phone, waitingDays: null, acceptingReferrals: accepting, Now);
                var expected = accepting && status is OperatingStatus.Running or OperatingStatus.RemoteOnly;
                Assert.Equal(expected, service.IsTakingReferrals);
                Assert.Equal(expected, filter(service));
            }
        }
    }

    [Theory]
    [InlineData("active", OperatingStatus.Running)]
    [InlineData("temporarily closed", OperatingStatus.Paused)]
    [InlineData("inactive", OperatingStatus.Paused)]
    [InlineData("defunct", OperatingStatus.Closed)]
    [InlineData("Active", null)]
    [InlineData("open", null)]
    public void ORUK_statuses_read_back_as_operating_statuses(string oruk, OperatingStatus? expected) =>
        Assert.Equal(expected, OrukServiceStatus.ToOperatingStatus(oruk));

    [Fact]
    public void Pausing_needs_a_reason_and_keeps_an_expected_return_date()
    {
        var service = NewService();
        Assert.Equal(("StatusReason", "Enter why the service is paused"), Refusal(() => service.Pause(" ", null, Today, Now)));
        service.Pause(" Leader on leave ", Today.AddDays(1), Today, Now.AddHours(1));
        Assert.Equal((OperatingStatus.Paused, "Leader on leave", Today.AddDays(1)), (service.OperatingStatus, service.StatusReason, service.ExpectedReturn));
        Assert.False(service.IsTakingReferrals);
        Assert.Equal(Now.AddHours(1), service.LastModified);
    }

    [Fact]
    public void An_expected_return_date_must_be_after_today()
    {
        var service = NewService();
        Assert.Equal("ExpectedReturn", Refusal(() => service.Pause("Leave", Today, Today, Now)).Field);
        Assert.Equal("ExpectedReturn", Refusal(() => service.Pause("Leave", Today.AddDays(-1), Today, Now)).Field);
        Assert.Equal(OperatingStatus.Running, service.OperatingStatus);
    }

    [Fact]
    public void Pausing_a_paused_service_updates_its_reason_and_return_date()
    {
        var service = InStatus(OperatingStatus.Paused);
        service.Pause("Hall being repaired", Today.AddDays(30), Today, Now);
        Assert.Equal(("Hall being repaired", Today.AddDays(30)), (service.StatusReason, service.ExpectedReturn));
    }

    [Fact]
    public void Closing_needs_a_reason_and_has_no_return_date()
    {
        var service = NewService();
        Assert.Equal("StatusReason", Refusal(() => service.Close(null, Today, Now)).Field);
        Assert.Equal("ExpectedReturn", Refusal(() => service.ChangeStatus(OperatingStatus.Closed, "Funding ended", Today.AddDays(5), Today, Now)).Field);
        service.Close("Funding ended", Today, Now);
        Assert.Equal((OperatingStatus.Closed, "Funding ended", "defunct"), (service.OperatingStatus, service.StatusReason, service.OrukStatus));
    }

    [Fact]
    public void Switching_to_remote_only_needs_a_remote_delivery_mode_but_no_reason()
    {
        var inPerson = NewService(modes: DeliveryModes.InPerson);
        var error = Refusal(() => inPerson.SwitchToRemoteOnly(null, null, Today, Now));
        Assert.Equal("OperatingStatus", error.Field);
        Assert.Contains("only delivered in person", error.Message, StringComparison.Ordinal);

        var service = NewService(modes: DeliveryModes.InPerson | DeliveryModes.Video);
        service.SwitchToRemoteOnly(null, Today.AddDays(14), Today, Now);
        Assert.Equal((OperatingStatus.RemoteOnly, null, Today.AddDays(14)), (service.OperatingStatus, service.StatusReason, service.ExpectedReturn));
        Assert.True(service.IsTakingReferrals);
    }

    [Fact]
    public void A_remote_only_service_cannot_lose_its_last_remote_mode() =>
        Assert.Equal("DeliveryModes", Refusal(() => InStatus(OperatingStatus.RemoteOnly).SetDelivery(DeliveryModes.InPerson, 0, true, Now)).Field);

    [Theory]
    [InlineData(OperatingStatus.Paused)]
    [InlineData(OperatingStatus.RemoteOnly)]
    [InlineData(OperatingStatus.Closed)]
    public void Resuming_returns_to_running_and_clears_the_reason_and_date(OperatingStatus from)
    {
        var service = InStatus(from);
        service.Resume(Today, Now.AddDays(2));
        Assert.Equal((OperatingStatus.Running, null, null), (service.OperatingStatus, service.StatusReason, service.ExpectedReturn));
        Assert.Equal(Now.AddDays(2), service.LastModified);
    }

    [Theory]
    [InlineData(OperatingStatus.Running, OperatingStatus.Running, "is already running")]
    [InlineData(OperatingStatus.Closed, OperatingStatus.Closed, "is already closed")]
    [InlineData(OperatingStatus.Closed, OperatingStatus.Paused, "is closed, so it cannot be paused")]
    [InlineData(OperatingStatus.Closed, OperatingStatus.RemoteOnly, "is closed, so it cannot switch to remote only")]
    public void Changes_that_make_no_sense_are_refused(OperatingStatus from, OperatingStatus to, string message)
    {
        var service = InStatus(from);
        var modified = service.LastModified;
        var error = Refusal(() => service.ChangeStatus(to, "Because", null, Today, Now.AddDays(1)));
        Assert.Equal("OperatingStatus", error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((from, modified), (service.OperatingStatus, service.LastModified));
    }

    [Theory]
    [InlineData(OperatingStatus.Running, OperatingStatus.Paused)]
    [InlineData(OperatingStatus.Running, OperatingStatus.RemoteOnly)]
    [InlineData(OperatingStatus.Running, OperatingStatus.Closed)]
    [InlineData(OperatingStatus.RemoteOnly, OperatingStatus.Paused)]
    [InlineData(OperatingStatus.RemoteOnly, OperatingStatus.Closed)]
    [InlineData(OperatingStatus.Paused, OperatingStatus.RemoteOnly)]
    [InlineData(OperatingStatus.Paused, OperatingStatus.Closed)]
    public void Other_changes_are_allowed(OperatingStatus from, OperatingStatus to)
    {
        var service = InStatus(from);
        Assert.Null(service.RefusalToChangeTo(to));
        service.ChangeStatus(to, "Because", null, Today, Now);
        Assert.Equal(to, service.OperatingStatus);
    }

    [Fact]
    public void An_unknown_status_is_refused() =>
        Assert.Equal("OperatingStatus", Refusal(() => NewService().ChangeStatus((OperatingStatus)7, "x", null, Today, Now)).Field);
}
