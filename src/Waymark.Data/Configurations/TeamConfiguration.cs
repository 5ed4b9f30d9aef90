using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Organisations;
using Waymark.Domain.Teams;

namespace Waymark.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.Property(t => t.Name).HasMaxLength(Team.NameMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ProviderId, t.Name }).IsUnique();
        builder.HasMany(t => t.Practices).WithOne().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Practices).HasField("_practices").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TeamPracticeConfiguration : IEntityTypeConfiguration<TeamPractice>
{
    public void Configure(EntityTypeBuilder<TeamPractice> builder)
    {
        builder.ToTable("team_practices");
        builder.HasKey(p => new { p.TeamId, p.PracticeId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Restrict);
    }
}
