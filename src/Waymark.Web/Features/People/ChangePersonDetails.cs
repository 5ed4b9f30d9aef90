using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.People;

/// <summary>Everything on a person's record that a link worker keeps up to date, as one change.</summary>
public sealed record PersonDetailsInput(
    string? NhsNumber,
    string? GivenName,
    string? FamilyName,
    string? PreferredName,
    DateOnly? DateOfBirth,
    Sex Sex,
    string? GenderIdentity,
    EthnicCategory? EthnicCategory,
    string? Line1,
    string? Line2,
    string? Town,
    string? Postcode,
    string? LsoaCode,
    int? ImdDecile,
    Guid? RegisteredPracticeId,
    string? Phone,
    string? Email,
    IReadOnlyList<LongTermCondition> LongTermConditions,
    bool IsCarer,
    string? CaringNote,
    IReadOnlyList<RiskFlag> RiskFlags,
    string? RiskNote,
    string? PreferredLanguage,
    bool NeedsInterpreter,
    IReadOnlyList<ContactMode> PreferredContactModes,
    string? PreferredTimes,
    bool CanReadEnglishLetters,
    bool NeedsEasyRead,
    bool NeedsLargePrint,
    HearingNeeds Hearing,
    SightNeeds Sight,
    DigitalAccess DigitalAccess,
    TravelNeeds Travel);

/// <summary>
/// Several rules refused parts of one change. Each error names its field, so a long form can show them all at once;
/// as a <see cref="DomainException"/> it reads as the first of them.
/// </summary>
public sealed class DomainErrorsException(IReadOnlyList<DomainException> errors)
    : DomainException(errors[0].Message, errors[0].Field)
{
    public IReadOnlyList<DomainException> Errors { get; } = errors;
}

/// <summary>
/// Changes a person's details through the domain's own methods, all or nothing: every rule is checked, every
/// refusal reported together, and the record saved once. An NHS number can be added or corrected but not removed,
/// and one already on another person's record is refused (two records for one person must be merged, not hidden).
/// </summary>
public sealed class ChangePersonDetails(AppDbContext db, PersonAccess access, TimeProvider clock)
{
    public const string NhsNumberOnAnotherRecord =
        "This NHS number is already on another person's record. Check the number, or ask your senior link worker if they are the same person";

    public const string NhsNumberCannotBeRemoved = "Enter the person's NHS number: a number, once recorded, cannot be removed";

    /// <summary>
    /// Applies the change and saves it. With <paramref name="checkOnly"/> (the form already found a part it could not
    /// read) every rule is still checked, so all problems show at once, but nothing is saved.
    /// </summary>
    public async Task<Person> ExecuteAsync(
        ClaimsPrincipal user, Guid id, PersonDetailsInput input, bool checkOnly = false, CancellationToken cancellationToken = default)
    {
        var person = await access.Visible(user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("person", id);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new List<DomainException>();

        void Apply(Action change)
        {
            try
            {
                change();
            }
            catch (DomainException error)
            {
                errors.Add(error);
            }
        }

        await ChangeNhsNumberAsync(person, input.NhsNumber, errors, cancellationToken);
        Apply(() => person.Rename(input.GivenName, input.FamilyName, input.PreferredName));
        Apply(() => person.CorrectDateOfBirth(input.DateOfBirth, today));
        Apply(() => person.ChangeDemographics(input.Sex, input.GenderIdentity, input.EthnicCategory));
        Apply(() => person.ChangeAddress(input.Line1, input.Line2, input.Town, input.Postcode));
        Apply(() => person.ChangeArea(input.LsoaCode, input.ImdDecile));
        Apply(() => person.ChangeContactDetails(input.Phone, input.Email));
        Apply(() => person.ChangeLongTermConditions(input.LongTermConditions));
        Apply(() => person.ChangeCaring(input.IsCarer, input.CaringNote));
        Apply(() => person.ChangeRisks(input.RiskFlags, input.RiskNote));
        Apply(() => person.ChangeCommunicationNeeds(CommunicationNeeds.Create(
            input.PreferredLanguage, input.NeedsInterpreter, input.PreferredContactModes, input.PreferredTimes, input.CanReadEnglishLetters,
            input.NeedsEasyRead, input.NeedsLargePrint, input.Hearing, input.Sight, input.DigitalAccess)));
        Apply(() => person.ChangeTravelNeeds(input.Travel));
        if (input.RegisteredPracticeId is { } practiceId && practiceId != Guid.Empty
            && !await db.Organisations.AnyAsync(o => o.Id == practiceId && o.Kind == OrganisationKind.GpPractice, cancellationToken))
        {
            errors.Add(new DomainException("Select the person's GP practice from the list", nameof(PersonDetailsInput.RegisteredPracticeId)));
        }
        else if (input.RegisteredPracticeId != person.RegisteredPracticeId)
        {
            Apply(() => person.ChangeRegisteredPractice(input.RegisteredPracticeId));
        }

        if (errors.Count > 0 || checkOnly)
        {
            // Nothing half-changed may be saved by a later save in this request (an audited read, say).
            db.ChangeTracker.Clear();
            return errors.Count > 0 ? throw new DomainErrorsException(errors) : person;
        }

        await db.SaveChangesAsync(cancellationToken);
        return person;
    }

    private async Task ChangeNhsNumberAsync(Person person, string? entered, List<DomainException> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(entered))
        {
            if (person.NhsNumber is not null)
            {
                errors.Add(new DomainException(NhsNumberCannotBeRemoved, nameof(PersonDetailsInput.NhsNumber)));
            }

            return;
        }

        if (!NhsNumber.TryParse(entered, out var number, out var invalid))
        {
            errors.Add(new DomainException(invalid, nameof(PersonDetailsInput.NhsNumber)));
            return;
        }

        if (number == person.NhsNumber)
        {
            return;
        }

        // Checked across everyone, not only the people the caller may see: a duplicate elsewhere is still a duplicate.
        if (await db.People.AnyAsync(p => p.NhsNumber == number && p.Id != person.Id, cancellationToken))
        {
            errors.Add(new DomainException(NhsNumberOnAnotherRecord, nameof(PersonDetailsInput.NhsNumber)));
            return;
        }

        if (person.NhsNumber is null)
        {
            person.AddNhsNumber(number.Value);
        }
        else
        {
            person.CorrectNhsNumber(number.Value);
        }
    }
}
