using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using static Waymark.Domain.Tests.Episodes.EpisodeFactory;

namespace Waymark.Domain.Tests.Episodes;

public sealed class TriageRules
{
    [Fact]
    public void Accepting_puts_the_person_on_the_waiting_list_with_priority_reason_who_and_when()
    {
        var episode = Referred();
        Triage.Accept(episode, Priority.Urgent, "  Recently bereaved, isolated  ", true, null, SeniorId, Now);

        Assert.Equal(EpisodeStatus.Waiting, episode.Status);
        Assert.Equal(new TriageDecision(TriageOutcome.Accepted, SeniorId, Now, "Recently bereaved, isolated", Priority.Urgent), episode.TriageDecision);
        Assert.False(episode.AcceptedWhileIneligible);
    }

    [Fact]
    public void Accepting_records_the_referral_to_social_prescribing_code_once()
    {
        var episode = Referred();
        Triage.Accept(episode, Priority.Routine, null, true, null, SeniorId, Now);

        var coded = Assert.Single(episode.CodedEvents);
        Assert.Equal(new CodedEvent("871731000000106", "Referral to social prescribing service", Now), coded);
    }

    [Fact]
    public void An_ineligible_person_can_be_accepted_only_with_a_reason()
    {
        var episode = Referred();
        var refused = Assert.Throws<DomainException>(() => Triage.Accept(episode, Priority.Routine, null, false, " ", SeniorId, Now));
        Assert.Equal(nameof(Episode.IneligibleAcceptanceReason), refused.Field);
        Assert.Equal(EpisodeStatus.Referred, episode.Status);

        Triage.Accept(episode, Priority.Routine, null, false, "On the council's vulnerable list", SeniorId, Now);
        Assert.True(episode.AcceptedWhileIneligible);
        Assert.Equal("On the council's vulnerable list", episode.IneligibleAcceptanceReason);
    }

    [Fact]
    public void An_unknown_priority_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => Triage.Accept(Referred(), (Priority)9, null, true, null, SeniorId, Now));
        Assert.Equal("Select a priority for the waiting list", refused.Message);
    }

    [Theory]
    [InlineData(DeclineReason.InCrisis)]
    [InlineData(DeclineReason.NeedsClinicalCare)]
    [InlineData(DeclineReason.OutsideArea)]
    [InlineData(DeclineReason.AlreadySupportedElsewhere)]
    [InlineData(DeclineReason.Other)]
    public void Declining_records_the_reason_and_the_explanation_for_the_referrer(DeclineReason reason)
    {
        var episode = Referred();
        Triage.Decline(episode, reason, "Explained to the referrer", SeniorId, Now);

        Assert.Equal(EpisodeStatus.Declined, episode.Status);
        Assert.Equal(TriageOutcome.Declined, episode.TriageDecision!.Outcome);
        Assert.Equal(reason, episode.TriageDecision.DeclineReason);
        Assert.Equal("Explained to the referrer", episode.TriageDecision.Reason);
        Assert.Empty(episode.CodedEvents);
    }

    [Fact]
    public void Declining_needs_an_explanation()
    {
        var episode = Referred();
        var refused = Assert.Throws<DomainException>(() => Triage.Decline(episode, DeclineReason.InCrisis, "", SeniorId, Now));
        Assert.Equal("Enter an explanation for the referrer", refused.Message);
        Assert.Equal(EpisodeStatus.Referred, episode.Status);
    }

    [Fact]
    public void Declining_needs_a_known_reason()
    {
        Assert.Throws<DomainException>(() => Triage.Decline(Referred(), (DeclineReason)0, "Why", SeniorId, Now));
    }

    [Fact]
    public void Redirecting_records_the_service_and_the_reason()
    {
        var episode = Referred();
        Triage.Redirect(episode, "Citizens Advice", "Debt needs specialist advice", SeniorId, Now);

        Assert.Equal(EpisodeStatus.Redirected, episode.Status);
        Assert.Equal("Citizens Advice", episode.TriageDecision!.RedirectedTo);
        Assert.Equal("Debt needs specialist advice", episode.TriageDecision.Reason);
    }

    [Theory]
    [InlineData(null, "Reason", "Service")]
    [InlineData("Citizens Advice", null, "Reason")]
    public void Redirecting_needs_both_the_service_and_the_reason(string? service, string? reason, string field)
    {
        Assert.Equal(field, Assert.Throws<DomainException>(() => Triage.Redirect(Referred(), service, reason, SeniorId, Now)).Field);
    }

    [Fact]
    public void The_redirect_service_is_bounded()
    {
        var tooLong = new string('a', Episode.ServiceMaxLength + 1);
        Assert.Throws<DomainException>(() => Triage.Redirect(Referred(), tooLong, "Reason", SeniorId, Now));
    }

    [Fact]
    public void A_person_declining_at_triage_records_the_declined_code_and_an_optional_reason()
    {
        var episode = Referred();
        Triage.PersonDeclined(episode, null, SeniorId, Now);

        Assert.Equal(EpisodeStatus.PersonDeclined, episode.Status);
        Assert.Equal(TriageOutcome.PersonDeclined, episode.TriageDecision!.Outcome);
        Assert.Null(episode.PersonDeclinedReason);
        Assert.Equal(new CodedEvent("871711000000103", "Social prescribing declined", Now), Assert.Single(episode.CodedEvents));
    }

    [Fact]
    public void A_person_declining_after_accepting_keeps_the_triage_decision_and_both_codes()
    {
        var episode = InStatus(EpisodeStatus.Allocated);
        episode.RecordPersonDeclined("Has found a group on their own", WorkerId, Now.AddDays(5));

        Assert.Equal(TriageOutcome.Accepted, episode.TriageDecision!.Outcome);
        Assert.Equal("Has found a group on their own", episode.PersonDeclinedReason);
        Assert.Equal([SnomedCodes.ReferralToSocialPrescribing, SnomedCodes.SocialPrescribingDeclined], episode.CodedEvents.Select(c => c.SnomedCode));
        Assert.Null(episode.WorkerId);
        Assert.Equal(Now.AddDays(5), Assert.Single(episode.Allocations).To);
    }

    [Fact]
    public void Once_support_has_begun_the_person_ends_it_by_discharge()
    {
        var refused = Assert.Throws<DomainException>(() => InStatus(EpisodeStatus.Active).RecordPersonDeclined(null, WorkerId, Now));
        Assert.StartsWith("Only a referral not yet started can be declined by the person; once support has begun, discharge instead", refused.Message, StringComparison.Ordinal);
    }
}
