using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddStaffLanguagesAndReferralIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_IdempotencyKey",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_ReferringOrganisationId",
                table: "referrals");

            // Existing accounts speak no other languages yet: an empty JSON list, which the converter reads.
            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "AspNetUsers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ReferrerUserId_IdempotencyKey",
                table: "referrals",
                columns: new[] { "ReferrerUserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ReferringOrganisationId_ReceivedAt",
                table: "referrals",
                columns: new[] { "ReferringOrganisationId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_ReferrerUserId_IdempotencyKey",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_ReferringOrganisationId_ReceivedAt",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_IdempotencyKey",
                table: "referrals",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ReferringOrganisationId",
                table: "referrals",
                column: "ReferringOrganisationId");
        }
    }
}
