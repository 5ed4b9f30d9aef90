using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Data.Identity;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.People;

namespace Waymark.Data.Configurations;

internal sealed class QuestionnaireInvitationConfiguration : IEntityTypeConfiguration<QuestionnaireInvitation>
{
    public void Configure(EntityTypeBuilder<QuestionnaireInvitation> builder)
    {
        builder.ToTable("questionnaire_invitations");
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Episode>().WithMany().HasForeignKey(i => i.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<QuestionnaireDefinition>().WithMany().HasForeignKey(i => i.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(i => i.SentBy).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Email).HasMaxLength(ContactDetails.EmailMaxLength);

        // A presented token is found by its hash, which is unique (two tokens of 256 random bits never collide).
        builder.Property(i => i.TokenHash).HasMaxLength(QuestionnaireInvitation.HashLength);
        builder.HasIndex(i => i.TokenHash).IsUnique();

        // An episode's sent links are listed newest first.
        builder.HasIndex(i => new { i.EpisodeId, i.SentAt });

        // Spending a link updates "where UsedAt and WithdrawnAt are still what was read": two answers sent at once, or
        // an answer racing a withdrawal, save only one (the other gets a concurrency error and saves nothing).
        builder.Property(i => i.UsedAt).IsConcurrencyToken();
        builder.Property(i => i.WithdrawnAt).IsConcurrencyToken();
    }
}
