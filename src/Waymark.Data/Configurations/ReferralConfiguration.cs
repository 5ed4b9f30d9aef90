using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Referrals;

namespace Waymark.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    private const int EnumMaxLength = 40;

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ReferringOrganisationId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(r => r.ReferrerNotes).HasMaxLength(Referral.ReferrerNotesMaxLength);

        // A retried submission must not make a second referral. Keys are the caller's own, so they are unique per
        // referrer (an API client's id for system referrals), not across callers. A plain unique index, since both
        // databases allow many NULLs in one (most referrals come through forms and have no key).
        builder.Property(r => r.IdempotencyKey).HasMaxLength(Referral.IdempotencyKeyMaxLength);
        builder.HasIndex(r => new { r.ReferrerUserId, r.IdempotencyKey }).IsUnique();
        builder.HasIndex(r => r.ReceivedAt);

        // A referrer's list: their practice's referrals, newest first.
        builder.HasIndex(r => new { r.ReferringOrganisationId, r.ReceivedAt });

        // Needs are rows of their own so referral reasons can be counted by category; the identity key keeps the
        // referrer's order.
        builder.OwnsMany(r => r.Needs, need =>
        {
            need.ToTable("referral_needs");
            need.WithOwner().HasForeignKey("ReferralId");
            need.Property<int>("Id");
            need.HasKey("Id");
            need.Property(n => n.Category).HasConversion<string>().HasMaxLength(EnumMaxLength);
            need.Property(n => n.InTheirWords).HasMaxLength(ReferralNeed.InTheirWordsMaxLength);
        });
        builder.Navigation(r => r.Needs).HasField("_needs").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
