using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;

namespace Waymark.Data.Configurations;

internal sealed class MeasureDeferralConfiguration : IEntityTypeConfiguration<MeasureDeferral>
{
    public void Configure(EntityTypeBuilder<MeasureDeferral> builder)
    {
        builder.ToTable("measure_deferrals");
        builder.HasOne<Episode>().WithMany().HasForeignKey(d => d.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        // The schedule reads an episode's deferrals (the caseload, a page's episodes) by this index.
        builder.HasIndex(d => new { d.EpisodeId, d.QuestionnaireUrl, d.DeferredAt });
        builder.Property(d => d.QuestionnaireUrl).HasMaxLength(MeasureDeferral.UrlMaxLength);
        builder.Property(d => d.Reason).HasMaxLength(MeasureDeferral.ReasonMaxLength);
    }
}
