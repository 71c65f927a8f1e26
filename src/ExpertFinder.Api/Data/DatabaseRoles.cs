using ExpertFinder.Api.Data.Configurations;
using Npgsql;

namespace ExpertFinder.Api.Data;

/// <summary>
/// Least privilege for the role the server runs as. The owner role owns the schema and runs migrations; after every
/// migration it gives the app role exactly this, on every table and sequence there is:
/// read and write the data (SELECT, INSERT, UPDATE, DELETE) and use the sequences; only read and add to the audit
/// log; only read the migrations history; no CREATE on the schema, no TRUNCATE, REFERENCES or TRIGGER, and no
/// ownership. A server taken over through a bug can then neither rewrite history nor change the schema.
/// </summary>
public static class DatabaseRoles
{
    /// <summary>Tables the app role may read and add to, but never change.</summary>
    private static readonly string[] AppendOnly = [AuditEntryConfiguration.Table];

    /// <summary>Tables the app role may only read.</summary>
    private static readonly string[] ReadOnly = ["__EFMigrationsHistory"];

    /// <summary>Grants (idempotently) on the owner's connection; <paramref name="appRole"/> is never spliced into SQL unquoted.</summary>
    public static async Task GrantAppRoleAsync(NpgsqlConnection owner, string appRole, CancellationToken cancellationToken)
    {
        await using var transaction = await owner.BeginTransactionAsync(cancellationToken);
        // The role and table names reach the statements through settings of this transaction and format('%I').
        await using (var settings = new NpgsqlCommand("""
            SELECT set_config('expertfinder.app_role', @app_role, true),
                   set_config('expertfinder.append_only', @append_only, true),
                   set_config('expertfinder.read_only', @read_only, true)
            """, owner, transaction))
        {
            settings.Parameters.AddWithValue("app_role", appRole);
            settings.Parameters.AddWithValue("append_only", string.Join(',', AppendOnly));
            settings.Parameters.AddWithValue("read_only", string.Join(',', ReadOnly));
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var grant = new NpgsqlCommand(GrantSql, owner, transaction))
        {
            await grant.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private const string GrantSql = """
        DO $grant$
        DECLARE
            app text := current_setting('expertfinder.app_role');
            append_only text[] := string_to_array(current_setting('expertfinder.append_only'), ',');
            read_only text[] := string_to_array(current_setting('expertfinder.read_only'), ',');
            owned text;
            relation record;
        BEGIN
            IF app = current_user THEN
                RAISE EXCEPTION 'the app role % is the owner role itself', app;
            END IF;
            SELECT string_agg(c.relname, ', ') INTO owned
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = app;
            IF owned IS NOT NULL THEN
                RAISE EXCEPTION 'the app role % owns %; give them to the owner role (ALTER TABLE … OWNER TO %)', app, owned, current_user;
            END IF;

            -- PostgreSQL 15 no longer lets everyone create in public; older servers did, and this says it anyway.
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', app);
            EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);

            FOR relation IN
                SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
            LOOP
                IF relation.relkind = 'S' THEN
                    EXECUTE format('REVOKE ALL ON SEQUENCE public.%I FROM %I', relation.relname, app);
                    EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE public.%I TO %I', relation.relname, app);
                    CONTINUE;
                END IF;
                EXECUTE format('REVOKE ALL ON TABLE public.%I FROM %I', relation.relname, app);
                IF relation.relname = ANY (read_only) THEN
                    EXECUTE format('GRANT SELECT ON TABLE public.%I TO %I', relation.relname, app);
                ELSIF relation.relname = ANY (append_only) THEN
                    EXECUTE format('GRANT SELECT, INSERT ON TABLE public.%I TO %I', relation.relname, app);
                ELSE
                    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.%I TO %I', relation.relname, app);
                END IF;
            END LOOP;
        END
        $grant$
        """;
}
