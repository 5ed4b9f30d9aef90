using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_services_OrganisationId",
                table: "services");

            migrationBuilder.AddColumn<bool>(
                name: "FirstForTerm",
                table: "service_attributes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MaximumAge",
                table: "service_attributes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinimumAge",
                table: "service_attributes",
                type: "integer",
                nullable: true);

            // Fill the copies for links saved before (ServiceAttributeCopiesInterceptor keeps them from now on). The
            // same SQL on both databases: a comparison is a boolean on PostgreSQL and 0 or 1 on SQLite.
            migrationBuilder.Sql("""
                UPDATE service_attributes SET
                    "MinimumAge" = (SELECT s."MinimumAge" FROM services s WHERE s."Id" = service_attributes."ServiceId"),
                    "MaximumAge" = (SELECT s."MaximumAge" FROM services s WHERE s."Id" = service_attributes."ServiceId"),
                    "FirstForTerm" = ("RowId" = (SELECT MIN(a."RowId") FROM service_attributes a
                        WHERE a."ServiceId" = service_attributes."ServiceId" AND a."TaxonomyTermId" = service_attributes."TaxonomyTermId"))
                """);

            migrationBuilder.CreateIndex(
                name: "IX_services_OrganisationId_Name_Id_LastModified",
                table: "services",
                columns: new[] { "OrganisationId", "Name", "Id", "LastModified" });

            migrationBuilder.CreateIndex(
                name: "IX_service_attributes_TaxonomyTermId_FirstForTerm_MinimumAge_M~",
                table: "service_attributes",
                columns: new[] { "TaxonomyTermId", "FirstForTerm", "MinimumAge", "MaximumAge" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_services_OrganisationId_Name_Id_LastModified",
                table: "services");

            migrationBuilder.DropIndex(
                name: "IX_service_attributes_TaxonomyTermId_FirstForTerm_MinimumAge_M~",
                table: "service_attributes");

            migrationBuilder.DropColumn(
                name: "FirstForTerm",
                table: "service_attributes");

            migrationBuilder.DropColumn(
                name: "MaximumAge",
                table: "service_attributes");

            migrationBuilder.DropColumn(
                name: "MinimumAge",
                table: "service_attributes");

            migrationBuilder.CreateIndex(
                name: "IX_services_OrganisationId",
                table: "services",
                column: "OrganisationId");
        }
    }
}
