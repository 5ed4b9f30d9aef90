using Waymark.Domain.Common;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;

namespace Waymark.Web.Features.Referrals;

/// <summary>What was typed on a referral, checked, and the notes as stored and as typed.</summary>
public sealed partial class MakeReferral
{
    /// <summary>
    /// Every rule about what was typed, checked at once so a form can show all its errors together. Uses the
    /// domain's own checks (NHS number, names, date of birth, contact details, needs) so messages match everywhere.
    /// </summary>
    public static List<FieldError> Check(ReferralInput input, bool nhsNumberRequired, bool personAgreedImplied, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Try(Action check, string? field = null)
        {
            try
            {
                check();
            }
            catch (DomainException error)
            {
                errors.Add(new FieldError(field ?? error.Field ?? string.Empty, error.Message));
            }
        }

        if (!string.IsNullOrWhiteSpace(input.NhsNumber))
        {
            Try(() => NhsNumber.Parse(input.NhsNumber, nameof(input.NhsNumber)));
        }
        else if (nhsNumberRequired)
        {
            errors.Add(new FieldError(nameof(input.NhsNumber), "Enter the person's NHS number"));
        }

        Try(() => Text.Required(input.GivenName, nameof(input.GivenName), "the person's first name", Person.NameMaxLength));
        Try(() => Text.Required(input.FamilyName, nameof(input.FamilyName), "the person's last name", Person.NameMaxLength));
        Try(() => Person.Register(null, "-", "-", null, input.DateOfBirth, today, DateTimeOffset.MinValue));
        Try(() => ContactDetails.Phone(input.Phone, nameof(input.Phone)));
        Try(() => ContactDetails.Email(input.Email, nameof(input.Email)));

        if (input.Needs.Count == 0)
        {
            errors.Add(new FieldError(nameof(input.Needs), "Select at least one thing the person needs help with"));
        }

        foreach (var need in input.Needs.DistinctBy(n => n.Category))
        {
            Try(() => ReferralNeed.Of(need.Category, need.InTheirWords), Enum.IsDefined(need.Category) ? $"{nameof(input.Needs)}.{need.Category}" : nameof(input.Needs));
        }

        if (input.Urgency is not { } urgency || !Enum.IsDefined(urgency))
        {
            errors.Add(new FieldError(nameof(input.Urgency), "Select how urgent the referral is"));
        }

        if (!input.PersonAgreed && !personAgreedImplied)
        {
            errors.Add(new FieldError(nameof(input.PersonAgreed), "Confirm the person has agreed to be referred. Nobody is referred without agreeing to it"));
        }

        Try(() => Text.Optional(input.Notes, NotesField, "the notes", NotesMaxLength));
        return errors;
    }

    /// <summary>The referrer's notes with Waymark's own note (a clash to check at triage) after them, a paragraph apart.</summary>
    internal static string? WithNote(string? typed, string? note) =>
        note is null ? typed : string.IsNullOrWhiteSpace(typed) ? note : $"{typed.Trim()}\n\n{note}";

    /// <summary>
    /// The notes as the referrer typed them: stored notes without the paragraphs Waymark added about contact details
    /// that differ from the record (see <see cref="ContactDifference"/>), so a retried API call compares like with like.
    /// </summary>
    internal static string? TypedNotes(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        var paragraphs = stored.Split("\n\n").ToList();
        while (paragraphs.Count > 0 && ContactDifference.IsNote(paragraphs[^1]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        var typed = string.Join("\n\n", paragraphs).Trim();
        return typed.Length == 0 ? null : typed;
    }
}
