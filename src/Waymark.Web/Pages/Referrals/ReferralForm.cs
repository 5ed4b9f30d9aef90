using System.Globalization;
using Waymark.Domain.Referrals;
using Waymark.Web.Features.People;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Referrals;

/// <summary>Who the referral form speaks to: the wording changes, the fields barely do.</summary>
public enum ReferralAudience
{
    Referrer = 1,
    Team = 2,
    Self = 3,
}

/// <summary>
/// What the referral form posts, shared by the referrer's form, the team's form and the public self-referral form
/// (one partial: _ReferralForm). Choices arrive as text so an odd value becomes a message, not a binding error.
/// </summary>
public sealed class ReferralForm
{
    public const string Prefix = "Input";
    public const string UnknownPractice = "unknown";

    public string? NhsNumber { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? DateOfBirthDay { get; set; }

    public string? DateOfBirthMonth { get; set; }

    public string? DateOfBirthYear { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public List<string> Needs { get; set; } = [];

    /// <summary>The words for each need, keyed by the need's name (Input.Words[Debt]).</summary>
    public Dictionary<string, string?> Words { get; set; } = [];

    public string? Urgency { get; set; }

    public bool PersonAgreed { get; set; }

    public string? Notes { get; set; }

    public bool ConfirmedDifferentPerson { get; set; }

    /// <summary>
    /// After a possible duplicate: which of the people shown the referral is for (their id), or
    /// <see cref="SomeoneElse"/>. Anything else posted here is a choice the use case refuses.
    /// </summary>
    public string? ExistingPersonId { get; set; }

    public const string SomeoneElse = "someone-else";

    /// <summary>The team's form: how the referral came in.</summary>
    public string? Source { get; set; }

    /// <summary>The team's and the public form: the person's GP practice (an id, or "unknown" on the public form).</summary>
    public string? Practice { get; set; }

    public Guid? PracticeId => Guid.TryParse(Practice, out var id) ? id : null;

    public ReferralSource? SourceChoice => Enum.TryParse<ReferralSource>(Source, out var source) && Enum.IsDefined(source) ? source : null;

    /// <summary>The use case's input, and the date of birth's own error when the three fields are not a date.</summary>
    public ReferralInput ToInput(out FieldError? dateError)
    {
        var date = ReadDate(out dateError);
        var needs = Needs
            .Select(n => Enum.TryParse<NeedCategory>(n, out var need) && Enum.IsDefined(need) ? need : (NeedCategory?)null)
            .OfType<NeedCategory>()
            .Select(n => new NeedInput(n, Words.GetValueOrDefault(n.ToString())))
            .ToList();
        var urgency = Enum.TryParse<Urgency>(Urgency, out var chosen) && Enum.IsDefined(chosen) ? chosen : (Urgency?)null;
        Guid? person = string.IsNullOrWhiteSpace(ExistingPersonId) || ExistingPersonId == SomeoneElse
            ? null
            : Guid.TryParse(ExistingPersonId, out var id) ? id : Guid.Empty;
        return new ReferralInput(NhsNumber, GivenName, FamilyName, date, Phone, Email, needs, urgency, PersonAgreed, Notes,
            ConfirmedDifferentPerson || ExistingPersonId == SomeoneElse, person);
    }

    /// <summary>Where a rule's field appears on this form ("Needs.Other" → the words under "Something else").</summary>
    public static string Key(string field) => field switch
    {
        "" => string.Empty,
        MakeReferral.PracticeField => $"{Prefix}.{nameof(Practice)}",
        _ when field.StartsWith("Needs.", StringComparison.Ordinal) => $"{Prefix}.Words[{field["Needs.".Length..]}]",
        nameof(DateOfBirth) or nameof(NhsNumber) or nameof(GivenName) or nameof(FamilyName) or nameof(Phone) or nameof(Email)
            or nameof(Needs) or nameof(Urgency) or nameof(PersonAgreed) or nameof(Notes) or nameof(Source)
            or nameof(ExistingPersonId) => $"{Prefix}.{field}",
        _ => string.Empty,
    };

    public const string DateOfBirth = "DateOfBirth";

    private DateOnly? ReadDate(out FieldError? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(DateOfBirthDay) && string.IsNullOrWhiteSpace(DateOfBirthMonth) && string.IsNullOrWhiteSpace(DateOfBirthYear))
        {
            return null;
        }

        if (int.TryParse(DateOfBirthDay, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(DateOfBirthMonth, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(DateOfBirthYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        error = new FieldError(DateOfBirth, "Date of birth must be a real date, like 27 3 1962");
        return null;
    }
}

/// <summary>What the _ReferralForm partial needs besides the posted values.</summary>
public sealed record ReferralFormView(ReferralForm Input, ReferralAudience Audience, IReadOnlyList<Option> Practices, IReadOnlyList<PersonMatchView> Matches)
{
    public bool ForSelf => Audience == ReferralAudience.Self;

    /// <summary>The possible duplicates named to the caller, who may say the referral is for one of them.</summary>
    public IReadOnlyList<PersonMatchView> Choices => ForSelf ? [] : [.. Matches.Where(m => m.Id is not null)];

    /// <summary>Possible duplicates the caller may not see: they are told only that someone is known.</summary>
    public int UnnamedMatches => Matches.Count(m => m.Id is null);

    public static string ChoiceText(PersonMatchView match) =>
        $"{match.GivenName} {match.FamilyName}, born {match.DateOfBirth?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}";

    public static string ChoiceHint(PersonMatchView match) =>
        match.NhsNumber is null ? "No NHS number on their record" : $"NHS number {match.NhsNumber}";

    public string NeedText(NeedCategory need) => need == NeedCategory.Other && ForSelf ? "Something else" : ReferralDisplay.Need(need);

    public IReadOnlyList<Option> SourceOptions { get; } =
    [
        new(nameof(ReferralSource.Practice), "A GP practice, by phone or letter", "Their NHS number is needed."),
        new(nameof(ReferralSource.OtherProfessional), "Another professional", "For example, a social worker, a housing officer or a hospital team. Say who in the notes."),
        new(nameof(ReferralSource.Self), "The person themselves, by phone or in person"),
    ];

    public IReadOnlyList<Option> UrgencyOptions => ForSelf
        ?
        [
            new(nameof(Urgency.Routine), "In the next few weeks"),
            new(nameof(Urgency.Soon), "Soon, within 2 weeks"),
            new(nameof(Urgency.Urgent), "As soon as possible"),
        ]
        :
        [
            new(nameof(Urgency.Routine), "Routine"),
            new(nameof(Urgency.Soon), "Soon", "Contact within 2 weeks"),
            new(nameof(Urgency.Urgent), "Urgent", "Contact as soon as possible. Social prescribing is not a crisis service."),
        ];
}
