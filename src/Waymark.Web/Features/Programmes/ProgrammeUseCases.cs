using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Programmes;

/// <summary>
/// What an administrator says about a programme. Property names match the domain's field names so its messages land
/// on the right field. Empty lists mean "no limit": any condition, all the team's practices, any area.
/// </summary>
public sealed record ProgrammeInput(
    string? Name,
    int? MinAge,
    int? MaxAge,
    IReadOnlyCollection<LongTermCondition> QualifyingConditions,
    IReadOnlyCollection<Guid> PracticeIds,
    IReadOnlyCollection<string> Areas,
    int? DefaultContactFrequencyDays,
    int? NoContactThresholdDays,
    int? MinAttempts,
    int? MinModes,
    int? MinDays,
    int? ReviewWeeks,
    IReadOnlyCollection<string>? MeasureUrls = null,
    bool? AskMeasuresAtDischarge = null);

/// <summary>A programme as the admin pages list and edit it.</summary>
public sealed record ProgrammeView(
    Guid Id, Guid TeamId, string Name, int? MinAge, int? MaxAge, IReadOnlyCollection<LongTermCondition> QualifyingConditions,
    IReadOnlyCollection<Guid> PracticeIds, IReadOnlyCollection<string> Areas, int DefaultContactFrequencyDays, int NoContactThresholdDays,
    LostContactRule LostContact, int ReviewWeeks, IReadOnlyCollection<string> MeasureUrls, bool AskMeasuresAtDischarge)
{
    public static ProgrammeView From(Programme p) => new(
        p.Id, p.TeamId, p.Name, p.MinAge, p.MaxAge, p.QualifyingConditions, p.PracticeIds, p.Areas, p.DefaultContactFrequencyDays,
        p.NoContactThresholdDays, p.LostContact, p.ReviewWeeks, p.MeasureUrls, p.AskMeasuresAtDischarge);
}

/// <summary>A team's programmes, by name.</summary>
public sealed class ProgrammeQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<ProgrammeView>> ListAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var programmes = await db.Programmes.AsNoTracking().Where(p => p.TeamId == teamId).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. programmes.Select(ProgrammeView.From)];
    }

    public async Task<ProgrammeView?> FindAsync(Guid teamId, Guid id, CancellationToken cancellationToken = default) =>
        await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.TeamId == teamId, cancellationToken) is { } programme
            ? ProgrammeView.From(programme)
            : null;
}

/// <summary>
/// Adds or changes a team's programme: eligibility rules, contact defaults, the lost-contact rule, reviews and the
/// wellbeing measures it asks. The practices must be ones the team covers (a programme cannot take people from outside
/// its team), and the measures active questionnaires in the catalogue. Leaving the measures out (null) keeps them as
/// they are. One save.
/// </summary>
public sealed class SaveProgramme(AppDbContext db, TimeProvider clock)
{
    public const string NameTaken = "The team already has a programme with this name; choose another name";
    public const string UnknownMeasure = "Choose questionnaires from the list: each must be an active questionnaire";

    public async Task<Programme> AddAsync(Guid teamId, ProgrammeInput input, CancellationToken cancellationToken = default)
    {
        await EnsureTeamAsync(teamId, cancellationToken);
        var programme = Programme.Create(teamId, input.Name, clock.GetUtcNow());
        await ApplyAsync(programme, input, cancellationToken);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return programme;
    }

    public async Task<Programme> ChangeAsync(Guid teamId, Guid id, ProgrammeInput input, CancellationToken cancellationToken = default)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id && p.TeamId == teamId, cancellationToken)
            ?? throw new NotFoundException("programme", id);
        programme.Rename(input.Name);
        await ApplyAsync(programme, input, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return programme;
    }

    private async Task EnsureTeamAsync(Guid teamId, CancellationToken cancellationToken)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            throw new NotFoundException("team", teamId);
        }
    }

    private async Task ApplyAsync(Programme programme, ProgrammeInput input, CancellationToken cancellationToken)
    {
        var name = programme.Name;
        if (await db.Programmes.AnyAsync(p => p.TeamId == programme.TeamId && p.Id != programme.Id && p.Name == name, cancellationToken))
        {
            throw new DomainException(NameTaken, nameof(ProgrammeInput.Name));
        }

        programme.SetAgeRange(input.MinAge, input.MaxAge);
        programme.SetQualifyingConditions(input.QualifyingConditions);

        var teamPractices = await db.Teams.Where(t => t.Id == programme.TeamId)
            .SelectMany(t => t.Practices.Select(p => p.PracticeId))
            .ToListAsync(cancellationToken);
        if (input.PracticeIds.Any(id => !teamPractices.Contains(id)))
        {
            throw new DomainException("Choose practices the team covers", nameof(ProgrammeInput.PracticeIds));
        }

        programme.CoverPractices(input.PracticeIds);
        programme.SetAreas(input.Areas);
        programme.SetContactDefaults(
            input.DefaultContactFrequencyDays ?? throw Required(nameof(ProgrammeInput.DefaultContactFrequencyDays), "how often people are contacted, in days"),
            input.NoContactThresholdDays ?? throw Required(nameof(ProgrammeInput.NoContactThresholdDays), "after how many days without contact to alert"));
        programme.SetLostContactRule(new LostContactRule(
            input.MinAttempts ?? throw Required(nameof(ProgrammeInput.MinAttempts), "how many attempts to contact are needed"),
            input.MinModes ?? throw Required(nameof(ProgrammeInput.MinModes), "how many ways of contact are needed"),
            input.MinDays ?? throw Required(nameof(ProgrammeInput.MinDays), "over how many days the attempts must spread")));
        programme.SetReviewWeeks(input.ReviewWeeks ?? throw Required(nameof(ProgrammeInput.ReviewWeeks), "how often plans and measures are reviewed, in weeks"));
        if (input.MeasureUrls is { } urls)
        {
            var wanted = urls.Select(u => u?.Trim()).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var active = await db.QuestionnaireDefinitions.AsNoTracking()
                .Where(d => wanted.Contains(d.Url) && d.Status == QuestionnaireStatus.Active)
                .Select(d => d.Url).Distinct().ToListAsync(cancellationToken);
            if (urls.Any(string.IsNullOrWhiteSpace) || wanted.Any(u => !active.Contains(u)))
            {
                throw new DomainException(UnknownMeasure, nameof(ProgrammeInput.MeasureUrls));
            }

            programme.SetMeasures(wanted, input.AskMeasuresAtDischarge ?? programme.AskMeasuresAtDischarge);
        }
        else if (input.AskMeasuresAtDischarge is { } ask)
        {
            programme.SetMeasures(programme.MeasureUrls, ask);
        }
    }

    private static DomainException Required(string field, string what) => new($"Enter {what}", field);
}
