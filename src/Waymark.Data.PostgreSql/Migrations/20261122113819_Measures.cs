using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Measures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "goal_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goal_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_goal_scores_goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "questionnaire_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Introduction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LicenceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Items = table.Column<string>(type: "text", nullable: false),
                    Scoring = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_questionnaire_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "questionnaire_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DefinitionVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_questionnaire_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_questionnaire_responses_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_questionnaire_responses_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_questionnaire_responses_questionnaire_definitions_Definitio~",
                        column: x => x.DefinitionId,
                        principalTable: "questionnaire_definitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measure_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DefinitionUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MeasureId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MeasureName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    RawTotal = table.Column<int>(type: "integer", nullable: true),
                    BandLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BandPosition = table.Column<int>(type: "integer", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_measure_scores_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_measure_scores_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_measure_scores_questionnaire_responses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "questionnaire_responses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_goal_scores_GoalId_At",
                table: "goal_scores",
                columns: new[] { "GoalId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_measure_scores_DefinitionUrl_MeasureId_AnsweredAt",
                table: "measure_scores",
                columns: new[] { "DefinitionUrl", "MeasureId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_measure_scores_EpisodeId_DefinitionUrl_MeasureId_AnsweredAt",
                table: "measure_scores",
                columns: new[] { "EpisodeId", "DefinitionUrl", "MeasureId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_measure_scores_PersonId_AnsweredAt",
                table: "measure_scores",
                columns: new[] { "PersonId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_measure_scores_ResponseId",
                table: "measure_scores",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_questionnaire_definitions_Url_Version",
                table: "questionnaire_definitions",
                columns: new[] { "Url", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_questionnaire_responses_DefinitionId",
                table: "questionnaire_responses",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_questionnaire_responses_EpisodeId_DefinitionUrl_AnsweredAt",
                table: "questionnaire_responses",
                columns: new[] { "EpisodeId", "DefinitionUrl", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_questionnaire_responses_PersonId_AnsweredAt",
                table: "questionnaire_responses",
                columns: new[] { "PersonId", "AnsweredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "goal_scores");

            migrationBuilder.DropTable(
                name: "measure_scores");

            migrationBuilder.DropTable(
                name: "questionnaire_responses");

            migrationBuilder.DropTable(
                name: "questionnaire_definitions");
        }
    }
}
