using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Waymark.Domain.Directory;

namespace Waymark.Data.Interceptors;

/// <summary>The columns of service_attributes copied from their service (see DirectoryConfiguration).</summary>
public static class ServiceAttributeCopies
{
    public const string MinimumAge = "MinimumAge";

    public const string MaximumAge = "MaximumAge";

    public const string FirstForTerm = "FirstForTerm";
}

/// <summary>
/// Before each save, copies every added or changed service's ages onto its taxonomy links, and marks the first link
/// to each term, so the ORUK count of a term's services (of an age) reads one index range (see DirectoryConfiguration).
/// The domain knows nothing of these copies; they are a storage detail, like an index.
/// </summary>
public sealed class ServiceAttributeCopiesInterceptor : SaveChangesInterceptor
{
    /// <summary>It holds no state, so every context shares one.</summary>
    public static readonly ServiceAttributeCopiesInterceptor Instance = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Copy(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Copy(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private static void Copy(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges();
        }

        foreach (var service in context.ChangeTracker.Entries<Service>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList())
        {
            var terms = new HashSet<Guid>();
            foreach (var attribute in service.Attributes)
            {
                var entry = context.Entry(attribute);
                if (entry.State == EntityState.Detached)
                {
                    continue;
                }

                Set(entry, ServiceAttributeCopies.MinimumAge, service.MinimumAge);
                Set(entry, ServiceAttributeCopies.MaximumAge, service.MaximumAge);
                Set(entry, ServiceAttributeCopies.FirstForTerm, terms.Add(attribute.TaxonomyTermId));
            }
        }
    }

    private static void Set<T>(EntityEntry entry, string property, T value)
    {
        var copy = entry.Property(property);
        if (!Equals(copy.CurrentValue, value))
        {
            copy.CurrentValue = value;
        }
    }
}
