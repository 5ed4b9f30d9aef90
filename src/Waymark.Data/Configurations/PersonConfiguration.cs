using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;

namespace Waymark.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    private const int EnumMaxLength = 40;

    // Flags enums are stored as their names ("HearingAid, HearingLoop"), which can run to several values.
    private const int FlagsMaxLength = 200;

    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");

        // Stored as the 10 digits; a plain unique index, since both databases allow many NULLs in one.
        builder.Property(p => p.NhsNumber)
            .HasConversion(new ValueConverter<NhsNumber, string>(number => number.Value, digits => NhsNumber.Parse(digits, "NhsNumber")))
            .HasMaxLength(10);
        builder.HasIndex(p => p.NhsNumber).IsUnique();

        builder.Property(p => p.GivenName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.FamilyName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.PreferredName).HasMaxLength(Person.NameMaxLength);
        builder.HasIndex(p => new { p.FamilyName, p.GivenName, p.DateOfBirth });

        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(p => p.GenderIdentity).HasMaxLength(Person.GenderIdentityMaxLength);
        builder.Property(p => p.EthnicCategory).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(p => p.LsoaCode).HasMaxLength(9);
        builder.Property(p => p.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);
        builder.Property(p => p.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(p => p.CaringNote).HasMaxLength(Person.CaringNoteMaxLength);
        builder.Property(p => p.RiskNote).HasMaxLength(Person.RiskNoteMaxLength);

        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.RegisteredPracticeId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(p => p.LongTermConditions)
            .HasField("_longTermConditions")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                EnumList.Converter<IReadOnlyCollection<LongTermCondition>, LongTermCondition>(),
                EnumList.Comparer<IReadOnlyCollection<LongTermCondition>, LongTermCondition>())
            .HasMaxLength(1000);
        builder.Property(p => p.RiskFlags)
            .HasField("_riskFlags")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                EnumList.Converter<IReadOnlyCollection<RiskFlag>, RiskFlag>(),
                EnumList.Comparer<IReadOnlyCollection<RiskFlag>, RiskFlag>())
            .HasMaxLength(500);

        // Value objects with shared default instances (PostalAddress.None, CommunicationNeeds.Default): complex
        // types copy values into the person's row, so nothing is shared or tracked by identity.
        builder.ComplexProperty(p => p.Address, address =>
        {
            address.Property(a => a.Line1).HasMaxLength(PostalAddress.LineMaxLength);
            address.Property(a => a.Line2).HasMaxLength(PostalAddress.LineMaxLength);
            address.Property(a => a.Town).HasMaxLength(PostalAddress.LineMaxLength);
            address.Property(a => a.Postcode).HasMaxLength(8);
        });

        builder.Property(p => p.Travel).HasConversion<string>().HasMaxLength(FlagsMaxLength);
        builder.ComplexProperty(p => p.CommunicationNeeds, needs =>
        {
            needs.Property(n => n.PreferredLanguage).HasMaxLength(CommunicationNeeds.LanguageMaxLength);
            needs.Property(n => n.PreferredTimes).HasMaxLength(CommunicationNeeds.PreferredTimesMaxLength);
            needs.Property(n => n.PreferredContactModes)
                .HasConversion(
                    EnumList.Converter<IReadOnlyList<ContactMode>, ContactMode>(),
                    EnumList.Comparer<IReadOnlyList<ContactMode>, ContactMode>())
                .HasMaxLength(200);
            needs.Property(n => n.Hearing).HasConversion<string>().HasMaxLength(FlagsMaxLength);
            needs.Property(n => n.Sight).HasConversion<string>().HasMaxLength(FlagsMaxLength);
            needs.Property(n => n.DigitalAccess).HasConversion<string>().HasMaxLength(EnumMaxLength);
        });
    }
}
