using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.Sqlite.Migrations
{
    /// <summary>
    /// The waiting list's index: a team's Waiting episodes by priority, then in the order they were opened, so
    /// WaitingListQuery reads each priority band's first page straight from it instead of sorting the whole list.
    /// Written by hand: EF Core 10 cannot declare an index over a complex type's property (TriageDecision.Priority;
    /// dotnet/efcore#31246), so the model does not know this index and no later migration will touch it.
    /// </summary>
    public partial class WaitingListBandIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_episodes_waiting_list",
                table: "episodes",
                columns: ["TeamId", "Status", "TriageDecision_Priority", "CreatedAt", "Id"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_episodes_waiting_list", table: "episodes");
        }
    }
}
