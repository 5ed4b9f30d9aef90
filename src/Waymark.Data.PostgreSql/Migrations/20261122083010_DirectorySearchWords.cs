using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.PostgreSql.Migrations
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
                    Word = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false)
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
                INSERT INTO service_search_words ("ServiceId", "Word")
                SELECT DISTINCT s."Id", left(w.word, 100)
                FROM services AS s CROSS JOIN LATERAL regexp_split_to_table(s."SearchText", ' ') AS w(word)
                WHERE w.word <> '';
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
