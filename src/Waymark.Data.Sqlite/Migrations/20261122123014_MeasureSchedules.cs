using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeasureSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AskMeasuresAtDischarge",
                table: "programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "MeasureUrls",
                table: "programmes",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                // Existing programmes ask ONS4 and UCLA-3, as new ones do.
                defaultValue: "[\"https://waymark.nhs.uk/fhir/Questionnaire/ons4\",\"https://waymark.nhs.uk/fhir/Questionnaire/ucla3\"]");

            migrationBuilder.CreateTable(
                name: "measure_deferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionnaireUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeferredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeferredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_deferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_measure_deferrals_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_measure_deferrals_EpisodeId_QuestionnaireUrl_DeferredAt",
                table: "measure_deferrals",
                columns: new[] { "EpisodeId", "QuestionnaireUrl", "DeferredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measure_deferrals");

            migrationBuilder.DropColumn(
                name: "AskMeasuresAtDischarge",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "MeasureUrls",
                table: "programmes");
        }
    }
}
