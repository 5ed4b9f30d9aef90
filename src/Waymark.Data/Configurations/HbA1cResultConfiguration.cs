using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.People;

namespace Waymark.Data.Configurations;

internal sealed class HbA1cResultConfiguration : IEntityTypeConfiguration<HbA1cResult>
{
    private const int EnumMaxLength = 40;

    public void Configure(EntityTypeBuilder<HbA1cResult> builder)
    {
        builder.ToTable("hba1c_results");
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Episode>().WithMany().HasForeignKey(r => r.EpisodeId).OnDelete(DeleteBehavior.Restrict);

        // A person's results are read in the order the samples were taken.
        builder.HasIndex(r => new { r.PersonId, r.TakenOn });
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(r => r.SourceDetail).HasMaxLength(HbA1cResult.SourceDetailMaxLength);
    }
}
