using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waymark.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OnwardReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "onward_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Accompanied = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgreedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SharedData_Extra = table.Column<int>(type: "INTEGER", nullable: false),
                    SharedData_Consent_AgreedTo = table.Column<int>(type: "INTEGER", nullable: true),
                    SharedData_Consent_RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SharedData_Consent_RecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onward_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_onward_referrals_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_onward_referrals_goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_onward_referrals_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_onward_referrals_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_onward_referrals_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "onward_referral_status_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OnwardReferralId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onward_referral_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_onward_referral_status_changes_onward_referrals_OnwardReferralId",
                        column: x => x.OnwardReferralId,
                        principalTable: "onward_referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unmet_needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OnwardReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unmet_needs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unmet_needs_onward_referrals_OnwardReferralId",
                        column: x => x.OnwardReferralId,
                        principalTable: "onward_referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unmet_needs_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_onward_referral_status_changes_OnwardReferralId",
                table: "onward_referral_status_changes",
                column: "OnwardReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_onward_referrals_EpisodeId",
                table: "onward_referrals",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_onward_referrals_GoalId",
                table: "onward_referrals",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_onward_referrals_OrganisationId_Status",
                table: "onward_referrals",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_onward_referrals_PersonId",
                table: "onward_referrals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_onward_referrals_ServiceId_Status",
                table: "onward_referrals",
                columns: new[] { "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_onward_referrals_Status_SentAt",
                table: "onward_referrals",
                columns: new[] { "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_unmet_needs_Month_Need_Area",
                table: "unmet_needs",
                columns: new[] { "Month", "Need", "Area" });

            migrationBuilder.CreateIndex(
                name: "IX_unmet_needs_OnwardReferralId",
                table: "unmet_needs",
                column: "OnwardReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_unmet_needs_TeamId",
                table: "unmet_needs",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "onward_referral_status_changes");

            migrationBuilder.DropTable(
                name: "unmet_needs");

            migrationBuilder.DropTable(
                name: "onward_referrals");
        }
    }
}
