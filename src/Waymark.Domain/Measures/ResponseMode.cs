namespace Waymark.Domain.Measures;

/// <summary>
/// How the answers were given: asked by the link worker in a conversation (in person or by phone), by the person
/// online through a one-time link, or on paper and typed in later by a member of staff. Kept because the way a
/// question is asked can change the answer, and reports should be able to tell them apart.
/// </summary>
public enum ResponseMode
{
    WithLinkWorker,
    Online,
    Paper,
}
