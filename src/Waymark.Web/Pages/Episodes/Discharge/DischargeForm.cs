using Waymark.Domain.Episodes;
using Waymark.Web.Features.Discharge;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Discharge;

/// <summary>What the discharge form posts, and how discharge reasons are worded.</summary>
public sealed class DischargeForm
{
    public string? Reason { get; set; }

    public string? Summary { get; set; }

    public static string Describe(DischargeReason reason) => reason switch
    {
        DischargeReason.GoalsAchieved => "Goals achieved",
        DischargeReason.ConnectedToCommunitySupport => "Connected to community support",
        DischargeReason.PersonChoseToEnd => "The person chose to end their support",
        DischargeReason.LostContact => "Lost contact",
        DischargeReason.MovedAway => "Moved away",
        DischargeReason.NeedsMetByAnotherService => "Needs met by another service",
        DischargeReason.Died => "Died",
        DischargeReason.Other => "Other",
        _ => reason.ToString(),
    };

    public static IReadOnlyList<Option> ReasonOptions { get; } =
        [.. Enum.GetValues<DischargeReason>().Select(r => new Option(r.ToString(), Describe(r), r == DischargeReason.LostContact
            ? "Only after real attempts to reach them: see what has been tried below"
            : null))];

    /// <summary>The input for the use case; an unknown reason is left for the use case to ask for again.</summary>
    public DischargeInput ToInput() =>
        new(Enum.TryParse<DischargeReason>(Reason, out var reason) && Enum.IsDefined(reason) ? reason : null, Summary);

    public static string FieldFor(string? domainField) => domainField switch
    {
        "Reason" => "Input.Reason",
        "Summary" => "Input.Summary",
        _ => string.Empty,
    };

    public RadiosField ReasonField => new("Input.Reason", "Why is the person being discharged?", Reason, ReasonOptions);

    public TextareaField SummaryField => new("Input.Summary", "Summary for the referrer and GP", Summary)
    {
        Hint = "What support the person had, what changed for them, and where they are connected now. The referrer and GP will read this.",
        Rows = 8,
        BoldLabel = true,
    };
}
