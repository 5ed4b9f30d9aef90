using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Data.Measures;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.People;
using Waymark.Domain.Plans;

namespace Waymark.Data.Configurations;

// Outcome measures (issue 5). Read paths: the catalogue (url and status), a person's or an episode's responses and
// scores in date order (charts, reviews, schedules), team reports of scores by questionnaire and measure.

internal sealed class QuestionnaireDefinitionConfiguration : IEntityTypeConfiguration<QuestionnaireDefinition>
{
    public void Configure(EntityTypeBuilder<QuestionnaireDefinition> builder)
    {
        builder.ToTable("questionnaire_definitions");

        // The domain makes the id (the built-ins have fixed ones), so an added definition is always inserted.
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Url).HasMaxLength(QuestionnaireDefinition.UrlMaxLength);
        builder.Property(d => d.Version).HasMaxLength(QuestionnaireDefinition.VersionMaxLength);
        builder.Property(d => d.Title).HasMaxLength(QuestionnaireDefinition.TitleMaxLength);
        builder.Property(d => d.Introduction).HasMaxLength(QuestionnaireDefinition.IntroductionMaxLength);
        builder.Property(d => d.LicenceNote).HasMaxLength(QuestionnaireDefinition.LicenceNoteMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(d => d.CanBeAnswered);

        // A url and version name one definition for ever: an import of the same pair must not make a second.
        builder.HasIndex(d => new { d.Url, d.Version }).IsUnique();

        builder.Property(d => d.Items)
            .HasField("_items")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(QuestionnaireContentJson.ItemsConverter(), QuestionnaireContentJson.ItemsComparer())
            .IsRequired();
        builder.Property(d => d.Scoring).HasConversion(QuestionnaireContentJson.ScoringConverter()).IsRequired();
    }
}

internal sealed class QuestionnaireResponseConfiguration : IEntityTypeConfiguration<QuestionnaireResponse>
{
    public void Configure(EntityTypeBuilder<QuestionnaireResponse> builder)
    {
        builder.ToTable("questionnaire_responses");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<QuestionnaireDefinition>().WithMany().HasForeignKey(r => r.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Episode>().WithMany().HasForeignKey(r => r.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.DefinitionUrl).HasMaxLength(QuestionnaireDefinition.UrlMaxLength);
        builder.Property(r => r.DefinitionVersion).HasMaxLength(QuestionnaireDefinition.VersionMaxLength);
        builder.Property(r => r.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Answers).AsJsonColumn("_answers");
        builder.HasIndex(r => new { r.PersonId, r.AnsweredAt });
        builder.HasIndex(r => new { r.EpisodeId, r.DefinitionUrl, r.AnsweredAt });
    }
}

internal sealed class RecordedScoreConfiguration : IEntityTypeConfiguration<RecordedScore>
{
    public void Configure(EntityTypeBuilder<RecordedScore> builder)
    {
        builder.ToTable("measure_scores");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<QuestionnaireResponse>().WithMany().HasForeignKey(s => s.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Episode>().WithMany().HasForeignKey(s => s.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.DefinitionUrl).HasMaxLength(QuestionnaireDefinition.UrlMaxLength);
        builder.Property(s => s.MeasureId).HasMaxLength(QuestionnaireItem.LinkIdMaxLength);
        builder.Property(s => s.MeasureName).HasMaxLength(QuestionnaireItem.NameMaxLength);
        builder.Property(s => s.BandLabel).HasMaxLength(Banding.LabelMaxLength);
        builder.Property(s => s.Value).HasPrecision(9, 2);
        builder.HasIndex(s => new { s.EpisodeId, s.DefinitionUrl, s.MeasureId, s.AnsweredAt });
        builder.HasIndex(s => new { s.PersonId, s.AnsweredAt });
        builder.HasIndex(s => new { s.DefinitionUrl, s.MeasureId, s.AnsweredAt });
    }
}

internal sealed class GoalScoreConfiguration : IEntityTypeConfiguration<GoalScore>
{
    public void Configure(EntityTypeBuilder<GoalScore> builder)
    {
        builder.ToTable("goal_scores");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Goal>().WithMany().HasForeignKey(s => s.GoalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.GoalId, s.At });
    }
}
