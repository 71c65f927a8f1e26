using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ExpertFinder.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPractices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_networks_status",
                table: "networks");

            migrationBuilder.AddColumn<List<string>>(
                name: "ask_me_about",
                table: "people",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<bool>(
                name: "open_to_job_rotation",
                table: "people",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "open_to_meeting_colleagues",
                table: "people",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "open_to_mentoring",
                table: "people",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "proposal_id",
                table: "networks",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    network_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    agenda_document_id = table.Column<int>(type: "integer", nullable: true),
                    minutes_document_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_agenda_document_id",
                        column: x => x.agenda_document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_meetings_minutes_document_id",
                        column: x => x.minutes_document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_meetings_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "theme_proposals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    proposer_id = table.Column<int>(type: "integer", nullable: true),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    submitted = table.Column<DateOnly>(type: "date", nullable: false),
                    citizen_value = table.Column<string>(type: "text", nullable: true),
                    challenge = table.Column<string>(type: "text", nullable: true),
                    cross_unit_reason = table.Column<string>(type: "text", nullable: true),
                    current_shortfall = table.Column<string>(type: "text", nullable: true),
                    missing_learning = table.Column<string>(type: "text", nullable: true),
                    innovation_potential = table.Column<string>(type: "text", nullable: true),
                    outside_perspectives = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    decision_reason = table.Column<string>(type: "text", nullable: true),
                    decided_by_id = table.Column<int>(type: "integer", nullable: true),
                    decided = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_theme_proposals", x => x.id);
                    table.CheckConstraint("ck_theme_proposals_decision", "(status = 'submitted') = (decided IS NULL)");
                    table.CheckConstraint("ck_theme_proposals_kind", "kind IN ('learning', 'welfare', 'innovation', 'leadership', 'professional', 'project')");
                    table.CheckConstraint("ck_theme_proposals_status", "status IN ('submitted', 'approved', 'rejected')");
                    table.ForeignKey(
                        name: "fk_theme_proposals_decided_by_id",
                        column: x => x.decided_by_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_theme_proposals_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_theme_proposals_proposer_id",
                        column: x => x.proposer_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "unit_competence_needs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    competence_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: true),
                    level = table.Column<int>(type: "integer", nullable: false),
                    people = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_competence_needs", x => x.id);
                    table.CheckConstraint("ck_unit_competence_needs_level", "level BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_unit_competence_needs_people", "people BETWEEN 1 AND 10000");
                    table.CheckConstraint("ck_unit_competence_needs_year", "year IS NULL OR year BETWEEN 2000 AND 2200");
                    table.ForeignKey(
                        name: "fk_unit_competence_needs_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_unit_competence_needs_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_participants",
                columns: table => new
                {
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_participants", x => new { x.meeting_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_meeting_participants_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_participants_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_templates",
                columns: table => new
                {
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    document_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_templates", x => new { x.meeting_id, x.document_id });
                    table.ForeignKey(
                        name: "fk_meeting_templates_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_templates_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "theme_proposal_units",
                columns: table => new
                {
                    proposal_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_theme_proposal_units", x => new { x.proposal_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_theme_proposal_units_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "theme_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_theme_proposal_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_networks_proposal_id",
                table: "networks",
                column: "proposal_id",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_networks_status",
                table: "networks",
                sql: "status IN ('proposed', 'active', 'testing', 'evaluated', 'closed')");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_participants_person_id",
                table: "meeting_participants",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_templates_document_id",
                table: "meeting_templates",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_agenda_document_id",
                table: "meetings",
                column: "agenda_document_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_key",
                table: "meetings",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_minutes_document_id",
                table: "meetings",
                column: "minutes_document_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_network_id_date",
                table: "meetings",
                columns: new[] { "network_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_theme_proposal_units_unit_id",
                table: "theme_proposal_units",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_theme_proposals_decided_by_id",
                table: "theme_proposals",
                column: "decided_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_theme_proposals_key",
                table: "theme_proposals",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_theme_proposals_municipality_id_submitted",
                table: "theme_proposals",
                columns: new[] { "municipality_id", "submitted" });

            migrationBuilder.CreateIndex(
                name: "ix_theme_proposals_proposer_id",
                table: "theme_proposals",
                column: "proposer_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_competence_needs_competence_id",
                table: "unit_competence_needs",
                column: "competence_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_competence_needs_unit_id_competence_id_year",
                table: "unit_competence_needs",
                columns: new[] { "unit_id", "competence_id", "year" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.AddForeignKey(
                name: "fk_networks_proposal_id",
                table: "networks",
                column: "proposal_id",
                principalTable: "theme_proposals",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_networks_proposal_id",
                table: "networks");

            migrationBuilder.DropTable(
                name: "meeting_participants");

            migrationBuilder.DropTable(
                name: "meeting_templates");

            migrationBuilder.DropTable(
                name: "theme_proposal_units");

            migrationBuilder.DropTable(
                name: "unit_competence_needs");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "theme_proposals");

            migrationBuilder.DropIndex(
                name: "ix_networks_proposal_id",
                table: "networks");

            migrationBuilder.DropCheckConstraint(
                name: "ck_networks_status",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "ask_me_about",
                table: "people");

            migrationBuilder.DropColumn(
                name: "open_to_job_rotation",
                table: "people");

            migrationBuilder.DropColumn(
                name: "open_to_meeting_colleagues",
                table: "people");

            migrationBuilder.DropColumn(
                name: "open_to_mentoring",
                table: "people");

            migrationBuilder.DropColumn(
                name: "proposal_id",
                table: "networks");

            migrationBuilder.AddCheckConstraint(
                name: "ck_networks_status",
                table: "networks",
                sql: "status IN ('proposed', 'active', 'testing', 'closed')");
        }
    }
}
