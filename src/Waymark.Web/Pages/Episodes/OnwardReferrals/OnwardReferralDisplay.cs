using Waymark.Domain.OnwardReferrals;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>Onward referral words and tags shared by the link worker's and the partner's pages.</summary>
public static class OnwardReferralDisplay
{
    /// <summary>The status as a tag label, sentence case. A sent signpost reads "Signposted".</summary>
    public static string Status(OnwardReferralStatus status, OnwardReferralKind kind = OnwardReferralKind.Direct) => status switch
    {
        OnwardReferralStatus.Draft => "Draft",
        OnwardReferralStatus.Requested => kind == OnwardReferralKind.Signpost ? "Signposted" : "Waiting for a reply",
        OnwardReferralStatus.Accepted => "Accepted",
        OnwardReferralStatus.Rejected => "Not accepted",
        OnwardReferralStatus.InProgress => "Started",
        OnwardReferralStatus.OnHold => "On hold",
        OnwardReferralStatus.Completed => "Completed",
        OnwardReferralStatus.Failed => "Did not work out",
        OnwardReferralStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string TagClass(OnwardReferralStatus status) => status switch
    {
        OnwardReferralStatus.Draft => "nhsuk-tag--grey",
        OnwardReferralStatus.Requested => "nhsuk-tag--blue",
        OnwardReferralStatus.Accepted or OnwardReferralStatus.InProgress => "nhsuk-tag--green",
        OnwardReferralStatus.Completed => "nhsuk-tag--white",
        OnwardReferralStatus.OnHold => "nhsuk-tag--yellow",
        _ => "nhsuk-tag--red",
    };

    public static string Kind(OnwardReferralKind kind) => kind == OnwardReferralKind.Direct ? "Direct referral" : "Signpost";

    /// <summary>The overdue tag, saying the configured number of days.</summary>
    public static string Overdue(int workingDays) => $"No reply after {workingDays} working days";

    public static string Reason(OnwardReferralReason reason) => reason switch
    {
        OnwardReferralReason.NoCapacity => "No capacity",
        OnwardReferralReason.NotEligible => "Not eligible",
        OnwardReferralReason.CouldNotContact => "Could not contact the person",
        OnwardReferralReason.DidNotAttend => "The person did not attend",
        OnwardReferralReason.PersonDeclined => "The person declined",
        OnwardReferralReason.Other => "Another reason",
        _ => reason.ToString(),
    };

    public static IReadOnlyList<Option> ReasonOptions { get; } =
        [.. Enum.GetValues<OnwardReferralReason>().Select(r => new Option(r.ToString(), Reason(r), r == OnwardReferralReason.Other ? "Say what below." : null))];

    public static string Shared(SharedDataItems item) => item switch
    {
        SharedDataItems.DateOfBirth => "Date of birth",
        SharedDataItems.Address => "Address",
        SharedDataItems.CommunicationNeeds => "Communication needs",
        SharedDataItems.RiskSummary => "Risk summary",
        SharedDataItems.RelevantConditions => "Relevant health conditions",
        _ => item.ToString(),
    };

    public static IReadOnlyList<Option> SharedOptions { get; } =
        [.. SharedDataItemsExtensions.All.Each().Select(i => new Option(i.ToString(), Shared(i)))];

    public static string Actor(OnwardReferralActor actor) => actor == OnwardReferralActor.Partner ? "Receiving organisation" : "Link worker";

    public static string Step(OnwardReferralStep step, OnwardReferralKind kind) => step switch
    {
        OnwardReferralStep.Accept => kind == OnwardReferralKind.Signpost ? "The service took them on" : "Accept",
        OnwardReferralStep.Reject => kind == OnwardReferralKind.Signpost ? "The service could not take them on" : "Reject",
        OnwardReferralStep.Start => kind == OnwardReferralKind.Signpost ? "They have started going" : "Started",
        OnwardReferralStep.Hold => "On hold",
        OnwardReferralStep.Complete => kind == OnwardReferralKind.Signpost ? "They have finished" : "Completed",
        OnwardReferralStep.Fail => kind == OnwardReferralKind.Signpost ? "It did not work out" : "Did not work out",
        _ => step.ToString(),
    };

    /// <summary>The answering steps the status allows (the domain still guards them).</summary>
    public static IReadOnlyList<OnwardReferralStep> AnswerSteps(OnwardReferralStatus status) => status switch
    {
        OnwardReferralStatus.Requested => [OnwardReferralStep.Accept, OnwardReferralStep.Reject],
        OnwardReferralStatus.Accepted => [OnwardReferralStep.Start, OnwardReferralStep.Hold, OnwardReferralStep.Complete, OnwardReferralStep.Fail],
        OnwardReferralStatus.InProgress => [OnwardReferralStep.Hold, OnwardReferralStep.Complete, OnwardReferralStep.Fail],
        OnwardReferralStatus.OnHold => [OnwardReferralStep.Start, OnwardReferralStep.Complete, OnwardReferralStep.Fail],
        _ => [],
    };

    public static bool NeedsReason(OnwardReferralStep step) => step is OnwardReferralStep.Reject or OnwardReferralStep.Fail or OnwardReferralStep.Cancel;
}

/// <summary>A step with its reason, as posted from a referral page (link worker's or partner's).</summary>
public sealed class StepForm
{
    public string? Step { get; set; }

    public string? Reason { get; set; }

    public string? ReasonText { get; set; }

    public string? Note { get; set; }

    public RadiosField StepField(IReadOnlyList<OnwardReferralStep> steps, OnwardReferralKind kind) =>
        new("Answer.Step", "What has happened?", Step, [.. steps.Select(s => new Option(s.ToString(), OnwardReferralDisplay.Step(s, kind),
            OnwardReferralDisplay.NeedsReason(s) ? "Say why below." : null))]);

    public RadiosField ReasonField(string prefix, string legend) => new($"{prefix}.Reason", legend, Reason, OnwardReferralDisplay.ReasonOptions);

    public TextareaField ReasonTextField(string prefix) => new($"{prefix}.ReasonText", "The reason in words (needed for another reason)", ReasonText) { Rows = 2 };

    public TextareaField NoteField(string prefix) => new($"{prefix}.Note", "Note (optional)", Note) { Rows = 2 };

    /// <summary>The step's reason and note as the use case takes them; an unknown reason is left for the domain to refuse.</summary>
    public OnwardReferralStepInput Input() => new(Enum.TryParse<OnwardReferralReason>(Reason, out var reason) ? reason : null, ReasonText, Note);
}
