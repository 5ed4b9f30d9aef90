using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Measures;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Measures;

/// <summary>
/// The questionnaires held, for choosing one to ask and for reading old responses: definitions are never changed, so
/// each is read untracked. Directory-like reference data: not personal, so reads are not audited.
/// </summary>
public sealed class QuestionnaireCatalogue(AppDbContext db)
{
    /// <summary>Every definition that can be answered now, by title.</summary>
    public async Task<IReadOnlyList<QuestionnaireDefinition>> ActiveAsync(CancellationToken cancellationToken = default) =>
        (await db.QuestionnaireDefinitions.AsNoTracking().Where(d => d.Status == QuestionnaireStatus.Active).ToListAsync(cancellationToken))
            .OrderBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(d => d.Version, StringComparer.Ordinal).ToList();

    /// <summary>Every definition held, whatever its status, by title then version.</summary>
    public async Task<IReadOnlyList<QuestionnaireDefinition>> AllAsync(CancellationToken cancellationToken = default) =>
        (await db.QuestionnaireDefinitions.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(d => d.Version, StringComparer.Ordinal).ToList();

    public Task<QuestionnaireDefinition?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.QuestionnaireDefinitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task<QuestionnaireDefinition> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new NotFoundException("questionnaire", id);

    /// <summary>
    /// The active version of a questionnaire's url, or null. Should two versions be active at once, the higher
    /// version number ("1.10" after "1.9"), compared as numbers where they are numbers.
    /// </summary>
    public async Task<QuestionnaireDefinition?> CurrentAsync(string url, CancellationToken cancellationToken = default) =>
        (await db.QuestionnaireDefinitions.AsNoTracking()
            .Where(d => d.Url == url && d.Status == QuestionnaireStatus.Active)
            .ToListAsync(cancellationToken))
        .OrderByDescending(d => System.Version.TryParse(d.Version, out var number) ? number : null)
        .ThenByDescending(d => d.Version, StringComparer.Ordinal)
        .FirstOrDefault();

    /// <summary>The definitions some responses were given to, by id, to score or export them.</summary>
    public async Task<IReadOnlyDictionary<Guid, QuestionnaireDefinition>> ForResponsesAsync(
        IEnumerable<Guid> definitionIds, CancellationToken cancellationToken = default)
    {
        var ids = definitionIds.Distinct().ToList();
        return await db.QuestionnaireDefinitions.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
    }
}
