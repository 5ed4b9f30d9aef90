using Waymark.Domain.OnwardReferrals;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Features.Plans;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.OnwardReferrals;

/// <summary>The "refer to a service" form: the goal, signpost or direct, accompanied, the agreed reason and what is shared.</summary>
public sealed class ReferralForm
{
    public Guid? GoalId { get; set; }

    public string? Kind { get; set; }

    public string? Accompanied { get; set; }

    public string? AgreedReason { get; set; }

    public List<string> Extra { get; set; } = [];

    /// <summary>"yes" when the person agreed to share the ticked items.</summary>
    public string? Consent { get; set; }

    public SelectField GoalField(IEnumerable<GoalView> openGoals) =>
        new("Input.GoalId", "Which goal is this for?", GoalId?.ToString(), [.. openGoals.Select(g => new Option(g.Id.ToString(), g.InTheirWords))])
        {
            EmptyOption = "Choose a goal",
        };

    public RadiosField KindField(bool takesDirect) => new("Input.Kind", "How will they be connected?", Kind,
        takesDirect
            ?
            [
                new(nameof(OnwardReferralKind.Direct), "Refer directly", "The service gets the referral in Waymark and replies."),
                new(nameof(OnwardReferralKind.Signpost), "Signpost", "Give the person the details; nothing is sent to the service."),
            ]
            : [new(nameof(OnwardReferralKind.Signpost), "Signpost", "This service does not take referrals through Waymark: give the person the details.")]);

    public RadiosField AccompaniedField => new("Input.Accompanied", "Will someone go with them the first time?", Accompanied,
        [new("yes", "Yes"), new("no", "No")])
    {
        Inline = true,
    };

    public TextareaField ReasonField => new("Input.AgreedReason", "Why they are being referred, in words agreed with them", AgreedReason)
    {
        Hint = "The service reads this. Keep to what the person is happy for them to know.",
        Rows = 4,
        Spellcheck = true,
    };

    public CheckboxesField ExtraField => new("Input.Extra", "Share more, only if the person agrees", Extra, OnwardReferralDisplay.SharedOptions)
    {
        Hint = "Leave these unticked to share only the minimum.",
    };

    public CheckboxesField ConsentField => new("Input.Consent", "Consent", Consent is null ? [] : [Consent],
        [new("yes", "The person agreed to share the items ticked above", "Recorded as their consent, by you, today.")]);

    /// <summary>A draft's details as they are now, to change them (consent is ticked again only for new items).</summary>
    public static ReferralForm From(OnwardReferralView referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new ReferralForm
        {
            GoalId = referral.GoalId,
            Kind = referral.Kind.ToString(),
            Accompanied = referral.Accompanied ? "yes" : "no",
            AgreedReason = referral.AgreedReason,
            Extra = [.. referral.SharedExtra.Each().Select(i => i.ToString())],
        };
    }

    public OnwardReferralInput ToInput(Guid? serviceId, bool send) =>
        new(GoalId, serviceId, ParsedKind, Accompanied == "yes", AgreedReason, ParsedExtra, Consent == "yes", send);

    public OnwardReferralRevision ToRevision(bool send) => new(ParsedKind, Accompanied == "yes", AgreedReason, ParsedExtra, Consent == "yes", send);

    private OnwardReferralKind? ParsedKind => Enum.TryParse<OnwardReferralKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null;

    private SharedDataItems ParsedExtra =>
        Extra.Select(e => Enum.TryParse<SharedDataItems>(e, out var item) ? item : (SharedDataItems)1024).Aggregate(SharedDataItems.None, (all, item) => all | item);
}
