using Microsoft.Extensions.Configuration;

namespace Waymark.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Which database Waymark uses: <c>Database:Provider</c> (Sqlite by default, or PostgreSql) and
/// <c>ConnectionStrings:Waymark</c>. Both can come from environment variables (<c>Database__Provider</c>,
/// <c>ConnectionStrings__Waymark</c>). SQLite defaults to a file under <c>data/</c> in the working folder.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/waymark.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var provider = ParseProvider(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Waymark");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    "Database:Provider is PostgreSql but ConnectionStrings:Waymark is not set. Set ConnectionStrings__Waymark, " +
                    "for example Host=localhost;Database=waymark;Username=waymark;Password=...");
        }

        return new DatabaseSettings(provider, connectionString);
    }

    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException($"Database:Provider must be Sqlite or PostgreSql, not '{value}'."),
    };

    public string MigrationsAssembly => Provider == DatabaseProvider.Sqlite ? "Waymark.Data.Sqlite" : "Waymark.Data.PostgreSql";
}
