using Microsoft.AspNetCore.Mvc.ModelBinding;
using Waymark.Domain.Common;
using Waymark.Web.Features.People;
using Waymark.Web.Features.Referrals;

namespace Waymark.Web.Pages.Referrals;

/// <summary>Turns what the referral use case refused into the form's error summary and inline messages.</summary>
public static class ReferralFormErrors
{
    public const string PossibleDuplicate =
        "This person may already be known to the service. Add their NHS number, or confirm they are a different person";

    public const string ChooseWhoItIs =
        "This person may already be known to the service. Select who the referral is for, or select none of these if it is someone else";

    /// <summary>
    /// Runs the use case; on a refusal fills ModelState (every error at once) and returns null. A possible
    /// duplicate sets <paramref name="matches"/> so the form can ask whether it is a different person.
    /// </summary>
    public static async Task<ReferralMade?> TryAsync(
        ModelStateDictionary modelState, FieldError? dateError, Func<Task<ReferralMade>> make, Action<IReadOnlyList<PersonMatchView>> matches)
    {
        // An unreadable date reaches the use case as no date, so it is always refused with every other error too.
        try
        {
            return await make();
        }
        catch (InvalidReferralException invalid)
        {
            matches(invalid.Matches);
            var canChoose = invalid.Matches.Any(m => m.Id is not null);

            // A refused choice belongs to the list of people; with nobody left to list, to the form as a whole.
            Add(modelState, invalid.Errors.Select(e => e.Field == MakeReferral.ExistingPersonField && !canChoose ? e with { Field = string.Empty } : e), dateError);
        }
        catch (DuplicatePersonException duplicate)
        {
            matches(duplicate.Matches);
            if (duplicate.Matches.Any(m => m.Id is not null))
            {
                modelState.AddModelError($"{ReferralForm.Prefix}.{nameof(ReferralForm.ExistingPersonId)}", ChooseWhoItIs);
            }
            else
            {
                modelState.AddModelError($"{ReferralForm.Prefix}.{nameof(ReferralForm.ConfirmedDifferentPerson)}", PossibleDuplicate);
            }
        }
        catch (DomainException error)
        {
            modelState.AddModelError(ReferralForm.Key(error.Field ?? string.Empty), error.Message);
        }

        return null;
    }

    /// <summary>The order of the fields on the form, so the error summary lists errors in that order (see IOrderedFormErrors).</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
    [
        string.Empty, "Input.Source", "Input.Practice", "Input.NhsNumber", "Input.GivenName", "Input.FamilyName", "Input.DateOfBirth",
        "Input.Phone", "Input.Email", "Input.ExistingPersonId", "Input.ConfirmedDifferentPerson", "Input.Needs", "Input.Words", "Input.Urgency", "Input.PersonAgreed", "Input.Notes",
    ];

    private static void Add(ModelStateDictionary modelState, IEnumerable<FieldError> errors, FieldError? dateError)
    {
        foreach (var error in errors.Select(e => dateError is not null && e.Field == ReferralForm.DateOfBirth ? dateError : e))
        {
            modelState.AddModelError(ReferralForm.Key(error.Field), error.Message);
        }
    }
}
