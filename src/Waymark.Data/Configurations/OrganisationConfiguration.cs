using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;

namespace Waymark.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.OdsCode).HasMaxLength(10);
        builder.HasIndex(o => o.OdsCode).IsUnique();
        builder.HasIndex(o => new { o.Kind, o.Name });

        // Directory details (ORUK organization). The parent is kept as a feed gives it, without a foreign key.
        builder.Property(o => o.Description).HasMaxLength(DirectoryText.DescriptionMaxLength);
        builder.Property(o => o.Website).HasMaxLength(DirectoryFormats.UrlMaxLength);
        builder.Property(o => o.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(o => o.Logo).HasMaxLength(DirectoryFormats.UrlMaxLength);
        builder.Property(o => o.Uri).HasMaxLength(DirectoryFormats.UrlMaxLength);
        builder.Property(o => o.LegalStatus).HasMaxLength(100);
        builder.Property(o => o.Identifiers).AsJsonColumn("_identifiers");
    }
}
