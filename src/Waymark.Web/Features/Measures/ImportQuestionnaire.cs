using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Measures;
using Waymark.Web.Features.Measures.Fhir;

namespace Waymark.Web.Features.Measures;

/// <summary>Whether an import added the definition or found it already held, word for word.</summary>
public sealed record ImportedQuestionnaire(QuestionnaireDefinition Definition, bool Added);

/// <summary>
/// Takes a questionnaire definition as FHIR R4 <c>Questionnaire</c> JSON (how a service that holds a licence for
/// SWEMWBS brings it in), checked whole by the domain. Safe to repeat: a url and version already held with the same
/// content is answered as held; with different content it is refused, because responses may already refer to it and
/// a correction must be a new version.
/// </summary>
public sealed class ImportQuestionnaire(AppDbContext db)
{
    public async Task<ImportedQuestionnaire> ExecuteAsync(JsonNode? fhir, CancellationToken cancellationToken = default)
    {
        var incoming = QuestionnaireFhir.FromJson(fhir);
        var held = await db.QuestionnaireDefinitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Url == incoming.Url && d.Version == incoming.Version, cancellationToken);
        if (held is not null)
        {
            return held.HasSameContentAs(incoming)
                ? new ImportedQuestionnaire(held, Added: false)
                : throw new DomainException(
                    $"Version {incoming.Version} of this questionnaire is already held with different content. Give the corrected definition a new version",
                    nameof(QuestionnaireDefinition.Version));
        }

        if (await db.QuestionnaireDefinitions.AnyAsync(d => d.Id == incoming.Id, cancellationToken))
        {
            incoming = QuestionnaireDefinition.Create(
                incoming.Url, incoming.Version, incoming.Title, incoming.Items, incoming.Scoring, incoming.Introduction, incoming.LicenceNote, incoming.Status);
        }

        db.QuestionnaireDefinitions.Add(incoming);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportedQuestionnaire(incoming, Added: true);
    }
}
