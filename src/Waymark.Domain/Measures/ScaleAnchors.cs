namespace Waymark.Domain.Measures;

/// <summary>The words at each end of a number scale, e.g. 0 "not at all" and 10 "completely".</summary>
public sealed record ScaleAnchors(string AtMin, string AtMax);
