namespace Waymark.Web.Features.People;

/// <summary>The person being registered probably has a record already; the API answers 409 with the matches.</summary>
public sealed class DuplicatePersonException(IReadOnlyList<PersonMatchView> matches)
    : Exception("This person may already have a record. Check the matches, or confirm they are a different person.")
{
    public IReadOnlyList<PersonMatchView> Matches { get; } = matches;
}
