using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertFinder.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndexNetworksAndCompetences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_index_outbox_kind",
                table: "index_outbox");

            migrationBuilder.AddCheckConstraint(
                name: "ck_index_outbox_kind",
                table: "index_outbox",
                sql: "entity_kind IN ('person', 'document', 'network', 'competence', 'rebuild')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_index_outbox_kind",
                table: "index_outbox");

            migrationBuilder.AddCheckConstraint(
                name: "ck_index_outbox_kind",
                table: "index_outbox",
                sql: "entity_kind IN ('person', 'document', 'rebuild')");
        }
    }
}
