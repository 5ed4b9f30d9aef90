using Waymark.Domain.Common;

namespace Waymark.Domain.Episodes;

/// <summary>The triage half of the episode: a senior link worker decides what happens to a referral.</summary>
public sealed partial class Episode
{
    private const string OnlyReferredCanBeTriaged = "Only a referral waiting for triage can be triaged";

    public TriageDecision? TriageDecision { get; private set; }

    /// <summary>True when staff accepted a person the programme's rules found ineligible; the reason says why.</summary>
    public bool AcceptedWhileIneligible { get; private set; }

    public string? IneligibleAcceptanceReason { get; private set; }

    public string? PersonDeclinedReason { get; private set; }

    internal void Accept(Priority priority, string? reason, bool isEligible, string? ineligibleAcceptanceReason, Guid by, DateTimeOffset now)
    {
        EnsureStatus(OnlyReferredCanBeTriaged, EpisodeStatus.Referred);
        if (!Enum.IsDefined(priority))
        {
            throw new DomainException("Select a priority for the waiting list", nameof(Priority));
        }

        var why = Text.Optional(reason, "Reason", "the reason", ReasonMaxLength);
        if (!isEligible)
        {
            // Services accept people outside the rules when it is right to (vulnerable people in the pandemic), but
            // the decision must be explained so it can be reviewed.
            IneligibleAcceptanceReason = Text.Required(ineligibleAcceptanceReason, nameof(IneligibleAcceptanceReason),
                "why this person is accepted although they do not meet the programme's rules", ReasonMaxLength);
            AcceptedWhileIneligible = true;
        }

        TriageDecision = new TriageDecision(TriageOutcome.Accepted, by, now, why, Priority: priority);
        Status = EpisodeStatus.Waiting;
        RecordCode(SnomedCodes.ReferralToSocialPrescribing, SnomedCodes.ReferralToSocialPrescribingDisplay, now);
    }

    internal void Decline(DeclineReason reason, string? explanation, Guid by, DateTimeOffset now)
    {
        EnsureStatus(OnlyReferredCanBeTriaged, EpisodeStatus.Referred);
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException("Select why the referral is not appropriate", nameof(DeclineReason));
        }

        var why = Text.Required(explanation, "Explanation", "an explanation for the referrer", ReasonMaxLength);
        TriageDecision = new TriageDecision(TriageOutcome.Declined, by, now, why, DeclineReason: reason);
        Status = EpisodeStatus.Declined;
    }

    internal void Redirect(string? service, string? reason, Guid by, DateTimeOffset now)
    {
        EnsureStatus(OnlyReferredCanBeTriaged, EpisodeStatus.Referred);
        var to = Text.Required(service, "Service", "the service the person is redirected to", ServiceMaxLength);
        var why = Text.Required(reason, "Reason", "why the person is redirected", ReasonMaxLength);
        TriageDecision = new TriageDecision(TriageOutcome.Redirected, by, now, why, RedirectedTo: to);
        Status = EpisodeStatus.Redirected;
    }

    /// <summary>
    /// The person does not want social prescribing. They may say so at triage, while waiting, or once allocated but
    /// before the first contact; after that, ending is a discharge (the person chose to end).
    /// </summary>
    public void RecordPersonDeclined(string? reason, Guid by, DateTimeOffset now)
    {
        EnsureStatus("Only a referral not yet started can be declined by the person; once support has begun, discharge instead",
            EpisodeStatus.Referred, EpisodeStatus.Waiting, EpisodeStatus.Allocated);
        PersonDeclinedReason = Text.Optional(reason, "Reason", "the reason", ReasonMaxLength);
        if (Status == EpisodeStatus.Referred)
        {
            TriageDecision = new TriageDecision(TriageOutcome.PersonDeclined, by, now, PersonDeclinedReason);
        }

        EndCurrentAllocation(now);
        Status = EpisodeStatus.PersonDeclined;
        RecordCode(SnomedCodes.SocialPrescribingDeclined, SnomedCodes.SocialPrescribingDeclinedDisplay, now);
    }
}
