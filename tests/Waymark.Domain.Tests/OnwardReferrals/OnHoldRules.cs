using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using static Waymark.Domain.Tests.OnwardReferrals.OnwardReferralFactory;

namespace Waymark.Domain.Tests.OnwardReferrals;

public sealed class OnHoldRules
{
    private const int Threshold = 42;

    private static OnHoldAssessment Assess(
        OnwardReferralStatus status, bool paused = false, bool closed = false, int? waitingDays = null, int threshold = Threshold) =>
        OnHoldRule.Assess(status, paused, closed, waitingDays, threshold);

    [Theory]
    [InlineData(OnwardReferralStatus.Requested)]
    [InlineData(OnwardReferralStatus.Accepted)]
    [InlineData(OnwardReferralStatus.InProgress)]
    [InlineData(OnwardReferralStatus.OnHold)]
    public void A_person_whose_active_referral_points_at_a_paused_service_is_on_hold(OnwardReferralStatus status)
    {
        var assessment = Assess(status, paused: true);
        Assert.True(assessment.IsOnHold);
        Assert.Equal((OnHoldReason.ServicePaused, "The service is paused"), (assessment.Reason, assessment.Explanation));
    }

    [Theory]
    [InlineData(OnwardReferralStatus.Requested)]
    [InlineData(OnwardReferralStatus.InProgress)]
    public void A_closed_service_puts_the_person_on_hold_and_is_named_before_a_pause(OnwardReferralStatus status)
    {
        var assessment = Assess(status, paused: true, closed: true, waitingDays: 100);
        Assert.Equal((OnHoldReason.ServiceClosed, "The service has closed"), (assessment.Reason, assessment.Explanation));
    }

    [Theory]
    [InlineData(OnwardReferralStatus.Draft)]
    [InlineData(OnwardReferralStatus.Rejected)]
    [InlineData(OnwardReferralStatus.Completed)]
    [InlineData(OnwardReferralStatus.Failed)]
    [InlineData(OnwardReferralStatus.Cancelled)]
    public void Drafts_and_ended_referrals_never_hold_anyone(OnwardReferralStatus status)
    {
        Assert.Same(OnHoldAssessment.NotOnHold, Assess(status, paused: true, closed: true, waitingDays: 365));
        Assert.False(Assess(status, closed: true).IsOnHold);
    }

    [Fact]
    public void A_wait_exactly_at_the_threshold_is_not_on_hold_and_one_day_over_is()
    {
        Assert.False(Assess(OnwardReferralStatus.Requested, waitingDays: Threshold).IsOnHold);

        var over = Assess(OnwardReferralStatus.Requested, waitingDays: Threshold + 1);
        Assert.Equal(OnHoldReason.LongWait, over.Reason);
        Assert.Equal("The service's waiting time is 43 days, longer than the 42 days this programme allows", over.Explanation);
    }

    [Fact]
    public void A_long_wait_holds_only_people_who_have_not_started()
    {
        Assert.True(Assess(OnwardReferralStatus.Accepted, waitingDays: 90).IsOnHold);
        Assert.False(Assess(OnwardReferralStatus.InProgress, waitingDays: 90).IsOnHold);
    }

    [Fact]
    public void No_published_waiting_time_is_not_a_long_wait()
    {
        Assert.False(Assess(OnwardReferralStatus.Requested, waitingDays: null).IsOnHold);
        Assert.False(Assess(OnwardReferralStatus.Requested, waitingDays: 0, threshold: 0).IsOnHold);
        Assert.Equal(
            "The service's waiting time is 1 day, longer than the 0 days this programme allows",
            Assess(OnwardReferralStatus.Requested, waitingDays: 1, threshold: 0).Explanation);
    }

    [Fact]
    public void A_referral_the_organisation_put_on_hold_holds_the_person_even_when_the_service_runs()
    {
        var assessment = Assess(OnwardReferralStatus.OnHold);
        Assert.Equal((OnHoldReason.ReferralOnHold, "The service has put this referral on hold"), (assessment.Reason, assessment.Explanation));
    }

    [Fact]
    public void A_running_service_with_a_short_wait_holds_nobody()
    {
        foreach (var status in Enum.GetValues<OnwardReferralStatus>().Where(s => s != OnwardReferralStatus.OnHold))
        {
            Assert.False(Assess(status, waitingDays: 14).IsOnHold);
        }
    }

    [Fact]
    public void The_rule_reads_the_status_of_a_referral()
    {
        Assert.Equal(OnHoldReason.ServicePaused, OnHoldRule.Assess(InStatus(OnwardReferralStatus.Accepted), true, false, null, Threshold).Reason);
        Assert.False(OnHoldRule.Assess(InStatus(OnwardReferralStatus.Completed), true, false, null, Threshold).IsOnHold);
    }

    [Fact]
    public void A_negative_threshold_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => Assess(OnwardReferralStatus.Requested, threshold: -1));
        Assert.Equal("The waiting time threshold must be 0 days or more", refused.Message);
    }
}
