using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Web.Features.Episodes;
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
    public string? RegisteredPracticeName { get; init; }

    public string? LsoaCode { get; init; }

    public int? ImdDecile { get; init; }

    public string? CaringNote { get; init; }

    public string? RiskNote { get; init; }

    public TravelNeeds Travel { get; init; }

    public static PersonView From(Person person, IReadOnlyList<EpisodeSummary> episodes, string? practiceName = null) => new(
        person.Id, person.NhsNumber?.Value, person.GivenName, person.FamilyName, person.PreferredName, person.DateOfBirth,
        person.Sex, person.GenderIdentity, person.EthnicCategory, person.Address, person.Phone, person.Email, person.RegisteredPracticeId,
        CommunicationNeedsView.From(person.CommunicationNeeds), [.. person.LongTermConditions], [.. person.RiskFlags], person.IsCarer, episodes)
    {
        RegisteredPracticeName = practiceName,
        LsoaCode = person.LsoaCode,
        ImdDecile = person.ImdDecile,
        CaringNote = person.CaringNote,
        RiskNote = person.RiskNote,
        Travel = person.Travel,
    };
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

/// <summary>
/// One of the person's episodes. Episodes of teams outside the caller's scope show only their team and status:
/// <see cref="Id"/> is null and <see cref="CanOpen"/> false, so nothing more about them can be fetched.
/// </summary>
public sealed record EpisodeSummary(Guid? Id, Guid TeamId, string TeamName, EpisodeStatus Status, DateTimeOffset CreatedAt)
{
    public bool CanOpen => Id is not null;

    /// <summary>When the episode ended (discharge or triage decision), for episodes the caller may open.</summary>
    public DateTimeOffset? EndedAt { get; init; }
}

/// <summary>
/// One person's record, if the caller may see it; every view is audited. A record outside the caller's scope is
/// "not found", never "forbidden", so its existence is not given away.
/// </summary>
public sealed class GetPerson(AppDbContext db, PersonAccess access, EpisodeAccess episodeAccess, AuditTrail audit)
{
    public async Task<PersonView> ExecuteAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var person = await access.Visible(user).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("person", id);
        var episodes = await db.Episodes.AsNoTracking().Where(e => e.PersonId == id)
            .Join(db.Teams, e => e.TeamId, t => t.Id, (e, t) => new { Episode = e, TeamName = t.Name })
            .ToListAsync(cancellationToken);
        var visible = await episodeAccess.Visible(user).Where(e => e.PersonId == id).Select(e => e.Id).ToListAsync(cancellationToken);
        var practiceName = person.RegisteredPracticeId is { } practiceId
            ? await db.Organisations.Where(o => o.Id == practiceId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        await audit.RecordReadAsync<Person>(id, cancellationToken);
        return PersonView.From(person, [.. episodes
            .OrderByDescending(e => e.Episode.CreatedAt)
            .Select(e => visible.Contains(e.Episode.Id)
                ? new EpisodeSummary(e.Episode.Id, e.Episode.TeamId, e.TeamName, e.Episode.Status, e.Episode.CreatedAt)
                {
                    EndedAt = e.Episode.Status.IsEnded() ? e.Episode.DischargedAt ?? e.Episode.TriageDecision?.At : null,
                }
                : new EpisodeSummary(null, e.Episode.TeamId, e.TeamName, e.Episode.Status, e.Episode.CreatedAt))], practiceName);
    }
}
