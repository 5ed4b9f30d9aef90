namespace Waymark.Domain.Audit;

/// <summary>
/// One line of the audit trail: who did what to which record, and when. It holds ids and field names only — never
/// names, NHS numbers, postcodes or note text — so the trail itself is not a second copy of anyone's record.
/// </summary>
public sealed class AuditEvent
{
    public const int FieldsMaxLength = 1000;

    private AuditEvent()
    {
        RecordType = string.Empty;
        RecordId = string.Empty;
    }

    public long Id { get; private init; }

    public DateTimeOffset OccurredAt { get; private init; }

    public AuditActorKind ActorKind { get; private init; }

    /// <summary>The user id, API client id or system process name.</summary>
    public string? ActorId { get; private init; }

    public AuditAction Action { get; private init; }

    public string RecordType { get; private init; }

    public string RecordId { get; private init; }

    /// <summary>For updates, the names of the changed fields (comma separated); never their values.</summary>
    public string? Fields { get; private init; }

    public static AuditEvent Create(
        DateTimeOffset occurredAt, AuditActor actor, AuditAction action, string recordType, string recordId, string? fields = null) =>
        new()
        {
            OccurredAt = occurredAt,
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Fields = fields is { Length: > FieldsMaxLength } ? fields[..FieldsMaxLength] : fields,
        };
}

public enum AuditAction
{
    Create = 1,
    Update = 2,
    Delete = 3,
    Read = 4,
    SignIn = 5,
    SignInFailed = 6,
    SignOut = 7,
}

public enum AuditActorKind
{
    System = 0,
    User = 1,
    ApiClient = 2,
}

/// <summary>Who is acting: a signed-in user, an API client, or the system itself (migrations, seeding, the CLI).</summary>
public sealed record AuditActor(AuditActorKind Kind, string? Id)
{
    public static AuditActor System(string process) => new(AuditActorKind.System, process);

    public static AuditActor User(Guid id) => new(AuditActorKind.User, id.ToString());

    public static AuditActor ApiClient(Guid id) => new(AuditActorKind.ApiClient, id.ToString());
}
