using Waymark.Domain.Episodes;
using Waymark.Web.Features.Triage;

namespace Waymark.Web.Pages.Team.Triage;

/// <summary>
/// What the triage form posts: the decision and, for each decision, its own fields (each shown only under its
/// radio). Only the chosen decision's fields go to the use case.
/// </summary>
public sealed class TriageForm
{
    public TriageChoice? Decision { get; set; }

    public Priority? Priority { get; set; }

    public string? AcceptReason { get; set; }

    public string? IneligibleAcceptanceReason { get; set; }

    public DeclineReason? DeclineReason { get; set; }

    public string? Explanation { get; set; }

    public string? Service { get; set; }

    public string? RedirectReason { get; set; }

    public string? PersonDeclinedReason { get; set; }

    public TriageInput ToInput() => Decision switch
    {
        TriageChoice.Accept => new(Decision, Priority, AcceptReason, IneligibleAcceptanceReason),
        TriageChoice.Decline => new(Decision, DeclineReason: DeclineReason, Explanation: Explanation),
        TriageChoice.Redirect => new(Decision, Reason: RedirectReason, Service: Service),
        TriageChoice.PersonDeclined => new(Decision, Reason: PersonDeclinedReason),
        _ => new(null),
    };

    /// <summary>The form field a rule's message belongs by: "Reason" depends on the decision; the rest match by name.</summary>
    public string? FieldFor(string? domainField) => domainField switch
    {
        null => null,
        "Reason" => Decision switch
        {
            TriageChoice.Accept => nameof(AcceptReason),
            TriageChoice.Redirect => nameof(RedirectReason),
            TriageChoice.PersonDeclined => nameof(PersonDeclinedReason),
            _ => null,
        },
        _ => typeof(TriageForm).GetProperty(domainField) is null ? null : domainField,
    };
}
