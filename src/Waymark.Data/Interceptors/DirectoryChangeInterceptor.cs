using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Waymark.Domain.Directory;

namespace Waymark.Data.Interceptors;

/// <summary>
/// Moves <see cref="DirectoryVersion"/> on when a save adds, changes or deletes directory data: after the save, and
/// again when the transaction it was part of commits (until then other connections still read the old rows, so a
/// reader that rebuilt in between would otherwise keep the old data as new).
/// </summary>
public sealed class DirectoryChangeInterceptor(DirectoryVersion version) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Set by any save of directory rows, including one nested in another interceptor's save (the audit trail saves its
    // events from inside SavedChanges), and cleared once the change is counted.
    private bool _saving;
    private bool _uncommitted;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _saving |= eventData.Context is { } context && TouchesDirectory(context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _saving |= eventData.Context is { } context && TouchesDirectory(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Saved(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommitted = false;
        return Task.CompletedTask;
    }

    private static bool TouchesDirectory(DbContext context) =>
        context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Service or SearchWord or ServiceAttribute or Language or Location or ServiceAtLocation or TaxonomyTerm);

    private void Saved(DbContext? context)
    {
        if (!_saving)
        {
            return;
        }

        _saving = false;
        version.Changed();
        if (context?.Database.CurrentTransaction is not null)
        {
            _uncommitted = true;
        }
    }

    private void Committed()
    {
        if (_uncommitted)
        {
            _uncommitted = false;
            version.Changed();
        }
    }
}
