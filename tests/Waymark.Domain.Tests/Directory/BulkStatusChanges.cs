using Waymark.Domain.Directory;
using static Waymark.Domain.Tests.Directory.Listings;
using static Waymark.Domain.Tests.Directory.ServiceRules;

namespace Waymark.Domain.Tests.Directory;

public sealed class BulkStatusChanges
{
    [Fact]
    public void Pausing_many_services_changes_the_running_skips_the_paused_and_refuses_the_closed()
    {
        var running = InStatus(OperatingStatus.Running, "Walks");
        var remote = InStatus(OperatingStatus.RemoteOnly, "Coffee mornings");
        var paused = InStatus(OperatingStatus.Paused, "Choir");
        var closed = InStatus(OperatingStatus.Closed, "Knit and natter");
        var later = Now.AddDays(1);

        var result = DirectoryStatusChange.Apply([running, remote, paused, closed, running], OperatingStatus.Paused, "Flooding in the area", Today.AddDays(7), Today, later);

        Assert.Equal(
            [new StatusChanged(running.Id, OperatingStatus.Running, OperatingStatus.Paused), new StatusChanged(remote.Id, OperatingStatus.RemoteOnly, OperatingStatus.Paused)],
            result.Changed);
        Assert.Equal([paused.Id], result.Unchanged);
        var refusal = Assert.Single(result.Refused);
        Assert.Equal(closed.Id, refusal.ServiceId);
        Assert.Contains("Knit and natter is closed, so it cannot be paused", refusal.Reason, StringComparison.Ordinal);

        Assert.All([running, remote], s => Assert.Equal((OperatingStatus.Paused, "Flooding in the area", Today.AddDays(7), later), (s.OperatingStatus, s.StatusReason, s.ExpectedReturn, s.LastModified)));
        Assert.Equal(("Volunteer shortage", Now), (paused.StatusReason, paused.LastModified));
        Assert.Equal((OperatingStatus.Closed, Now), (closed.OperatingStatus, closed.LastModified));
    }

    [Fact]
    public void A_bulk_pause_without_a_reason_changes_nothing()
    {
        var services = new[] { InStatus(OperatingStatus.Running, "Walks"), InStatus(OperatingStatus.Running, "Choir") };
        Assert.Equal("StatusReason", Refusal(() => DirectoryStatusChange.Apply(services, OperatingStatus.Paused, "", null, Today, Now)).Field);
        Assert.All(services, s => Assert.Equal(OperatingStatus.Running, s.OperatingStatus));
    }

    [Fact]
    public void A_bulk_change_with_a_past_return_date_changes_nothing()
    {
        var service = InStatus(OperatingStatus.Running);
        Assert.Equal("ExpectedReturn", Refusal(() => DirectoryStatusChange.Apply([service], OperatingStatus.Paused, "Flooding", Today, Today, Now)).Field);
        Assert.Equal(OperatingStatus.Running, service.OperatingStatus);
    }

    [Fact]
    public void A_bulk_change_needs_at_least_one_service() =>
        Assert.Equal("Services", Refusal(() => DirectoryStatusChange.Apply([], OperatingStatus.Running, null, null, Today, Now)).Field);

    [Fact]
    public void Switching_many_to_remote_only_refuses_those_only_delivered_in_person()
    {
        var phone = InStatus(OperatingStatus.Running, "Befriending", DeliveryModes.InPerson | DeliveryModes.Phone);
        var hall = InStatus(OperatingStatus.Running, "Tea dance", DeliveryModes.InPerson);
        var result = DirectoryStatusChange.Apply([phone, hall], OperatingStatus.RemoteOnly, null, null, Today, Now);
        Assert.Equal([phone.Id], result.Changed.Select(c => c.ServiceId));
        Assert.Equal([hall.Id], result.Refused.Select(r => r.ServiceId));
        Assert.Equal(OperatingStatus.Running, hall.OperatingStatus);
    }

    [Fact]
    public void Resuming_many_brings_back_paused_and_closed_services_and_skips_running_ones()
    {
        var paused = InStatus(OperatingStatus.Paused, "Choir");
        var closed = InStatus(OperatingStatus.Closed, "Walks");
        var running = InStatus(OperatingStatus.Running, "Coffee");
        var result = DirectoryStatusChange.Apply([paused, closed, running], OperatingStatus.Running, "ignored", Today.AddDays(3), Today, Now);
        Assert.Equal([paused.Id, closed.Id], result.Changed.Select(c => c.ServiceId));
        Assert.Equal([running.Id], result.Unchanged);
        Assert.Empty(result.Refused);
        Assert.All([paused, closed], s => Assert.Equal((OperatingStatus.Running, null, null), (s.OperatingStatus, s.StatusReason, s.ExpectedReturn)));
    }
}
