using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Waymark.Data;
using Waymark.Data.Interceptors;
using Waymark.Domain.Organisations;

namespace Waymark.Bench;

/// <summary>
/// A SQLite database in a temporary file, migrated and filled with generated reference data at scale. The data is
/// deterministic (fixed seed) so runs compare like with like. Later issues add people, referrals and contacts here.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"waymark-bench-{Guid.NewGuid():N}.db");

    public DatabaseSettings Settings => new(DatabaseProvider.Sqlite, $"Data Source={_file}");

    public AppDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.UseDatabase(options, Settings);
        options.AddInterceptors(new AuditSaveChangesInterceptor(new SystemAuditActorAccessor("bench"), TimeProvider.System));
        return new AppDbContext(options.Options);
    }

    public async Task CreateAsync(int organisations)
    {
        await using var db = CreateContext();
        await new DatabaseMigrator(db, Settings, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        var random = new Random(20261121);
        var words = new[] { "Well", "Northfield", "Riverside", "Community", "Hilltop", "Age", "Friends", "Food", "Walk", "Advice", "Carers", "Art" };
        var kinds = Enum.GetValues<OrganisationKind>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < organisations; i++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var name = $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {i}";
            db.Organisations.Add(Organisation.Create(name, kind, kind == OrganisationKind.GpPractice ? $"B{i:D5}" : null, now));
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }

        return ValueTask.CompletedTask;
    }
}
