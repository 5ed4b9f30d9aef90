using Waymark.Domain.Audit;

namespace Waymark.Domain.Tests.Audit;

public sealed class AuditEventShape
{
    [Fact]
    public void An_event_records_actor_action_and_record()
    {
        var userId = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var audit = AuditEvent.Create(at, AuditActor.User(userId), AuditAction.Update, "Organisation", "42", "Name,OdsCode");

        Assert.Equal(AuditActorKind.User, audit.ActorKind);
        Assert.Equal(userId.ToString(), audit.ActorId);
        Assert.Equal(("Organisation", "42", "Name,OdsCode", at), (audit.RecordType, audit.RecordId, audit.Fields, audit.OccurredAt));
    }

    [Fact]
    public void A_very_long_field_list_is_cut_to_fit_the_column()
    {
        var fields = string.Join(',', Enumerable.Repeat("SomeLongFieldName", 100));
        var audit = AuditEvent.Create(DateTimeOffset.UnixEpoch, AuditActor.System("test"), AuditAction.Update, "X", "1", fields);
        Assert.Equal(AuditEvent.FieldsMaxLength, audit.Fields!.Length);
    }
}
