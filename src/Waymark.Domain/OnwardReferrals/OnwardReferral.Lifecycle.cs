using Waymark.Domain.Common;

namespace Waymark.Domain.OnwardReferrals;

/// <summary>
/// The guarded steps of an onward referral. The link worker sends and cancels. The receiving organisation (the
/// partner) answers a direct referral: accepts or rejects it, starts it, puts it on hold, completes it or marks it
/// failed. A signpost is never sent to the organisation, so the link worker records those steps for it when they
/// hear from the person. Rejecting, failing and cancelling need a reason.
/// </summary>
public sealed partial class OnwardReferral
{
    private static readonly OnwardReferralStatus[] Underway =
        [OnwardReferralStatus.Accepted, OnwardReferralStatus.InProgress, OnwardReferralStatus.OnHold];

    /// <summary>
    /// Sends a draft: a direct referral lands in the organisation's inbox; a signpost is recorded as given to the
    /// person. The service must still be taking referrals (and, for a direct referral, take them through Waymark).
    /// </summary>
    public void Send(ReferralTarget service, OnwardReferralActor actor, Guid by, DateTimeOffset now)
    {
        EnsureStatus("Only a draft referral can be sent", OnwardReferralStatus.Draft);
        EnsureLinkWorker(actor, "Only the link worker can send a referral");
        EnsureSameService(service);
        if (!service.IsTakingReferrals)
        {
            throw new DomainException(
                "This service is not taking new referrals just now; choose another service or record an unmet need", nameof(ServiceId));
        }

        if (Kind == OnwardReferralKind.Direct && !service.TakesDirectReferrals)
        {
            throw new DomainException(
                "This service no longer takes referrals through Waymark; change the draft to a signpost", nameof(Kind));
        }

        Record(OnwardReferralStatus.Requested, actor, by, now, null, null, null);
        SentAt = now;
    }

    public void Accept(OnwardReferralActor actor, Guid by, DateTimeOffset now, string? note = null)
    {
        EnsureStatus("Only a requested referral can be accepted", OnwardReferralStatus.Requested);
        EnsureAnsweringSide(actor, "accept it");
        Record(OnwardReferralStatus.Accepted, actor, by, now, null, null, Note(note));
        AnsweredAt ??= now;
    }

    public void Reject(OnwardReferralActor actor, OnwardReferralReason? reason, string? reasonText, Guid by, DateTimeOffset now, string? note = null)
    {
        EnsureStatus("Only a requested referral can be rejected", OnwardReferralStatus.Requested);
        EnsureAnsweringSide(actor, "reject it");
        var (code, words) = RequireReason(reason, reasonText, "was rejected");
        Record(OnwardReferralStatus.Rejected, actor, by, now, code, words, Note(note));
        AnsweredAt ??= now;
    }

    /// <summary>Starts the service for the person, or resumes it after a hold.</summary>
    public void Start(OnwardReferralActor actor, Guid by, DateTimeOffset now, string? note = null)
    {
        EnsureStatus("Only an accepted or on-hold referral can be started", OnwardReferralStatus.Accepted, OnwardReferralStatus.OnHold);
        EnsureAnsweringSide(actor, "start it");
        Record(OnwardReferralStatus.InProgress, actor, by, now, null, null, Note(note));
    }

    public void Hold(OnwardReferralActor actor, Guid by, DateTimeOffset now, string? note = null)
    {
        EnsureStatus("Only an accepted or in-progress referral can be put on hold", OnwardReferralStatus.Accepted, OnwardReferralStatus.InProgress);
        EnsureAnsweringSide(actor, "put it on hold");
        Record(OnwardReferralStatus.OnHold, actor, by, now, null, null, Note(note));
    }

    public void Complete(OnwardReferralActor actor, Guid by, DateTimeOffset now, string? note = null)
    {
        EnsureStatus("Only an accepted, in-progress or on-hold referral can be completed", Underway);
        EnsureAnsweringSide(actor, "complete it");
        Record(OnwardReferralStatus.Completed, actor, by, now, null, null, Note(note));
    }

    public void Fail(OnwardReferralActor actor, OnwardReferralReason? reason, string? reasonText, Guid by, DateTimeOffset now, string? note = null)
    {
        EnsureStatus("Only an accepted, in-progress or on-hold referral can be marked as failed", Underway);
        EnsureAnsweringSide(actor, "mark it as failed");
        var (code, words) = RequireReason(reason, reasonText, "failed");
        Record(OnwardReferralStatus.Failed, actor, by, now, code, words, Note(note));
    }

    /// <summary>
    /// The link worker withdraws the referral — a draft not needed, or the person no longer wants the service — with
    /// a reason. The organisation ends its side by rejecting or marking as failed instead.
    /// </summary>
    public void Cancel(OnwardReferralActor actor, OnwardReferralReason? reason, string? reasonText, Guid by, DateTimeOffset now, string? note = null)
    {
        EnsureStatus(
            "Only a referral that has not ended can be cancelled",
            [OnwardReferralStatus.Draft, OnwardReferralStatus.Requested, .. Underway]);
        EnsureLinkWorker(actor, "Only the link worker can cancel a referral; reject it or mark it as failed, with a reason, instead");
        var (code, words) = RequireReason(reason, reasonText, "is cancelled");
        Record(OnwardReferralStatus.Cancelled, actor, by, now, code, words, Note(note));
    }

    private void EnsureAnsweringSide(OnwardReferralActor actor, string verb)
    {
        EnsureKnown(actor);
        if (Kind == OnwardReferralKind.Direct && actor != OnwardReferralActor.Partner)
        {
            throw new DomainException(
                $"Only the organisation receiving a direct referral can {verb}; you will see their answer here", "Actor");
        }

        if (Kind == OnwardReferralKind.Signpost && actor != OnwardReferralActor.LinkWorker)
        {
            throw new DomainException(
                $"A signpost is not sent to the organisation, so only the link worker can {verb}", "Actor");
        }
    }

    private static (OnwardReferralReason Code, string? Words) RequireReason(OnwardReferralReason? reason, string? text, string what)
    {
        if (reason is not { } code || !Enum.IsDefined(code))
        {
            throw new DomainException($"Select why the referral {what}", "Reason");
        }

        var words = code == OnwardReferralReason.Other
            ? Text.Required(text, "ReasonText", $"why the referral {what}", ReasonTextMaxLength)
            : Text.Optional(text, "ReasonText", "the reason", ReasonTextMaxLength);
        return (code, words);
    }

    private static string? Note(string? note) => Text.Optional(note, "Note", "the note", NoteMaxLength);
}
