using ExpertFinder.Api.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ExpertFinder.Api.Data.Migrations
{
    /// <summary>
    /// The index outbox becomes a log that every index follows at its own pace (see IndexSync/IndexLog): each row
    /// carries the id of the transaction that wrote it, each index records how far it has applied the log, entries
    /// that keep failing are set aside per index, and the log remembers below which position it was pruned. These
    /// tables are read and written through SQL by the index followers alone, so they are not part of the EF model.
    /// </summary>
    [DbContext(typeof(ExpertFinderDb))]
    [Migration("20261206080000_IndexLog")]
    public partial class IndexLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE index_outbox ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id();
                ALTER TABLE index_outbox ADD COLUMN for_index uuid NULL;
                CREATE INDEX ix_index_outbox_tx_id ON index_outbox (tx_id, id);

                CREATE TABLE index_consumers (
                    index_id uuid PRIMARY KEY,
                    applied_below xid8 NOT NULL,
                    applied_above xid8[] NOT NULL DEFAULT '{}',
                    host text NOT NULL,
                    index_path text NOT NULL,
                    registered_at timestamptz NOT NULL DEFAULT now(),
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    seen_at timestamptz NOT NULL DEFAULT now()
                );

                CREATE TABLE index_log_state (
                    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                    pruned_below xid8 NOT NULL
                );
                INSERT INTO index_log_state (singleton, pruned_below) VALUES (true, '0'::xid8);

                CREATE TABLE index_failures (
                    index_id uuid NOT NULL,
                    entity_kind text NOT NULL,
                    entity_key text NOT NULL,
                    attempts integer NOT NULL,
                    last_error text NOT NULL,
                    first_failed_at timestamptz NOT NULL DEFAULT now(),
                    next_attempt_at timestamptz NOT NULL,
                    set_aside boolean NOT NULL DEFAULT false,
                    PRIMARY KEY (index_id, entity_kind, entity_key)
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE index_failures;
                DROP TABLE index_log_state;
                DROP TABLE index_consumers;
                DROP INDEX ix_index_outbox_tx_id;
                ALTER TABLE index_outbox DROP COLUMN for_index;
                ALTER TABLE index_outbox DROP COLUMN tx_id;
                """);
        }
    }
}
