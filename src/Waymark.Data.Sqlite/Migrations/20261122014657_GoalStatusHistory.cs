using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false)
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
