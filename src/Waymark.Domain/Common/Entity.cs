namespace Waymark.Domain.Common;

/// <summary>Anything with an identity that the audit trail can name by type and id.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
