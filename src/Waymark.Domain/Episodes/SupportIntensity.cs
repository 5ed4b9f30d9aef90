namespace Waymark.Domain.Episodes;

/// <summary>
/// How much support a person needs, which weighs on a link worker's caseload: signposting (light, 0.5), standard (1)
/// and intensive (home visits, accompanying; 2). See <c>SupportIntensities.Weight</c>.
/// </summary>
public enum SupportIntensity
{
    Signposting = 1,
    Standard = 2,
    Intensive = 3,
}
