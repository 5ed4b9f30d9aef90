namespace Waymark.Domain.Directory;

/// <summary>
/// The descriptive ORUK fields of a listing, as entered on a form or read from a feed. <see cref="Service"/> checks
/// and trims them; the field names match the service's properties so errors point at the right input.
/// </summary>
public sealed record ServiceDetails(
    string? Name,
    string? Description = null,
    string? AlternateName = null,
    string? Url = null,
    string? Email = null,
    string? InterpretationServices = null,
    string? ApplicationProcess = null,
    string? FeesDescription = null,
    string? Accreditations = null,
    string? EligibilityDescription = null,
    int? MinimumAge = null,
    int? MaximumAge = null,
    DateOnly? AssuredDate = null,
    string? AssurerEmail = null,
    string? Alert = null,
    string? WaitTime = null);
