using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Episodes;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Teams;

namespace Waymark.Data.Configurations;

internal sealed class EpisodeConfiguration : IEntityTypeConfiguration<Episode>
{
    private const int EnumMaxLength = 40;

    public void Configure(EntityTypeBuilder<Episode> builder)
    {
        builder.ToTable("episodes");
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Episode>().WithMany().HasForeignKey(e => e.PreviousEpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Referral>().WithMany().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(e => e.Intensity).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(e => e.IneligibleAcceptanceReason).HasMaxLength(Episode.ReasonMaxLength);
        builder.Property(e => e.PersonDeclinedReason).HasMaxLength(Episode.ReasonMaxLength);
        builder.Property(e => e.DischargeReason).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(e => e.DischargeSummary).HasMaxLength(Episode.SummaryMaxLength);

        // The waiting list and team views filter by team and status; caseloads by the worker holding the episode.
        // The waiting list also has IX_episodes_waiting_list (TeamId, Status, TriageDecision_Priority, CreatedAt, Id),
        // created by hand in migration WaitingListBandIndex because EF Core 10 cannot index a complex type's property.
        builder.HasIndex(e => new { e.TeamId, e.Status });
        builder.HasIndex(e => new { e.WorkerId, e.Status });

        builder.ComplexProperty(e => e.TriageDecision, triage =>
        {
            triage.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(EnumMaxLength);
            triage.Property(t => t.Reason).HasMaxLength(Episode.ReasonMaxLength);
            triage.Property(t => t.Priority).HasConversion<string>().HasMaxLength(EnumMaxLength);
            triage.Property(t => t.DeclineReason).HasConversion<string>().HasMaxLength(EnumMaxLength);
            triage.Property(t => t.RedirectedTo).HasMaxLength(Episode.ServiceMaxLength);
        });

        // Allocations and coded events are rows of their own so continuity of care and GP coding can be queried.
        // The identity key keeps them in the order they happened; handover replaces the ended spell (records are
        // immutable), which EF writes as a delete and an insert.
        builder.OwnsMany(e => e.Allocations, allocation =>
        {
            allocation.ToTable("episode_allocations");
            allocation.WithOwner().HasForeignKey("EpisodeId");
            allocation.Property<int>("Id");
            allocation.HasKey("Id");
            allocation.Property(a => a.Reason).HasMaxLength(Episode.ReasonMaxLength);
            allocation.Property(a => a.OverCapacityReason).HasMaxLength(Episode.ReasonMaxLength);
            allocation.HasIndex(a => a.WorkerId);
        });
        builder.Navigation(e => e.Allocations).HasField("_allocations").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(e => e.CodedEvents, coded =>
        {
            coded.ToTable("episode_coded_events");
            coded.WithOwner().HasForeignKey("EpisodeId");
            coded.Property<int>("Id");
            coded.HasKey("Id");
            coded.Property(c => c.SnomedCode).HasMaxLength(18);
            coded.Property(c => c.Display).HasMaxLength(255);
        });
        builder.Navigation(e => e.CodedEvents).HasField("_codedEvents").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
