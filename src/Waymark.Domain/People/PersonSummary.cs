using Waymark.Domain.Common;

namespace Waymark.Domain.People;

/// <summary>The little of a person that de-duplication needs, so a query can load many cheaply.</summary>
public sealed record PersonSummary(Guid Id, NhsNumber? NhsNumber, string GivenName, string FamilyName, DateOnly DateOfBirth);
