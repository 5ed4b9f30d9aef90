using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waymark.Data.Interceptors;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;

namespace Waymark.Data.Configurations;

// The community services directory (ORUK). Read paths to keep fast at 10,000–50,000 services: the ORUK list pages
// (filtered by organisation, taxonomy term, modified_after, text; paged by a stable key), a listing by id, and
// matching (status, ages, delivery modes, waiting time, language, distance). So each service row holds its whole
// listing, with small nested lists as JSON text (see JsonRecords), while everything filtered on is a real, indexed
// column or a table of its own: taxonomy links and languages. Only portable types are used, for both databases.

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    private const int EnumMaxLength = 20;

    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ToTable("services");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.OrukStatus);
        builder.Ignore(s => s.IsTakingReferrals);

        builder.Property(s => s.OrganisationName).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(s => s.Name).HasMaxLength(DirectoryText.NameMaxLength);
        builder.Property(s => s.AlternateName).HasMaxLength(DirectoryText.ShortMaxLength);
        builder.Property(s => s.Description).HasMaxLength(DirectoryText.DescriptionMaxLength);
        builder.Property(s => s.Url).HasMaxLength(DirectoryFormats.UrlMaxLength);
        builder.Property(s => s.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(s => s.InterpretationServices).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(s => s.ApplicationProcess).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(s => s.FeesDescription).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(s => s.Accreditations).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(s => s.EligibilityDescription).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(s => s.AssurerEmail).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(s => s.Alert).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(s => s.WaitTime).HasMaxLength(DirectoryText.ShortMaxLength);

        builder.Property(s => s.OperatingStatus).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(s => s.StatusReason).HasMaxLength(Service.ReasonMaxLength);
        builder.Property(s => s.ReferralMethod).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(s => s.ReferralEmail).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(s => s.ReferralPhone).HasMaxLength(DirectoryFormats.PhoneMaxLength);
        builder.Property(s => s.ReferralFormUrl).HasMaxLength(DirectoryFormats.UrlMaxLength);

        // A number (not names, unlike other flags) so a query can test one mode with a bitwise and.
        builder.Property(s => s.DeliveryModes).HasConversion<int>();

        // Lower-cased words of name, alternate name, description and organisation name (matching reads it); no length
        // limit since descriptions are long. Search uses its words (service_search_words, below).
        builder.Property(s => s.SearchText);

        // Copied into the service's row (Requirements_NeedsInternet, ...). EF Core 10 cannot index a complex type's
        // property; these are low-selectivity flags filtered alongside indexed columns, so none is needed. Cost, the
        // band matching filters by, is the service's own column (the stated band or the one its options show).
        builder.Property(s => s.Cost).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.ComplexProperty(s => s.Requirements, requirements =>
        {
            requirements.Property(r => r.Cost).HasConversion<string>().HasMaxLength(EnumMaxLength);
        });

        builder.Property(s => s.Phones).AsJsonColumn("_phones");
        builder.Property(s => s.Schedules).AsJsonColumn("_schedules");
        builder.Property(s => s.ServiceAreas).AsJsonColumn("_serviceAreas");
        builder.Property(s => s.CostOptions).AsJsonColumn("_costOptions");
        builder.Property(s => s.Contacts).AsJsonColumn("_contacts");
        builder.Property(s => s.RequiredDocuments).AsJsonColumn("_requiredDocuments");
        builder.Property(s => s.Funding).AsJsonColumn("_funding");

        // Filters of the ORUK API and matching. (LastModified, Id) serves modified_after and keyset paging;
        // (Name, Id) the default order; VerificationDueOn the stale listings queue.
        // An organisation's services by name, with what the organisation_id filters test alongside: a page and its count
        // read this index alone, not the services' (wide) rows.
        builder.HasIndex(s => new { s.OrganisationId, s.Name, s.Id, s.LastModified });
        builder.HasIndex(s => s.OperatingStatus);
        builder.HasIndex(s => new { s.LastModified, s.Id });
        builder.HasIndex(s => new { s.Name, s.Id });
        builder.HasIndex(s => new { s.MinimumAge, s.MaximumAge });

        // Covers the ages by id, so counting a term's (or a search word's) services of an age reads this index only,
        // not each service's row (the ORUK count with taxonomy_term_id and age).
        builder.HasIndex(s => new { s.Id, s.MinimumAge, s.MaximumAge });
        builder.HasIndex(s => s.DeliveryModes);
        builder.HasIndex(s => s.WaitingDays);
        builder.HasIndex(s => s.Cost);
        builder.HasIndex(s => s.LastVerifiedOn);
        builder.HasIndex(s => s.VerificationDueOn);

        // Taxonomy links are rows so "services under this term" is an index seek on (TaxonomyTermId, ServiceId).
        // The row key is an identity column: the domain replaces links whole, which EF writes as deletes and inserts.
        builder.OwnsMany(s => s.Attributes, attribute =>
        {
            attribute.ToTable("service_attributes");
            attribute.WithOwner().HasForeignKey("ServiceId");
            attribute.Property<int>("RowId");
            attribute.HasKey("RowId");
            attribute.Property(a => a.Id);
            attribute.Property(a => a.LinkType).HasMaxLength(DirectoryText.ShortMaxLength);
            attribute.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(a => a.TaxonomyTermId).OnDelete(DeleteBehavior.Restrict);
            attribute.HasIndex("TaxonomyTermId", "ServiceId");

            // Copies kept in step by ServiceAttributeCopiesInterceptor, so counting a term's services (of an age) is
            // COUNT(*) over one index range, not a distinct count nor a look-up of every service's row: the service's
            // ages, and whether this is the service's first link to the term (a term may be linked once per link type).
            attribute.Property<int?>(ServiceAttributeCopies.MinimumAge);
            attribute.Property<int?>(ServiceAttributeCopies.MaximumAge);
            attribute.Property<bool>(ServiceAttributeCopies.FirstForTerm);
            attribute.HasIndex("TaxonomyTermId", ServiceAttributeCopies.FirstForTerm, ServiceAttributeCopies.MinimumAge, ServiceAttributeCopies.MaximumAge);
        });
        builder.Navigation(s => s.Attributes).HasField("_attributes").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Languages are rows so a service can be found by language code.
        builder.OwnsMany(s => s.Languages, language =>
        {
            language.ToTable("service_languages");
            language.WithOwner().HasForeignKey("ServiceId");
            language.Property<int>("RowId");
            language.HasKey("RowId");
            language.Property(l => l.Id);
            language.Property(l => l.Name).HasMaxLength(DirectoryText.ShortMaxLength);
            language.Property(l => l.Code).HasMaxLength(20);
            language.Property(l => l.Note).HasMaxLength(DirectoryText.ShortMaxLength);
            language.HasIndex("Code", "ServiceId");
        });
        builder.Navigation(s => s.Languages).HasField("_languages").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The distinct words of SearchText as rows (SearchWordConfiguration). Not owned, so a read that does not need
        // them can leave them out (IgnoreAutoIncludes: the ORUK service and the exporter); they are included by default
        // so a service loaded for a change keeps them in step (the service adds and drops words itself).
        builder.HasMany(s => s.SearchWords).WithOne().HasForeignKey("ServiceId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.SearchWords).HasField("_searchWords").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

// The distinct words of SearchText as rows, so text search is an index range on (Word, ServiceId) — a word prefix —
// instead of a LIKE over every listing. The key (ServiceId, Word) answers "does this service have a word in the range"
// with one seek. The service keeps them in step itself; on PostgreSQL the words compare by code point ("C" collation,
// see AppDbContext) as they do on SQLite, so a prefix is one range.
internal sealed class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>
{
    public void Configure(EntityTypeBuilder<SearchWord> builder)
    {
        builder.ToTable("service_search_words");
        builder.Property<Guid>("ServiceId");
        builder.Property(w => w.Word).HasMaxLength(SearchText.MaxWordLength);
        builder.HasKey("ServiceId", nameof(SearchWord.Word));
        builder.HasIndex(nameof(SearchWord.Word), "ServiceId");
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.ToTable("locations");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.HasCoordinates);
        builder.Property(l => l.LocationType).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Name).HasMaxLength(DirectoryText.ShortMaxLength);
        builder.Property(l => l.Description).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(l => l.ExternalIdentifier).HasMaxLength(DirectoryText.ShortMaxLength);
        builder.Property(l => l.ExternalIdentifierType).HasMaxLength(DirectoryText.ShortMaxLength);
        builder.Property(l => l.Url).HasMaxLength(DirectoryFormats.UrlMaxLength);
        builder.Property(l => l.Postcode).HasMaxLength(8);

        builder.Property(l => l.Addresses).AsJsonColumn("_addresses");
        builder.Property(l => l.Accessibility).AsJsonColumn("_accessibility");
        builder.Property(l => l.Languages).AsJsonColumn("_languages");
        builder.Property(l => l.Phones).AsJsonColumn("_phones");
        builder.Property(l => l.Schedules).AsJsonColumn("_schedules");

        // Distance search narrows by a latitude band first, then by postcode when a location has no coordinates.
        builder.HasIndex(l => new { l.Latitude, l.Longitude });
        builder.HasIndex(l => l.Postcode);
        builder.HasIndex(l => l.LastModified);
    }
}

