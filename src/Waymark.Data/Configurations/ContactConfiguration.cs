using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;

namespace Waymark.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    private const int EnumMaxLength = 40;

    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasOne<Episode>().WithMany().HasForeignKey(c => c.EpisodeId).OnDelete(DeleteBehavior.Restrict);

        // An episode's contacts are read in time order, for the schedule and the lost-contact rule.
        builder.HasIndex(c => new { c.EpisodeId, c.At });
        builder.Property(c => c.Mode).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(c => c.Notes).HasMaxLength(Contact.NotesMaxLength);
    }
}

internal sealed class ContactPlanConfiguration : IEntityTypeConfiguration<ContactPlan>
{
    private const int EnumMaxLength = 40;

    public void Configure(EntityTypeBuilder<ContactPlan> builder)
    {
        builder.ToTable("contact_plans");

        // One plan per episode: it is changed in place, never replaced.
        builder.HasOne<Episode>().WithMany().HasForeignKey(p => p.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.EpisodeId).IsUnique();
        builder.Property(p => p.PreferredMode).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(p => p.PreferredTimes).HasMaxLength(ContactPlan.PreferredTimesMaxLength);
    }
}
