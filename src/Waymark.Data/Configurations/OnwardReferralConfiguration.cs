using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Directory;
using Waymark.Domain.Episodes;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Plans;
using Waymark.Domain.Teams;

namespace Waymark.Data.Configurations;

// Onward referrals (issue 4, items 8–10) and the service gap register (item 12). Read paths: the partner inbox
// (organisation and status), a person's plan (episode), service statistics and on-hold detection (service and status),
// the overdue flag (status and when sent); the gap register's counts by month, need and area.

internal sealed class OnwardReferralConfiguration : IEntityTypeConfiguration<OnwardReferral>
{
    private const int EnumMaxLength = 20;

    public void Configure(EntityTypeBuilder<OnwardReferral> builder)
    {
        builder.ToTable("onward_referrals");
        builder.HasOne<Episode>().WithMany().HasForeignKey(r => r.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Goal>().WithMany().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);

        // Computed from what is stored.
        builder.Ignore(r => r.SentOn);
        builder.Ignore(r => r.LastChange);

        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(r => r.AgreedReason).HasMaxLength(OnwardReferral.AgreedReasonMaxLength);

        builder.HasIndex(r => new { r.OrganisationId, r.Status });
        builder.HasIndex(r => r.EpisodeId);
        builder.HasIndex(r => new { r.ServiceId, r.Status });
        builder.HasIndex(r => new { r.Status, r.SentAt });

        // What is shared is flags, not copies of the person's details: kept in the referral's row (SharedData_Extra,
        // SharedData_Consent_*), the items as a number so one item can be tested with a bitwise and. A new
        // SharedData each time, so no instance is owned twice.
        builder.OwnsOne(r => r.SharedData, shared =>
        {
            shared.Ignore(s => s.IsMinimum);
            shared.Property(s => s.Extra).HasConversion<int>();
            shared.OwnsOne(s => s.Consent, consent => consent.Property(c => c.AgreedTo).HasConversion<int>());
            shared.Navigation(s => s.Consent).IsRequired(false);
        });
        builder.Navigation(r => r.SharedData).IsRequired();

        // Like a goal's status history: rows of their own in the order they happened (the identity key), loaded with
        // the referral, so response times and counts per service can be queried.
        builder.OwnsMany(r => r.History, change =>
        {
            change.ToTable("onward_referral_status_changes");
            change.WithOwner().HasForeignKey("OnwardReferralId");
            change.Property<int>("Id");
            change.HasKey("Id");
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
            change.Property(c => c.Actor).HasConversion<string>().HasMaxLength(EnumMaxLength);
            change.Property(c => c.Reason).HasConversion<string>().HasMaxLength(EnumMaxLength);
            change.Property(c => c.ReasonText).HasMaxLength(OnwardReferral.ReasonTextMaxLength);
            change.Property(c => c.Note).HasMaxLength(OnwardReferral.NoteMaxLength);
        });
        builder.Navigation(r => r.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnmetNeedConfiguration : IEntityTypeConfiguration<UnmetNeed>
{
    private const int EnumMaxLength = 40;

    public void Configure(EntityTypeBuilder<UnmetNeed> builder)
    {
        builder.ToTable("unmet_needs");
        builder.HasOne<Team>().WithMany().HasForeignKey(n => n.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OnwardReferral>().WithMany().HasForeignKey(n => n.OnwardReferralId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(n => n.Need).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(n => n.Reason).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(n => n.Area).HasMaxLength(PostcodeDistrict.MaxLength);
        builder.Property(n => n.Note).HasMaxLength(UnmetNeed.NoteMaxLength);

        // The register is counted by month, need and area; scoped by team.
        builder.HasIndex(n => new { n.Month, n.Need, n.Area });
        builder.HasIndex(n => n.TeamId);
    }
}
