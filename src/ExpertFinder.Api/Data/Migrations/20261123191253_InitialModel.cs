using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ExpertFinder.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "competences",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    synonyms = table.Column<List<string>>(type: "text[]", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_competences", x => x.id);
                    table.ForeignKey(
                        name: "fk_competences_parent_id",
                        column: x => x.parent_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "index_outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_kind = table.Column<string>(type: "text", nullable: false),
                    entity_key = table.Column<string>(type: "text", nullable: false),
                    enqueued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_index_outbox", x => x.id);
                    table.CheckConstraint("ck_index_outbox_kind", "entity_kind IN ('person', 'document', 'rebuild')");
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                    table.CheckConstraint("ck_units_kind", "kind IN ('municipality', 'department', 'office', 'team')");
                    table.ForeignKey(
                        name: "fk_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "networks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    owner_unit_id = table.Column<int>(type: "integer", nullable: true),
                    started = table.Column<DateOnly>(type: "date", nullable: true),
                    ended = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_networks", x => x.id);
                    table.CheckConstraint("ck_networks_dates", "ended IS NULL OR started IS NULL OR ended >= started");
                    table.CheckConstraint("ck_networks_kind", "kind IN ('learning', 'welfare', 'innovation', 'leadership', 'professional', 'project')");
                    table.CheckConstraint("ck_networks_status", "status IN ('proposed', 'active', 'testing', 'closed')");
                    table.ForeignKey(
                        name: "fk_networks_owner_unit_id",
                        column: x => x.owner_unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    email = table.Column<string>(type: "text", nullable: true),
                    phone = table.Column<string>(type: "text", nullable: true),
                    location = table.Column<string>(type: "text", nullable: true),
                    bio = table.Column<string>(type: "text", nullable: true),
                    roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    visibility = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                    table.CheckConstraint("ck_people_roles", "roles <@ ARRAY['knowledge-sharer', 'resource-person', 'mentor', 'ambassador', 'manager', 'facilitator']::text[]");
                    table.CheckConstraint("ck_people_visibility", "visibility IN ('public', 'organisation', 'hidden')");
                    table.ForeignKey(
                        name: "fk_people_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: true),
                    text = table.Column<string>(type: "text", nullable: false),
                    network_id = table.Column<int>(type: "integer", nullable: true),
                    unit_id = table.Column<int>(type: "integer", nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.CheckConstraint("ck_documents_kind", "kind IS NULL OR kind IN ('minutes', 'agenda', 'template', 'catalogue', 'report', 'article', 'handbook', 'note')");
                    table.CheckConstraint("ck_documents_text_size", "octet_length(text) <= 1048576");
                    table.ForeignKey(
                        name: "fk_documents_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_documents_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "network_topics",
                columns: table => new
                {
                    network_id = table.Column<int>(type: "integer", nullable: false),
                    competence_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_topics", x => new { x.network_id, x.competence_id });
                    table.ForeignKey(
                        name: "fk_network_topics_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_network_topics_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    network_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_memberships", x => new { x.network_id, x.person_id });
                    table.CheckConstraint("ck_memberships_role", "role IN ('facilitator', 'member', 'external')");
                    table.ForeignKey(
                        name: "fk_memberships_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_memberships_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_competences",
                columns: table => new
                {
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    competence_id = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_competences", x => new { x.person_id, x.competence_id });
                    table.CheckConstraint("ck_person_competences_level", "level BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_person_competences_source", "source IN ('self', 'manager', 'formal', 'endorsed')");
                    table.ForeignKey(
                        name: "fk_person_competences_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_person_competences_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "authorships",
                columns: table => new
                {
                    document_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_authorships", x => new { x.document_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_authorships_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_authorships_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_authorships_person_id",
                table: "authorships",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_competences_key",
                table: "competences",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_competences_parent_id",
                table: "competences",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_key",
                table: "documents",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_network_id",
                table: "documents",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_unit_id",
                table: "documents",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_person_id",
                table: "memberships",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_network_topics_competence_id",
                table: "network_topics",
                column: "competence_id");

            migrationBuilder.CreateIndex(
                name: "ix_networks_key",
                table: "networks",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_networks_owner_unit_id",
                table: "networks",
                column: "owner_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_people_key",
                table: "people",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_unit_id",
                table: "people",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_competences_competence_id",
                table: "person_competences",
                column: "competence_id");

            migrationBuilder.CreateIndex(
                name: "ix_units_key",
                table: "units",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_parent_id",
                table: "units",
                column: "parent_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authorships");

            migrationBuilder.DropTable(
                name: "index_outbox");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "network_topics");

            migrationBuilder.DropTable(
                name: "person_competences");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "competences");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "networks");

            migrationBuilder.DropTable(
                name: "units");
        }
    }
}
