using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Conversations;
using Waymark.Domain.Episodes;

namespace Waymark.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    private const int EnumMaxLength = 40;

    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("conversations");
        builder.HasOne<Episode>().WithMany().HasForeignKey(c => c.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.EpisodeId, c.At });
        builder.Property(c => c.WhatMatters).HasMaxLength(Conversation.WordsMaxLength);
        builder.Property(c => c.StrengthsAndWhatIsGoingWell).HasMaxLength(Conversation.WordsMaxLength);
        builder.Property(c => c.WhatTheyWouldLikeToBeDifferent).HasMaxLength(Conversation.WordsMaxLength);
        builder.Property(c => c.StartingDomain).HasConversion<string>().HasMaxLength(EnumMaxLength);

        // Ratings are rows of their own so change in each area of life can be reported across conversations.
        builder.OwnsMany(c => c.Ratings, rating =>
        {
            rating.ToTable("conversation_ratings");
            rating.WithOwner().HasForeignKey("ConversationId");
            rating.Property<int>("Id");
            rating.HasKey("Id");
            rating.Property(r => r.Domain).HasConversion<string>().HasMaxLength(EnumMaxLength);
            rating.Property(r => r.Score);
            rating.Property(r => r.Notes).HasMaxLength(LifeDomainRating.NotesMaxLength);
        });
        builder.Navigation(c => c.Ratings).HasField("_ratings").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
