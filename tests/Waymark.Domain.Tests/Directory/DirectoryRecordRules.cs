using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;
using static Waymark.Domain.Tests.Directory.Listings;
using static Waymark.Domain.Tests.Directory.ServiceRules;

namespace Waymark.Domain.Tests.Directory;

public sealed class DirectoryRecordRules
{
    [Fact]
    public void A_location_keeps_placeholder_coordinates_but_says_they_cannot_be_used_for_distance()
    {
        var location = Location.Create(new LocationDetails(LocationType.Physical, "MyCity Civic Center", Latitude: 100, Longitude: 101), null, Now);
        Assert.Equal((100d, 101d), (location.Latitude, location.Longitude));
        Assert.False(location.HasCoordinates);
        location.Update(new LocationDetails(LocationType.Physical, "Civic Centre", Latitude: 53.8, Longitude: -1.55), null, Now);
        Assert.True(location.HasCoordinates);
    }

    [Fact]
    public void A_location_needs_both_coordinates_or_neither()
    {
        Assert.Equal("Longitude", Refusal(() => Location.Create(new LocationDetails(LocationType.Physical, Latitude: 53.8), null, Now)).Field);
        Assert.Equal("Latitude", Refusal(() => Location.Create(new LocationDetails(LocationType.Physical, Latitude: double.NaN, Longitude: 1), null, Now)).Field);
        Assert.Equal("LocationType", Refusal(() => Location.Create(new LocationDetails((LocationType)8), null, Now)).Field);
    }

    [Fact]
    public void A_location_s_postcode_is_the_first_UK_postcode_among_its_addresses_normalised()
    {
        var location = Location.Create(new LocationDetails(LocationType.Physical), null, Now);
        location.ReplaceAddresses(
            [
                new Address { Address1 = "1-30 Main Street", City = "MyCity", PostalCode = "ABC 1234", Country = "us", AddressType = LocationType.Postal },
                new Address { Address1 = "Civic Hall", City = "Leeds", PostalCode = "ls11ur", Country = "GB" },
            ],
            Now.AddDays(1));
        Assert.Equal("LS1 1UR", location.Postcode);
        Assert.Equal(["ABC 1234", "ls11ur"], location.Addresses.Select(a => a.PostalCode));
        Assert.Equal("US", location.Addresses[0].Country);
        Assert.Equal(Now.AddDays(1), location.LastModified);
        Assert.Equal("Addresses[0].Address1", Refusal(() => location.ReplaceAddresses([new Address { City = "Leeds" }], Now)).Field);
    }

    [Fact]
    public void A_service_at_a_location_needs_both_and_checks_its_own_times_and_phones()
    {
        Assert.Equal("ServiceId", Refusal(() => ServiceAtLocation.Create(Guid.Empty, Guid.CreateVersion7(), null, Now)).Field);
        Assert.Equal("LocationId", Refusal(() => ServiceAtLocation.Create(Guid.CreateVersion7(), Guid.Empty, null, Now)).Field);
        var at = ServiceAtLocation.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Upstairs room", Now);
        Assert.Equal("Schedules[0].ClosesAt", Refusal(() => at.ReplaceSchedules([new Schedule { OpensAt = new TimeOnly(12, 0), ClosesAt = new TimeOnly(9, 0) }], Now)).Field);
        Assert.Equal("Phones[0].Number", Refusal(() => at.ReplacePhones([new Phone { Number = "none" }], Now)).Field);
    }

