using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.People;

public sealed record PersonView(
    Guid Id,
    string? NhsNumber,
    string GivenName,
    string FamilyName,
    string? PreferredName,
    DateOnly DateOfBirth,
    Sex Sex,
    string? GenderIdentity,
    EthnicCategory? EthnicCategory,
    PostalAddress Address,
    string? Phone,
    string? Email,
    Guid? RegisteredPracticeId,
    CommunicationNeedsView CommunicationNeeds,
    IReadOnlyCollection<LongTermCondition> LongTermConditions,
    IReadOnlyCollection<RiskFlag> RiskFlags,
    bool IsCarer,
    IReadOnlyList<EpisodeSummary> Episodes)
{
    public static PersonView From(Person person, IReadOnlyList<EpisodeSummary> episodes) => new(
        person.Id, person.NhsNumber?.Value, person.GivenName, person.FamilyName, person.PreferredName, person.DateOfBirth,
        person.Sex, person.GenderIdentity, person.EthnicCategory, person.Address, person.Phone, person.Email, person.RegisteredPracticeId,
        CommunicationNeedsView.From(person.CommunicationNeeds), [.. person.LongTermConditions], [.. person.RiskFlags], person.IsCarer, episodes);
}

public sealed record CommunicationNeedsView(
    string? PreferredLanguage,
    bool NeedsInterpreter,
    IReadOnlyList<ContactMode> PreferredContactModes,
    string? PreferredTimes,
    bool CanReadEnglishLetters,
    bool NeedsEasyRead,
    bool NeedsLargePrint,
    HearingNeeds Hearing,
    SightNeeds Sight,
    DigitalAccess DigitalAccess)
{
    public static CommunicationNeedsView From(CommunicationNeeds needs) => new(
        needs.PreferredLanguage, needs.NeedsInterpreter, needs.PreferredContactModes, needs.PreferredTimes, needs.CanReadEnglishLetters,
        needs.NeedsEasyRead, needs.NeedsLargePrint, needs.Hearing, needs.Sight, needs.DigitalAccess);
}

public sealed record EpisodeSummary(Guid Id, Guid TeamId, string TeamName, EpisodeStatus Status, DateTimeOffset CreatedAt);

/// <summary>
/// One person's record, if the caller may see it; every view is audited. A record outside the caller's scope is
/// "not found", never "forbidden", so its existence is not given away.
/// </summary>
public sealed class GetPerson(AppDbContext db, PersonAccess access, AuditTrail audit)
{
    public async Task<PersonView> ExecuteAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var person = await access.Visible(user).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("person", id);
        var episodes = await db.Episodes.AsNoTracking().Where(e => e.PersonId == id)
            .Join(db.Teams, e => e.TeamId, t => t.Id, (e, t) => new { e.Id, e.TeamId, TeamName = t.Name, e.Status, e.CreatedAt })
            .ToListAsync(cancellationToken);
        await audit.RecordReadAsync<Person>(id, cancellationToken);
        return PersonView.From(person, [.. episodes
            .OrderByDescending(e => e.CreatedAt)
            .Select(e => new EpisodeSummary(e.Id, e.TeamId, e.TeamName, e.Status, e.CreatedAt))]);
    }
}
