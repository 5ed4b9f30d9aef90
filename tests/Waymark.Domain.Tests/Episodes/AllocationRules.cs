using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using static Waymark.Domain.Tests.Episodes.EpisodeFactory;

namespace Waymark.Domain.Tests.Episodes;

public sealed class AllocationRules
{
    private static readonly DateTimeOffset Day1 = Now.AddDays(1);

    [Fact]
    public void Allocating_gives_the_person_a_worker_an_intensity_and_opens_an_allocation()
    {
        var episode = InStatus(EpisodeStatus.Waiting);
        episode.Allocate(WorkerId, SupportIntensity.Intensive, Room, null, SeniorId, Day1);

        Assert.Equal(EpisodeStatus.Allocated, episode.Status);
        Assert.Equal(WorkerId, episode.WorkerId);
        Assert.Equal(SupportIntensity.Intensive, episode.Intensity);
        Assert.Equal(new Allocation(WorkerId, Day1, null, null, null, SeniorId), Assert.Single(episode.Allocations));
    }

    [Fact]
    public void Allocating_over_capacity_needs_a_reason()
    {
        var episode = InStatus(EpisodeStatus.Waiting);
        var full = new AllocationCheck(CurrentLoad: 29.5m, Capacity: 30);

        var refused = Assert.Throws<DomainException>(() => episode.Allocate(WorkerId, SupportIntensity.Standard, full, null, SeniorId, Day1));
        Assert.Equal("Enter why this link worker should take on more than their capacity (29.5 of 30 used)", refused.Message);
        Assert.Equal(nameof(Allocation.OverCapacityReason), refused.Field);
        Assert.Equal(EpisodeStatus.Waiting, episode.Status);

        episode.Allocate(WorkerId, SupportIntensity.Standard, full, "Worked with this person before", SeniorId, Day1);
        Assert.Equal("Worked with this person before", Assert.Single(episode.Allocations).OverCapacityReason);
    }

    [Fact]
    public void Allocating_up_to_capacity_exactly_needs_no_reason()
    {
        var episode = InStatus(EpisodeStatus.Waiting);
        episode.Allocate(WorkerId, SupportIntensity.Signposting, new AllocationCheck(29.5m, 30), null, SeniorId, Day1);
        Assert.Equal(EpisodeStatus.Allocated, episode.Status);
    }

    [Fact]
    public void Allocating_needs_a_link_worker()
    {
        var episode = InStatus(EpisodeStatus.Waiting);
        var refused = Assert.Throws<DomainException>(() => episode.Allocate(Guid.Empty, SupportIntensity.Standard, Room, null, SeniorId, Day1));
        Assert.Equal(("Select a link worker", "WorkerId"), (refused.Message, refused.Field));
        Assert.Throws<DomainException>(() => InStatus(EpisodeStatus.Active).Reallocate(Guid.Empty, "Leave", Room, null, SeniorId, Day1));
    }

    [Fact]
    public void An_unknown_intensity_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => InStatus(EpisodeStatus.Waiting).Allocate(WorkerId, (SupportIntensity)0, Room, null, SeniorId, Day1));
        Assert.Equal("Select the support intensity", refused.Message);
    }

    [Theory]
    [InlineData(EpisodeStatus.Allocated)]
    [InlineData(EpisodeStatus.Active)]
    public void A_handover_closes_the_current_allocation_and_keeps_the_history(EpisodeStatus status)
    {
        var episode = InStatus(status);
        var handover = Now.AddDays(30);
        episode.Reallocate(OtherWorkerId, "Worker on long-term leave", Room, null, SeniorId, handover);

        Assert.Equal(status, episode.Status);
        Assert.Equal(OtherWorkerId, episode.WorkerId);
        Assert.Collection(
            episode.Allocations,
            first => Assert.Equal((WorkerId, (DateTimeOffset?)handover), (first.WorkerId, first.To)),
            second => Assert.Equal(new Allocation(OtherWorkerId, handover, null, "Worker on long-term leave", null, SeniorId), second));
    }

    [Fact]
    public void A_handover_needs_a_reason_and_a_different_worker()
    {
        var episode = InStatus(EpisodeStatus.Active);
        Assert.Equal("Reason", Assert.Throws<DomainException>(() => episode.Reallocate(OtherWorkerId, null, Room, null, SeniorId, Now)).Field);
        Assert.Equal(
            "Choose a different link worker: this person is already allocated to them",
            Assert.Throws<DomainException>(() => episode.Reallocate(WorkerId, "Why", Room, null, SeniorId, Now)).Message);
        Assert.Single(episode.Allocations);
    }

    [Fact]
    public void A_handover_to_a_full_worker_needs_an_over_capacity_reason()
    {
        var episode = InStatus(EpisodeStatus.Active);
        var full = new AllocationCheck(30, 30);
        Assert.Throws<DomainException>(() => episode.Reallocate(OtherWorkerId, "Leave", full, null, SeniorId, Now));
        episode.Reallocate(OtherWorkerId, "Leave", full, "Speaks the person's language", SeniorId, Now);
        Assert.Equal("Speaks the person's language", episode.Allocations[^1].OverCapacityReason);
    }

    [Fact]
    public void The_first_contact_makes_the_episode_active_and_recording_it_again_changes_nothing()
    {
        var episode = InStatus(EpisodeStatus.Allocated);
        episode.RecordFirstContact(Now.AddDays(4));
        episode.RecordFirstContact(Now.AddDays(9));

        Assert.Equal(EpisodeStatus.Active, episode.Status);
        Assert.Equal(Now.AddDays(4), episode.FirstContactAt);
    }

    [Fact]
    public void The_intensity_can_change_while_support_goes_on()
    {
        var episode = InStatus(EpisodeStatus.Active);
        episode.ChangeIntensity(SupportIntensity.Intensive);
        Assert.Equal(SupportIntensity.Intensive, episode.Intensity);
        Assert.Throws<DomainException>(() => episode.ChangeIntensity((SupportIntensity)7));
    }

    [Fact]
    public void Whether_an_episode_can_be_allocated_or_handed_over_is_answered_before_any_worker_is_weighed()
    {
        foreach (var status in Enum.GetValues<EpisodeStatus>())
        {
            var episode = InStatus(status);
            var allocate = Record.Exception(episode.EnsureCanBeAllocated);
            var handOver = Record.Exception(episode.EnsureCanBeHandedOver);

            Assert.Equal(status == EpisodeStatus.Waiting, allocate is null);
            Assert.Equal(status is EpisodeStatus.Allocated or EpisodeStatus.Active, handOver is null);
            Assert.True(allocate is null || allocate.Message.StartsWith("Only a person on the waiting list can be allocated", StringComparison.Ordinal));
            Assert.True(handOver is null || handOver.Message.StartsWith("Only an allocated or active episode can be handed", StringComparison.Ordinal));
            Assert.Equal(status, episode.Status);
        }
    }
}
