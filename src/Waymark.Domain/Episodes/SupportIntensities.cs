namespace Waymark.Domain.Episodes;

/// <summary>How much each support intensity weighs on a link worker's caseload (domain model defaults).</summary>
public static class SupportIntensities
{
    public static decimal Weight(SupportIntensity intensity) => intensity switch
    {
        SupportIntensity.Signposting => 0.5m,
        SupportIntensity.Standard => 1m,
        SupportIntensity.Intensive => 2m,
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Unknown support intensity"),
    };
}
