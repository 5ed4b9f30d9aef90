using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_services_Id_MinimumAge_MaximumAge",
                table: "services",
                columns: new[] { "Id", "MinimumAge", "MaximumAge" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_services_Id_MinimumAge_MaximumAge",
                table: "services");
        }
    }
}
