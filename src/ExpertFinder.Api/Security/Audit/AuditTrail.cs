using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ExpertFinder.Api.Security.Audit;

/// <summary>
/// Writes and reads the audit log. An entry is written on the connection and in the transaction of the change it
/// describes: a change that rolls back leaves no entry, and a committed change always has its entry.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<ExpertFinderDb> contexts)
{
    /// <summary>Records <paramref name="entry"/> (its Id and At are the database's) as part of <paramref name="transaction"/>.</summary>
    public static async Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO audit_log (actor, actor_municipality, operation, entity_type, entity_key, fields, request_id)
            VALUES (@actor, @actor_municipality, @operation, @entity_type, @entity_key, @fields, @request_id)
            """, connection, transaction);
        command.Parameters.Add(Text("actor", entry.Actor));
        command.Parameters.Add(Text("actor_municipality", entry.ActorMunicipality));
        command.Parameters.Add(Text("operation", entry.Operation));
        command.Parameters.Add(Text("entity_type", entry.EntityType));
        command.Parameters.Add(Text("entity_key", entry.EntityKey));
        command.Parameters.Add(new NpgsqlParameter("fields", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = entry.Fields.ToArray() });
        command.Parameters.Add(Text("request_id", entry.RequestId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The entries a person may ask about: those they made and those about them (entity Person with their key),
    /// newest first.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> AboutPersonAsync(string personKey, CancellationToken cancellationToken)
    {
        var actor = new Caller { Kind = CallerKind.User, PersonKey = personKey }.Actor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await NewestFirst(db.AuditLog.AsNoTracking()
                .Where(e => e.Actor == actor || (e.EntityType == NodeTypeNames.Person && e.EntityKey == personKey)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The part of the log <paramref name="caller"/> may read: all of it for a deployment admin, their own
    /// municipality's entries for a municipality admin, nothing for anyone else.
    /// </summary>
    public static IQueryable<AuditEntry> VisibleTo(Caller caller, IQueryable<AuditEntry> log)
    {
        if (caller.IsDeploymentAdmin)
        {
            return log;
        }
        if (caller.IsAdmin && caller.MunicipalityKey is { } municipality)
        {
            return log.Where(e => e.ActorMunicipality == municipality);
        }
        return log.Where(_ => false);
    }

    public static IQueryable<AuditEntry> NewestFirst(IQueryable<AuditEntry> log) =>
        log.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
