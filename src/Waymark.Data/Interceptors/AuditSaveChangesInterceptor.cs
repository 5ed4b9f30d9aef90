using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Waymark.Domain.Audit;
using Waymark.Domain.Directory;

namespace Waymark.Data.Interceptors;

/// <summary>
/// Writes an audit event for every row added, changed or deleted, in the same transaction as the change. Events
/// carry the record type, its key and the names of changed fields — never values — so nothing personal is copied.
/// Rows whose key the database generates are recorded straight after the save, once the key is known.
/// </summary>
public sealed class AuditSaveChangesInterceptor(IAuditActorAccessor actor, TimeProvider clock) : SaveChangesInterceptor
{
    // Stamps that change on every write and say nothing to an auditor.
    private static readonly HashSet<string> NoiseFields = ["ConcurrencyStamp", "SecurityStamp"];

    private readonly List<(EntityEntry Entry, AuditAction Action)> _awaitingKeys = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Record(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Record(context);
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _awaitingKeys.Count > 0)
        {
            var now = clock.GetUtcNow();
            var events = _awaitingKeys.Select(p => AuditEvent.Create(now, actor.Current, p.Action, TypeName(p.Entry), KeyOf(p.Entry))).ToList();
            _awaitingKeys.Clear();
            context.AddRange(events);
            await context.SaveChangesAsync(cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _awaitingKeys.Count > 0)
        {
            var now = clock.GetUtcNow();
            var events = _awaitingKeys.Select(p => AuditEvent.Create(now, actor.Current, p.Action, TypeName(p.Entry), KeyOf(p.Entry))).ToList();
            _awaitingKeys.Clear();
            context.AddRange(events);
            context.SaveChanges();
        }

        return base.SavedChanges(eventData, result);
    }

    private void Record(DbContext context)
    {
        var now = clock.GetUtcNow();
        var changes = context.ChangeTracker.Entries()
            // A service's search words are derived from its text; the service's own audit row records that change.
            .Where(e => e.Entity is not AuditEvent && e.Entity is not SearchWord && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        foreach (var entry in changes)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };

            if (entry.Metadata.FindPrimaryKey()?.Properties.Any(p => entry.Property(p.Name).IsTemporary) == true)
            {
                _awaitingKeys.Add((entry, action));
                continue;
            }

            string? fields = null;
            if (action == AuditAction.Update)
            {
                // Value objects stored as complex types (a person's address) are named as a whole, not by their parts.
                var changed = entry.Properties.Where(p => p.IsModified && !NoiseFields.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name)
                    .Concat(entry.ComplexProperties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
                    .ToList();
                if (changed.Count == 0)
                {
                    continue;
                }

                fields = string.Join(',', changed);
            }

            context.Add(AuditEvent.Create(now, actor.Current, action, TypeName(entry), KeyOf(entry), fields));
        }
    }

    private static string TypeName(EntityEntry entry) => entry.Metadata.ClrType.Name switch
    {
        // Identity's generic join types read better by what they are.
        "IdentityUserRole`1" => "UserRole",
        "IdentityUserClaim`1" => "UserClaim",
        "IdentityUserLogin`1" => "UserLogin",
        "IdentityUserToken`1" => "UserToken",
        "IdentityRoleClaim`1" => "RoleClaim",
        "IdentityRole`1" => "Role",
        var name => name,
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? "?"
            : string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
