using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Audit;

namespace Waymark.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.RecordType).HasMaxLength(100);
        builder.Property(e => e.RecordId).HasMaxLength(100);
        builder.Property(e => e.Fields).HasMaxLength(AuditEvent.FieldsMaxLength);
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
        builder.HasIndex(e => new { e.ActorId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);
    }
}
