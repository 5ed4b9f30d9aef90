using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Waymark.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Directory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "organisations",
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "organisations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Identifiers",
                table: "organisations",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "LegalStatus",
                table: "organisations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Logo",
                table: "organisations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentOrganisationId",
                table: "organisations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Uri",
                table: "organisations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Website",
                table: "organisations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "YearIncorporated",
                table: "organisations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ExternalIdentifier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ExternalIdentifierType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Addresses = table.Column<string>(type: "text", nullable: false),
                    Accessibility = table.Column<string>(type: "text", nullable: false),
                    Languages = table.Column<string>(type: "text", nullable: false),
                    Phones = table.Column<string>(type: "text", nullable: false),
                    Schedules = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_locations_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "postcode_centroids",
                columns: table => new
                {
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_postcode_centroids", x => x.Postcode);
                });

            migrationBuilder.CreateTable(
                name: "services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    AlternateName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    InterpretationServices = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ApplicationProcess = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FeesDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Accreditations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EligibilityDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MinimumAge = table.Column<int>(type: "integer", nullable: true),
                    MaximumAge = table.Column<int>(type: "integer", nullable: true),
                    AssuredDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AssurerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Alert = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WaitTime = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Phones = table.Column<string>(type: "text", nullable: false),
                    Schedules = table.Column<string>(type: "text", nullable: false),
                    ServiceAreas = table.Column<string>(type: "text", nullable: false),
                    CostOptions = table.Column<string>(type: "text", nullable: false),
                    Contacts = table.Column<string>(type: "text", nullable: false),
                    RequiredDocuments = table.Column<string>(type: "text", nullable: false),
                    Funding = table.Column<string>(type: "text", nullable: false),
                    DeliveryModes = table.Column<int>(type: "integer", nullable: false),
                    WaitingDays = table.Column<int>(type: "integer", nullable: true),
                    AcceptingReferrals = table.Column<bool>(type: "boolean", nullable: false),
                    ReferralMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReferralEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ReferralPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReferralFormUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Cost = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LastVerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastVerifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    VerificationIntervalDays = table.Column<int>(type: "integer", nullable: false),
                    VerificationDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    OperatingStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExpectedReturn = table.Column<DateOnly>(type: "date", nullable: true),
                    Requirements_Cost = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Requirements_NeedsInternet = table.Column<bool>(type: "boolean", nullable: false),
                    Requirements_NeedsToReadEnglish = table.Column<bool>(type: "boolean", nullable: false),
                    Requirements_NeedsToTravel = table.Column<bool>(type: "boolean", nullable: false),
                    Requirements_StepFreeAccess = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "taxonomies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Uri = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_taxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "taxonomy_terms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaxonomyName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    TaxonomyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TermUri = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_taxonomy_terms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_at_locations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LastModified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Schedules = table.Column<string>(type: "text", nullable: false),
                    Phones = table.Column<string>(type: "text", nullable: false),
                    Contacts = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_at_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_at_locations_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_service_at_locations_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_languages",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_languages", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_service_languages_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_attributes",
                columns: table => new
                {
                    RowId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxonomyTermId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_attributes", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_service_attributes_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_service_attributes_taxonomy_terms_TaxonomyTermId",
                        column: x => x.TaxonomyTermId,
                        principalTable: "taxonomy_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_locations_LastModified",
                table: "locations",
                column: "LastModified");

            migrationBuilder.CreateIndex(
                name: "IX_locations_Latitude_Longitude",
                table: "locations",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_locations_OrganisationId",
                table: "locations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_locations_Postcode",
                table: "locations",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_service_at_locations_LocationId",
                table: "service_at_locations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_service_at_locations_ServiceId_LocationId",
                table: "service_at_locations",
                columns: new[] { "ServiceId", "LocationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_attributes_ServiceId",
                table: "service_attributes",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_service_attributes_TaxonomyTermId_ServiceId",
                table: "service_attributes",
                columns: new[] { "TaxonomyTermId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_service_languages_Code_ServiceId",
                table: "service_languages",
                columns: new[] { "Code", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_service_languages_ServiceId",
                table: "service_languages",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_services_Cost",
                table: "services",
                column: "Cost");

            migrationBuilder.CreateIndex(
                name: "IX_services_DeliveryModes",
                table: "services",
                column: "DeliveryModes");

            migrationBuilder.CreateIndex(
                name: "IX_services_LastModified_Id",
                table: "services",
                columns: new[] { "LastModified", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_services_LastVerifiedOn",
                table: "services",
                column: "LastVerifiedOn");

            migrationBuilder.CreateIndex(
                name: "IX_services_MinimumAge_MaximumAge",
                table: "services",
                columns: new[] { "MinimumAge", "MaximumAge" });

            migrationBuilder.CreateIndex(
                name: "IX_services_Name_Id",
                table: "services",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_services_OperatingStatus",
                table: "services",
                column: "OperatingStatus");

            migrationBuilder.CreateIndex(
                name: "IX_services_OrganisationId",
                table: "services",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_services_VerificationDueOn",
                table: "services",
                column: "VerificationDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_services_WaitingDays",
                table: "services",
                column: "WaitingDays");

            migrationBuilder.CreateIndex(
                name: "IX_taxonomy_terms_Code",
                table: "taxonomy_terms",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_taxonomy_terms_ParentId",
                table: "taxonomy_terms",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_taxonomy_terms_TaxonomyId",
                table: "taxonomy_terms",
                column: "TaxonomyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "postcode_centroids");

            migrationBuilder.DropTable(
                name: "service_at_locations");

            migrationBuilder.DropTable(
                name: "service_attributes");

            migrationBuilder.DropTable(
                name: "service_languages");

            migrationBuilder.DropTable(
                name: "taxonomies");

            migrationBuilder.DropTable(
                name: "locations");

            migrationBuilder.DropTable(
                name: "taxonomy_terms");

            migrationBuilder.DropTable(
                name: "services");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "Identifiers",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "LegalStatus",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "Logo",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "ParentOrganisationId",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "Uri",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "Website",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "YearIncorporated",
                table: "organisations");
        }
    }
}