    [Fact]
    public void A_taxonomy_term_needs_a_name_and_description_and_cannot_be_its_own_parent()
    {
        var id = Guid.CreateVersion7();
        Assert.Equal("Name", Refusal(() => TaxonomyTerm.Create(new TaxonomyTermDetails(null, "Help with money"))).Field);
        Assert.Equal("Description", Refusal(() => TaxonomyTerm.Create(new TaxonomyTermDetails("Money", " "))).Field);
        Assert.Equal("ParentId", Refusal(() => TaxonomyTerm.Create(new TaxonomyTermDetails("Money", "Help with money", ParentId: id), id)).Field);
        Assert.Equal("TermUri", Refusal(() => TaxonomyTerm.Create(new TaxonomyTermDetails("Money", "Help with money", TermUri: "nope"))).Field);
        var term = TaxonomyTerm.Create(new TaxonomyTermDetails("Money", "Help with money", "money", Guid.Empty, "Waymark needs", null, "EN"), id);
        Assert.Equal((id, "money", null, "Waymark needs", "en"), (term.Id, term.Code, term.ParentId, term.TaxonomyName, term.Language));
    }

    [Fact]
    public void A_taxonomy_needs_a_name_and_description() =>
        Assert.Equal("Description", Refusal(() => Taxonomy.Create("Waymark needs", null, null, null)).Field);

    [Theory]
    [InlineData(" ls1 1ur ", 53.8, -1.55, "LS1 1UR")]
    [InlineData("SW1A1AA", -90, 180, "SW1A 1AA")]
    public void Postcode_centroids_are_keyed_by_the_normalised_postcode(string postcode, double latitude, double longitude, string expected) =>
        Assert.Equal(expected, PostcodeCentroid.Create(postcode, latitude, longitude).Postcode);

    [Theory]
    [InlineData("LS1 1UR", 90.01, 0, "Latitude")]
    [InlineData("LS1 1UR", 0, -180.01, "Longitude")]
    [InlineData("LS1", 53.8, -1.55, "Postcode")]
    public void Postcode_centroids_must_be_real_postcodes_and_coordinates(string postcode, double latitude, double longitude, string field) =>
        Assert.Equal(field, Refusal(() => PostcodeCentroid.Create(postcode, latitude, longitude)).Field);

    [Fact]
    public void An_imported_organisation_keeps_its_ORUK_id_and_directory_details()
    {
        var id = Guid.Parse("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
        var organisation = Organisation.Create("Example Organization Inc.", OrganisationKind.Partner, null, Now, id);
        organisation.UpdateDirectoryDetails(
            new OrganisationDirectoryDetails(
                "A non-profit", "http://example.com", "email@example.com", "https://example.com/logo.png", "http://example.com", "Charity", 1998, Guid.Parse("cd09a387-91f4-4555-94ec-e799c35344cd"),
                [new OrganisationIdentifier { IdentifierScheme = "GB-COH", IdentifierType = "Company number", Identifier = "1234567" }]),
            Today);
        Assert.Equal(id, organisation.Id);
        Assert.Equal(("A non-profit", "http://example.com", "email@example.com", "Charity", 1998), (organisation.Description, organisation.Website, organisation.Email, organisation.LegalStatus, organisation.YearIncorporated));
        Assert.Equal("1234567", organisation.Identifiers.Single().Identifier);
        Assert.NotEqual(Guid.Empty, organisation.Identifiers.Single().Id);
    }

    [Fact]
    public void Organisation_directory_details_are_checked()
    {
        var organisation = Organisation.Create("Age Well", OrganisationKind.Partner, null, Now);
        Assert.Equal("Website", Refusal(() => organisation.UpdateDirectoryDetails(new OrganisationDirectoryDetails(Website: "agewell"), Today)).Field);
        Assert.Equal("YearIncorporated", Refusal(() => organisation.UpdateDirectoryDetails(new OrganisationDirectoryDetails(YearIncorporated: Today.Year + 1), Today)).Field);
        Assert.Equal("ParentOrganisationId", Refusal(() => organisation.UpdateDirectoryDetails(new OrganisationDirectoryDetails(ParentOrganisationId: organisation.Id), Today)).Field);
        Assert.Equal("Identifiers[0].Identifier", Refusal(() => organisation.UpdateDirectoryDetails(new OrganisationDirectoryDetails(Identifiers: [new OrganisationIdentifier { IdentifierType = "Charity number" }]), Today)).Field);
        Assert.Null(organisation.Website);
    }
}
