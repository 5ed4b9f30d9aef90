using Waymark.Domain.Audit;

namespace Waymark.Data.Interceptors;

/// <summary>Says who is acting right now. The web app reads the signed-in user or API client; the CLI is the system.</summary>
public interface IAuditActorAccessor
{
    AuditActor Current { get; }
}

/// <summary>The actor for work done outside a request: migrations, seeding, CLI commands.</summary>
public sealed class SystemAuditActorAccessor(string process = "cli") : IAuditActorAccessor
{
    public AuditActor Current { get; } = AuditActor.System(process);
}
