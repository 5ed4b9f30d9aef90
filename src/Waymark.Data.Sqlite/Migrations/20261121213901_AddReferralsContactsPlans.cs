using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddReferralsContactsPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contact_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrequencyDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PreferredMode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PreferredTimes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contact_plans_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contacts_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    WhatMatters = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StrengthsAndWhatIsGoingWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WhatTheyWouldLikeToBeDifferent = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartingDomain = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conversations_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: true),
                    QualifyingConditions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PracticeIds = table.Column<string>(type: "TEXT", nullable: false),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DefaultContactFrequencyDays = table.Column<int>(type: "INTEGER", nullable: false),
                    NoContactThresholdDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LostContact_MinAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LostContact_MinDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LostContact_MinModes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programmes_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReferringOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferrerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonAgreed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReferrerNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_organisations_ReferringOrganisationId",
                        column: x => x.ReferringOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conversation_ratings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conversation_ratings_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InTheirWords = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    WhoHelps = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReplacedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_goals_goals_ReplacedById",
                        column: x => x.ReplacedById,
                        principalTable: "goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_goals_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_needs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InTheirWords = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_needs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_needs_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_episodes_ProgrammeId",
                table: "episodes",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_episodes_ReferralId",
                table: "episodes",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_contact_plans_EpisodeId",
                table: "contact_plans",
                column: "EpisodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contacts_EpisodeId_At",
                table: "contacts",
                columns: new[] { "EpisodeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_conversation_ratings_ConversationId",
                table: "conversation_ratings",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_conversations_EpisodeId_At",
                table: "conversations",
                columns: new[] { "EpisodeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_goals_PlanId",
                table: "goals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_goals_ReplacedById",
                table: "goals",
                column: "ReplacedById");

            migrationBuilder.CreateIndex(
                name: "IX_plans_EpisodeId",
                table: "plans",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_programmes_TeamId_Name",
                table: "programmes",
                columns: new[] { "TeamId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_needs_ReferralId",
                table: "referral_needs",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_IdempotencyKey",
                table: "referrals",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_PersonId",
                table: "referrals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ReceivedAt",
                table: "referrals",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ReferringOrganisationId",
                table: "referrals",
                column: "ReferringOrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_episodes_programmes_ProgrammeId",
                table: "episodes",
                column: "ProgrammeId",
                principalTable: "programmes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_episodes_referrals_ReferralId",
                table: "episodes",
                column: "ReferralId",
                principalTable: "referrals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_episodes_programmes_ProgrammeId",
                table: "episodes");

            migrationBuilder.DropForeignKey(
                name: "FK_episodes_referrals_ReferralId",
                table: "episodes");

            migrationBuilder.DropTable(
                name: "contact_plans");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "conversation_ratings");

            migrationBuilder.DropTable(
                name: "goals");

            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropTable(
                name: "referral_needs");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_episodes_ProgrammeId",
                table: "episodes");

            migrationBuilder.DropIndex(
                name: "IX_episodes_ReferralId",
                table: "episodes");
        }
    }
}
