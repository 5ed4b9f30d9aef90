using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Data.Identity;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Domain.Teams;

namespace Waymark.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganisationId);
        builder.HasIndex(u => u.TeamId);
        builder.Property(u => u.Languages)
            .HasConversion(JsonList.Converter<IReadOnlyList<string>, string>(), JsonList.Comparer<IReadOnlyList<string>, string>())
            .HasMaxLength(500);
    }
}

/// <summary>
/// The roles are a fixed set known to the code, so they are seeded by migration with stable ids and every database
/// has them from the start.
/// </summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) =>
        builder.HasData(StaffRoles.All.Select(role => new IdentityRole<Guid>
        {
            Id = RoleId(role),
            Name = StaffRoles.Name(role),
            NormalizedName = StaffRoles.Name(role).ToUpperInvariant(),
            ConcurrencyStamp = $"role-{(int)role}",
        }));

    public static Guid RoleId(StaffRole role) => new($"00000000-0000-0000-0000-{(int)role:D12}");
}
