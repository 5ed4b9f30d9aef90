using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Teams;

namespace Waymark.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Name).HasMaxLength(Programme.NameMaxLength);
        builder.HasIndex(p => new { p.TeamId, p.Name });

        builder.Property(p => p.QualifyingConditions)
            .HasField("_qualifyingConditions")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                EnumList.Converter<IReadOnlyCollection<LongTermCondition>, LongTermCondition>(),
                EnumList.Comparer<IReadOnlyCollection<LongTermCondition>, LongTermCondition>())
            .HasMaxLength(1000);

        // Eligibility is checked in memory against the whole programme, so these lists are never queried by item.
        builder.Property(p => p.PracticeIds)
            .HasField("_practiceIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonList.Converter<IReadOnlyCollection<Guid>, Guid>(), JsonList.Comparer<IReadOnlyCollection<Guid>, Guid>());
        builder.Property(p => p.Areas)
            .HasField("_areas")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonList.Converter<IReadOnlyCollection<string>, string>(), JsonList.Comparer<IReadOnlyCollection<string>, string>())
            .HasMaxLength(2000);

        // The measures are read with the programme (the schedule and the caseload), never queried by item.
        builder.Property(p => p.MeasureUrls)
            .HasField("_measureUrls")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonList.Converter<IReadOnlyCollection<string>, string>(), JsonList.Comparer<IReadOnlyCollection<string>, string>())
            .HasMaxLength(4000);
        builder.Property(p => p.AskMeasuresAtDischarge);

        // The rule is a value with its own checks, copied into the programme's row (LostContact_MinAttempts, ...).
        builder.ComplexProperty(p => p.LostContact, rule =>
        {
            rule.Property(r => r.MinAttempts);
            rule.Property(r => r.MinModes);
            rule.Property(r => r.MinDays);
        });
    }
}
