using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPeopleAndEpisodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GenderIdentity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EthnicCategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LsoaCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    ImdDecile = table.Column<int>(type: "INTEGER", nullable: true),
                    RegisteredPracticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    LongTermConditions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsCarer = table.Column<bool>(type: "INTEGER", nullable: false),
                    CaringNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RiskFlags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RiskNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NhsNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreferredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address_Line2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address_Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Address_Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CommunicationNeeds_CanReadEnglishLetters = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommunicationNeeds_DigitalAccess = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CommunicationNeeds_Hearing = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommunicationNeeds_NeedsEasyRead = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommunicationNeeds_NeedsInterpreter = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommunicationNeeds_NeedsLargePrint = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommunicationNeeds_PreferredContactModes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommunicationNeeds_PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CommunicationNeeds_PreferredTimes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CommunicationNeeds_Sight = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_people_organisations_RegisteredPracticeId",
                        column: x => x.RegisteredPracticeId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Intensity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FirstContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreviousEpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DischargeReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DischargeSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DischargedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DischargedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedWhileIneligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    IneligibleAcceptanceReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PersonDeclinedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TriageDecision_At = table.Column<long>(type: "INTEGER", nullable: true),
                    TriageDecision_By = table.Column<Guid>(type: "TEXT", nullable: true),
                    TriageDecision_DeclineReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TriageDecision_Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TriageDecision_Priority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TriageDecision_Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TriageDecision_RedirectedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_episodes_episodes_PreviousEpisodeId",
                        column: x => x.PreviousEpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_episodes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_episodes_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "episode_allocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OverCapacityReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_episode_allocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_episode_allocations_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "episode_coded_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SnomedCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Display = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_episode_coded_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_episode_coded_events_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_episode_allocations_EpisodeId",
                table: "episode_allocations",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_episode_allocations_WorkerId",
                table: "episode_allocations",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_episode_coded_events_EpisodeId",
                table: "episode_coded_events",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_episodes_PersonId",
                table: "episodes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_episodes_PreviousEpisodeId",
                table: "episodes",
                column: "PreviousEpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_episodes_TeamId_Status",
                table: "episodes",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_episodes_WorkerId_Status",
                table: "episodes",
                columns: new[] { "WorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_people_FamilyName_GivenName_DateOfBirth",
                table: "people",
                columns: new[] { "FamilyName", "GivenName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_people_NhsNumber",
                table: "people",
                column: "NhsNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_RegisteredPracticeId",
                table: "people",
                column: "RegisteredPracticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "episode_allocations");

            migrationBuilder.DropTable(
                name: "episode_coded_events");

            migrationBuilder.DropTable(
                name: "episodes");

            migrationBuilder.DropTable(
                name: "people");
        }
    }
}
