using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Measures;

namespace Waymark.Data.Measures;

/// <summary>
/// Makes sure the questionnaires Waymark ships (<see cref="BuiltInQuestionnaires"/>) are in the database, so a link
/// worker can ask ONS4 and UCLA-3 from the first day. Idempotent: it adds a missing one and otherwise writes nothing.
/// A built-in is never updated in place: a definition never changes once responses may refer to it, so a corrected
/// wording ships as a new version with a new id. Called at start-up (after migrating) and by demo seeding.
/// </summary>
public static class BuiltInQuestionnaireStore
{
    /// <summary>Adds the built-ins that are missing; returns how many it added.</summary>
    public static async Task<int> EnsureBuiltInQuestionnairesAsync(this AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var builtIns = BuiltInQuestionnaires.All;
        var ids = builtIns.Select(d => d.Id).ToList();
        var present = await db.QuestionnaireDefinitions.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        var missing = builtIns.Where(d => !present.Contains(d.Id)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        db.QuestionnaireDefinitions.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
