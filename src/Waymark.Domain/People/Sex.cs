namespace Waymark.Domain.People;

/// <summary>
/// The person's sex as they state it, following the NHS Data Dictionary's person stated gender code
/// (1 Male, 2 Female, 9 Indeterminate, X Not known). Gender identity is recorded separately, in their own words.
/// </summary>
public enum Sex
{
    /// <summary>Not recorded or not known (code X). The default until someone asks.</summary>
    NotKnown = 0,
    Male = 1,
    Female = 2,

    /// <summary>Unable to be classified as male or female (code 9).</summary>
    Indeterminate = 9,
}
