using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Waymark.Data;

/// <summary>
/// Every SQLite connection runs in WAL mode (readers never block the writer) with a busy timeout, so concurrent
/// requests wait briefly for the write lock instead of failing with "database is locked".
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    // Switching to WAL writes to the file, so it is skipped on read-only connections (EF opens one to check the
    // database exists). WAL is a property of the file: once set by any writer it stays set.
    private const string WalPragma = "PRAGMA journal_mode=WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // The pragmas last as long as the native connection, which the pool keeps between opens: each is set up once, not
    // on every open (EF opens the connection for each query, so that was a command per query).
    private static readonly ConditionalWeakTable<sqlite3, object> SetUp = [];

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && !SetUp.TryGetValue(handle, out _))
        {
            var readOnly = new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
            using var command = connection.CreateCommand();
            command.CommandText = readOnly ? Pragmas : WalPragma + Pragmas;
            command.ExecuteNonQuery();
            SetUp.AddOrUpdate(handle, SetUp);
        }
    }

    /// <summary>Makes sure the folder for a file database exists before SQLite tries to create the file.</summary>
    public static string EnsureFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return connectionString;
    }
}
