using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectorySearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_search_words",
                columns: table => new
                {
                    Word = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_search_words", x => new { x.ServiceId, x.Word });
                    table.ForeignKey(
                        name: "FK_service_search_words_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_service_search_words_Word_ServiceId",
                table: "service_search_words",
                columns: new[] { "Word", "ServiceId" });

            // Existing listings get their words here: SearchText is already normalised (single spaces), so its distinct
            // words, cut to SearchText.MaxWordLength (100), are what Service keeps from now on.
            migrationBuilder.Sql("""
                WITH RECURSIVE split(ServiceId, Word, Rest) AS (
                    SELECT Id, '', SearchText || ' ' FROM services WHERE SearchText <> ''
                    UNION ALL
                    SELECT ServiceId, substr(Rest, 1, instr(Rest, ' ') - 1), substr(Rest, instr(Rest, ' ') + 1) FROM split WHERE Rest <> ''
                )
                INSERT INTO service_search_words (ServiceId, Word)
                SELECT DISTINCT ServiceId, substr(Word, 1, 100) FROM split WHERE Word <> '';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_search_words");
        }
    }
}
