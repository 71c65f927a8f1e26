using ExpertFinder.Api.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertFinder.Api.Data.Migrations
{
    /// <summary>
    /// Requests to verify an index that a running server holds (see IndexSync/IndexVerificationRequests): the command
    /// line writes one naming the index by identity, the server that holds it takes it, reports its progress and
    /// writes the report. Read and written through SQL alone, so not part of the EF model.
    /// </summary>
    [DbContext(typeof(ExpertFinderDb))]
    [Migration("20261207080000_IndexVerifications")]
    public partial class IndexVerifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE index_verifications (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    index_id uuid NOT NULL,
                    repair boolean NOT NULL,
                    requested_at timestamptz NOT NULL DEFAULT now(),
                    started_at timestamptz NULL,
                    progress text NULL,
                    finished_at timestamptz NULL,
                    report text NULL,
                    differences integer NULL,
                    failure text NULL
                );
                CREATE INDEX ix_index_verifications_waiting ON index_verifications (index_id, id) WHERE started_at IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE index_verifications;");
        }
    }
}
