namespace Waymark.Domain.Measures;

/// <summary>
/// Where a questionnaire definition is in its life (FHIR <c>PublicationStatus</c> without "unknown"): a draft is
/// being prepared and cannot be answered yet; an active one is offered to people; a retired one is no longer offered
/// but its responses still score and chart.
/// </summary>
public enum QuestionnaireStatus
{
    Draft,
    Active,
    Retired,
}
