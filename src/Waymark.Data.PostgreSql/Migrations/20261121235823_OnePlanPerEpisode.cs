using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OnePlanPerEpisode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_plans_EpisodeId",
                table: "plans");

            migrationBuilder.CreateIndex(
                name: "IX_plans_EpisodeId",
                table: "plans",
                column: "EpisodeId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_plans_EpisodeId",
                table: "plans");

            migrationBuilder.CreateIndex(
                name: "IX_plans_EpisodeId",
                table: "plans",
                column: "EpisodeId");
        }
    }
}