internal sealed class ServiceAtLocationConfiguration : IEntityTypeConfiguration<ServiceAtLocation>
{
    public void Configure(EntityTypeBuilder<ServiceAtLocation> builder)
    {
        builder.ToTable("service_at_locations");
        builder.HasOne<Service>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Description).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(s => s.Schedules).AsJsonColumn("_schedules");
        builder.Property(s => s.Phones).AsJsonColumn("_phones");
        builder.Property(s => s.Contacts).AsJsonColumn("_contacts");

        // A service is at a location once; the unique index also finds a service's locations.
        builder.HasIndex(s => new { s.ServiceId, s.LocationId }).IsUnique();
        builder.HasIndex(s => s.LocationId);
    }
}

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> builder)
    {
        builder.ToTable("taxonomies");
        builder.Property(t => t.Name).HasMaxLength(DirectoryText.NameMaxLength);
        builder.Property(t => t.Description).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(t => t.Uri).HasMaxLength(DirectoryFormats.UrlMaxLength);
        builder.Property(t => t.Version).HasMaxLength(50);
    }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.ToTable("taxonomy_terms");

        // Parent and taxonomy ids are kept as the feed gives them, without foreign keys (see TaxonomyTerm).
        builder.Property(t => t.Code).HasMaxLength(100);
        builder.Property(t => t.Name).HasMaxLength(DirectoryText.NameMaxLength);
        builder.Property(t => t.Description).HasMaxLength(DirectoryText.LongMaxLength);
        builder.Property(t => t.TaxonomyName).HasMaxLength(DirectoryText.ShortMaxLength);
        builder.Property(t => t.Language).HasMaxLength(20);
        builder.Property(t => t.TermUri).HasMaxLength(DirectoryFormats.UrlMaxLength);
        builder.HasIndex(t => t.Code);
        builder.HasIndex(t => t.ParentId);
        builder.HasIndex(t => t.TaxonomyId);
    }
}

internal sealed class PostcodeCentroidConfiguration : IEntityTypeConfiguration<PostcodeCentroid>
{
    public void Configure(EntityTypeBuilder<PostcodeCentroid> builder)
    {
        builder.ToTable("postcode_centroids");
        builder.HasKey(c => c.Postcode);
        builder.Property(c => c.Postcode).HasMaxLength(8);
    }
}
