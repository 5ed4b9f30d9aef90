using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Directory;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.ServicesDirectory;

/// <summary>Runs, pauses, switches to remote only, closes or resumes one listing the caller maintains.</summary>
public sealed class ChangeServiceStatus(AppDbContext db, DirectoryAccess access, TimeProvider clock)
{
    public async Task<Service> ExecuteAsync(
        ClaimsPrincipal user, Guid id, OperatingStatus? to, string? reason, DateOnly? expectedReturn, CancellationToken cancellationToken = default)
    {
        var service = await access.FindForMaintenanceAsync(user, id, cancellationToken);
        var status = to ?? throw new DomainException("Select running, remote only, paused or closed", nameof(Service.OperatingStatus));
        service.ChangeStatus(status, reason, expectedReturn, ContactTime.Today(clock), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }
}

/// <summary>"I have checked this listing": records today and who, so the next check falls due after the interval.</summary>
public sealed class VerifyService(AppDbContext db, DirectoryAccess access, TimeProvider clock)
{
    public async Task<Service> ExecuteAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var service = await access.FindForMaintenanceAsync(user, id, cancellationToken);
        var by = user.UserId() ?? throw new DomainException("Sign in as a member of staff to verify a listing");
        service.Verify(by, ContactTime.Today(clock), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }
}

/// <summary>What a bulk change did to each service, by name.</summary>
public sealed record BulkStatusOutcome(
    IReadOnlyList<string> Changed, IReadOnlyList<string> Unchanged, IReadOnlyList<(string Name, string Reason)> Refused);

/// <summary>
/// One status change to many listings at once (service managers only), through <see cref="DirectoryStatusChange"/>:
/// the reason and date are checked once; services already in the status are left; nonsense is refused per service.
/// </summary>
public sealed class BulkChangeStatus(AppDbContext db, DirectoryAccess access, TimeProvider clock)
{
    public async Task<BulkStatusOutcome> ExecuteAsync(
        ClaimsPrincipal user, IReadOnlyCollection<Guid> ids, OperatingStatus? to, string? reason, DateOnly? expectedReturn,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (!DirectoryAccess.MaintainsWholeDirectory(user))
        {
            throw new DomainException("Only service managers can change many listings at once");
        }

        var status = to ?? throw new DomainException("Select running, remote only, paused or closed", nameof(Service.OperatingStatus));
        var wanted = ids.Distinct().ToList();
        var services = await access.Maintainable(user).Where(s => wanted.Contains(s.Id)).ToListAsync(cancellationToken);
        var result = DirectoryStatusChange.Apply(services, status, reason, expectedReturn, ContactTime.Today(clock), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var names = services.ToDictionary(s => s.Id, s => s.Name);
        return new BulkStatusOutcome(
            [.. result.Changed.Select(c => names[c.ServiceId]).Order(StringComparer.OrdinalIgnoreCase)],
            [.. result.Unchanged.Select(id => names[id]).Order(StringComparer.OrdinalIgnoreCase)],
            [.. result.Refused.Select(r => (names[r.ServiceId], r.Reason)).OrderBy(r => r.Item1, StringComparer.OrdinalIgnoreCase)]);
    }
}

public static class ServicesDirectoryRegistration
{
    public static IServiceCollection AddServicesDirectory(this IServiceCollection services) =>
        services.AddScoped<DirectorySearch>().AddScoped<DirectoryAccess>().AddScoped<DirectoryQueries>().AddScoped<SaveService>()
            .AddScoped<ChangeServiceStatus>().AddScoped<VerifyService>().AddScoped<BulkChangeStatus>();
}
