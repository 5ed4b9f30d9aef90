using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using static Waymark.Domain.Tests.Episodes.EpisodeFactory;

namespace Waymark.Domain.Tests.Episodes;

public sealed class DischargeRules
{
    private static readonly DateTimeOffset End = Now.AddDays(60);

    [Theory]
    [InlineData(DischargeReason.GoalsAchieved)]
    [InlineData(DischargeReason.ConnectedToCommunitySupport)]
    [InlineData(DischargeReason.PersonChoseToEnd)]
    [InlineData(DischargeReason.MovedAway)]
    [InlineData(DischargeReason.NeedsMetByAnotherService)]
    [InlineData(DischargeReason.Died)]
    [InlineData(DischargeReason.Other)]
    public void Discharging_records_the_reason_summary_who_and_when_and_closes_the_allocation(DischargeReason reason)
    {
        var episode = InStatus(EpisodeStatus.Active);
        episode.Discharge(reason, " Joined the Tuesday walking group ", WorkerId, End);

        Assert.Equal(EpisodeStatus.Discharged, episode.Status);
        Assert.Equal(reason, episode.DischargeReason);
        Assert.Equal("Joined the Tuesday walking group", episode.DischargeSummary);
        Assert.Equal(WorkerId, episode.DischargedBy);
        Assert.Equal(End, episode.DischargedAt);
        Assert.Null(episode.WorkerId);
        Assert.Equal(End, Assert.Single(episode.Allocations).To);
    }

    [Fact]
    public void Discharging_needs_a_summary_for_the_referrer_and_GP()
    {
        var episode = InStatus(EpisodeStatus.Active);
        var refused = Assert.Throws<DomainException>(() => episode.Discharge(DischargeReason.GoalsAchieved, "  ", WorkerId, End));
        Assert.Equal("Enter a summary for the referrer and GP", refused.Message);
        Assert.Equal(EpisodeStatus.Active, episode.Status);
    }

    [Fact]
    public void The_summary_is_bounded()
    {
        var tooLong = new string('a', Episode.SummaryMaxLength + 1);
        var refused = Assert.Throws<DomainException>(() => InStatus(EpisodeStatus.Active).Discharge(DischargeReason.Other, tooLong, WorkerId, End));
        Assert.Equal($"Summary for the referrer and GP must be {Episode.SummaryMaxLength} characters or fewer", refused.Message);
    }

    [Fact]
    public void An_unknown_reason_is_refused()
    {
        Assert.Throws<DomainException>(() => InStatus(EpisodeStatus.Active).Discharge((DischargeReason)0, "Summary", WorkerId, End));
    }

    [Fact]
    public void Discharging_for_lost_contact_without_the_contacts_is_refused()
    {
        var episode = InStatus(EpisodeStatus.Allocated);
        var refused = Assert.Throws<DomainException>(() => episode.Discharge(DischargeReason.LostContact, "Could not reach", WorkerId, End));
        Assert.EndsWith("so far 0 attempts, 0 ways, 0 days", refused.Message, StringComparison.Ordinal);
        Assert.Equal(EpisodeStatus.Allocated, episode.Status);
    }

    [Fact]
    public void Discharging_for_lost_contact_after_real_attempts_is_allowed()
    {
        var episode = InStatus(EpisodeStatus.Allocated);
        ContactAttempt[] contacts =
        [
            new(Now.AddDays(2), ContactMode.Phone, false),
            new(Now.AddDays(9), ContactMode.Text, false),
            new(Now.AddDays(16), ContactMode.Letter, false),
        ];

        episode.Discharge(DischargeReason.LostContact, "Three attempts by phone, text and letter", WorkerId, End, new LostContactEvidence(contacts));
        Assert.Equal(DischargeReason.LostContact, episode.DischargeReason);
    }

    [Fact]
    public void The_programme_rule_is_the_one_applied()
    {
        var episode = InStatus(EpisodeStatus.Active);
        ContactAttempt[] contacts = [new(Now.AddDays(3), ContactMode.Phone, false)];
        var lenient = new LostContactRule(MinAttempts: 1, MinModes: 1, MinDays: 0);

        episode.Discharge(DischargeReason.LostContact, "One unanswered call", WorkerId, End, new LostContactEvidence(contacts, lenient));
        Assert.Equal(EpisodeStatus.Discharged, episode.Status);
    }

    [Fact]
    public void Lost_contact_evidence_is_ignored_for_other_reasons()
    {
        var episode = InStatus(EpisodeStatus.Active);
        episode.Discharge(DischargeReason.MovedAway, "Moved to Leeds", WorkerId, End, new LostContactEvidence([]));
        Assert.Equal(EpisodeStatus.Discharged, episode.Status);
    }
}
