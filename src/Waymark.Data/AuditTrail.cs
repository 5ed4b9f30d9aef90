using Waymark.Data.Interceptors;
using Waymark.Domain.Audit;

namespace Waymark.Data;

/// <summary>
/// The one way to record that someone looked at a sensitive record (a person's record, a referral) or signed in.
/// Writes are audited automatically by <see cref="AuditSaveChangesInterceptor"/>; reads and sign-ins come here.
/// </summary>
public sealed class AuditTrail(AppDbContext db, IAuditActorAccessor actor, TimeProvider clock)
{
    public Task RecordReadAsync<TRecord>(Guid recordId, CancellationToken cancellationToken = default) =>
        RecordAsync(AuditAction.Read, typeof(TRecord).Name, recordId.ToString(), actor.Current, cancellationToken);

    public Task RecordAsync(AuditAction action, string recordType, string recordId, AuditActor who, CancellationToken cancellationToken = default)
    {
        db.AuditEvents.Add(AuditEvent.Create(clock.GetUtcNow(), who, action, recordType, recordId));
        return db.SaveChangesAsync(cancellationToken);
    }
}
