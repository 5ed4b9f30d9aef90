using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Measures;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Measures;

/// <summary>
/// Offers a draft questionnaire to link workers (<see cref="QuestionnaireDefinition.Activate"/>) or stops offering one
/// (<see cref="QuestionnaireDefinition.Retire"/>). Responses already recorded keep their scores and charts either way.
/// </summary>
public sealed class ChangeQuestionnaireStatus(AppDbContext db)
{
    public Task<QuestionnaireDefinition> ActivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, d => d.Activate(), cancellationToken);

    public Task<QuestionnaireDefinition> RetireAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, d => d.Retire(), cancellationToken);

    private async Task<QuestionnaireDefinition> ChangeAsync(Guid id, Action<QuestionnaireDefinition> change, CancellationToken cancellationToken)
    {
        var definition = await db.QuestionnaireDefinitions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException("questionnaire", id);
        change(definition);
        await db.SaveChangesAsync(cancellationToken);
        return definition;
    }
}
