using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ExpertFinder.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddEndorsements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "endorsements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    endorser_id = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<int>(type: "integer", nullable: false),
                    competence_id = table.Column<int>(type: "integer", nullable: false),
                    comment = table.Column<string>(type: "text", nullable: true),
                    created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_endorsements", x => x.id);
                    table.CheckConstraint("ck_endorsements_comment_length", "char_length(comment) <= 1000");
                    table.CheckConstraint("ck_endorsements_not_self", "endorser_id <> person_id");
                    table.ForeignKey(
                        name: "fk_endorsements_competence_id",
                        column: x => x.competence_id,
                        principalTable: "competences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_endorsements_endorser_id",
                        column: x => x.endorser_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_endorsements_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_endorsements_competence_id",
                table: "endorsements",
                column: "competence_id");

            migrationBuilder.CreateIndex(
                name: "ix_endorsements_endorser_id_person_id_competence_id",
                table: "endorsements",
                columns: new[] { "endorser_id", "person_id", "competence_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_endorsements_person_id_competence_id",
                table: "endorsements",
                columns: new[] { "person_id", "competence_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "endorsements");
        }
    }
}
