namespace Waymark.Domain.People;

/// <summary>
/// A phone number or email address given on a referral that differs from the one already on the person's record.
/// The record keeps its own; <see cref="Note"/> asks whoever triages the referral to check with the person.
/// </summary>
public sealed record ContactDifference(string Field, string Given)
{
    private const string PhoneNote = "Phone number given on this referral (";
    private const string EmailNote = "Email address given on this referral (";
    private const string NoteEnd = ") differs from the one on the person's record: check with the person which to use.";

    public string Note => (Field == nameof(Person.Phone) ? PhoneNote : EmailNote) + Given + NoteEnd;

    /// <summary>Whether a paragraph of a referral's notes is one of these notes rather than something the referrer typed.</summary>
    public static bool IsNote(string paragraph) =>
        paragraph is not null
        && (paragraph.StartsWith(PhoneNote, StringComparison.Ordinal) || paragraph.StartsWith(EmailNote, StringComparison.Ordinal))
        && paragraph.EndsWith(NoteEnd, StringComparison.Ordinal);
}
