using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Episodes;
using Waymark.Domain.Plans;

namespace Waymark.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.HasOne<Episode>().WithMany().HasForeignKey(p => p.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        // One plan per episode: two saves of a "first goal" at once must not make two plans.
        builder.HasIndex(p => p.EpisodeId).IsUnique();
        builder.Ignore(p => p.OpenGoals);

        // Goals have ids of their own (a changed goal points at its replacement), so they are entities in their own
        // table, always loaded with their plan.
        builder.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Goals).HasField("_goals").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.ToTable("goals");

        // The domain makes the id; a goal added to a loaded plan must be inserted, not taken for an existing row.
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.InTheirWords).HasMaxLength(Goal.WordsMaxLength);
        builder.Property(g => g.WhoHelps).HasMaxLength(Goal.WordsMaxLength);
        builder.Property(g => g.StatusReason).HasMaxLength(Goal.ReasonMaxLength);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Goal>().WithMany().HasForeignKey(g => g.ReplacedById).OnDelete(DeleteBehavior.Restrict);

        // Steps are the person's words, so JSON keeps any commas in them.
        builder.Property(g => g.Steps)
            .HasField("_steps")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonList.Converter<IReadOnlyList<string>, string>(), JsonList.Comparer<IReadOnlyList<string>, string>());

        // Like an episode's allocations, the status history is rows of its own, in the order they happened (the
        // identity key), loaded with the goal. Goals recorded before the history was kept were given their creation
        // and current status by migration GoalStatusHistory.
        builder.OwnsMany(g => g.History, change =>
        {
            change.ToTable("goal_status_changes");
            change.WithOwner().HasForeignKey("GoalId");
            change.Property<int>("Id");
            change.HasKey("Id");
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
            change.Property(c => c.Reason).HasMaxLength(Goal.ReasonMaxLength);
        });
        builder.Navigation(g => g.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
