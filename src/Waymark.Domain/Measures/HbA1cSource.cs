namespace Waymark.Domain.Measures;

/// <summary>Where an HbA1c result came from, so a reader knows how far to rely on it.</summary>
public enum HbA1cSource
{
    /// <summary>Read from the person's GP record.</summary>
    GpRecord = 1,

    /// <summary>From a laboratory report (a letter or printout).</summary>
    LabReport = 2,

    /// <summary>The person told us the number.</summary>
    PersonToldUs = 3,

    /// <summary>Somewhere else, described in words.</summary>
    Other = 4,
}
