using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Waymark.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class GoalStatusHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "goal_status_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goal_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_goal_status_changes_goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_goal_status_changes_GoalId",
                table: "goal_status_changes",
                column: "GoalId");

            // Goals recorded before the history was kept: their creation (as not started, when the goal was made)
            // and, unless still not started, their current status as of their last change (UpdatedAt; a later
            // edit of the steps or dates also moves it, so that entry may be later than the change itself). Who
            // made them is not known. Creations go in first so each goal's entries keep their order by id.
            migrationBuilder.Sql(
                """
                INSERT INTO "goal_status_changes" ("GoalId", "Status", "At", "By", "Reason")
                SELECT "Id", 'NotStarted', "CreatedAt", NULL, NULL FROM "goals" ORDER BY "CreatedAt", "Id";
                INSERT INTO "goal_status_changes" ("GoalId", "Status", "At", "By", "Reason")
                SELECT "Id", "Status", "UpdatedAt", NULL, "StatusReason" FROM "goals" WHERE "Status" <> 'NotStarted' ORDER BY "UpdatedAt", "Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "goal_status_changes");
        }
    }
}
