using Waymark.Domain.Staff;

namespace Waymark.Data.Seeding;

/// <summary>
/// One account per role that anyone trying Waymark can sign in with. The emails and the password are fixed and
/// public (this is open source), so demo data must never be seeded into a database holding real people's records:
/// only `waymark demo` and `waymark db seed` seed, and only into an empty database.
/// </summary>
public static class DemoAccounts
{
    public const string EmailDomain = "demo.waymark.example";

    /// <summary>Shared by every demo account; long enough for Waymark's 12-character rule and Identity's defaults.</summary>
    public const string Password = "Demo-waymark-2026";

    /// <summary>The demo accounts, in role order.</summary>
    public static IReadOnlyList<DemoAccount> All { get; } = [.. StaffRoles.All.Select(role => new DemoAccount(role, EmailFor(role), Password))];

    public static string EmailFor(StaffRole role) => role switch
    {
        StaffRole.Administrator => $"admin@{EmailDomain}",
        _ => $"{StaffRoles.Name(role).ToLowerInvariant()}@{EmailDomain}",
    };
}

public sealed record DemoAccount(StaffRole Role, string Email, string Password);
