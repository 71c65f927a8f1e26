using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Audit;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.AuditLog;

public sealed class AuditLogFilter
{
    public string? Actor { get; set; }
    public string? EntityType { get; set; }
    public string? EntityKey { get; set; }
    public DateTimeOffset? From { get; set; }
    public DateTimeOffset? To { get; set; }
}

public sealed class AuditLogFilterInputType : InputObjectGraphType<AuditLogFilter>
{
    public AuditLogFilterInputType()
    {
        Name = "AuditLogFilter";
        Description = "Narrow the audit log; all given conditions must hold.";
        Field<StringGraphType>("actor").Description("Only changes by this actor, e.g. person:mette-lund or apikey:intranet.");
        Field<StringGraphType>("entityType").Description("Only changes to objects of this type, e.g. Person.");
        Field<StringGraphType>("entityKey").Description("Only changes to the object with this key.");
        Field<DateTimeOffsetGraphType>("from").Description("Only changes at or after this time.");
        Field<DateTimeOffsetGraphType>("to").Description("Only changes before this time.");
    }
}

public static class AuditLogField
{
    public static void Add(ObjectGraphType query) =>
        query.AddList<AuditEntryType>("auditLog", AccessPolicy.Admin,
                "Who changed what, newest first: everything for a deployment admin, a municipality admin's own municipality's entries.")
            .WithFilter<AuditLogFilterInputType>()
            .ResolveList((c, db) =>
            {
                var filter = c.Filter<AuditLogFilter>();
                if (filter.From >= filter.To)
                {
                    throw new ExecutionError("'filter.from' must be before 'filter.to'") { Code = "BAD_FILTER" };
                }
                // The resolver narrows to what the caller may read even though the policy lets only admins in at all.
                var log = AuditTrail.VisibleTo(c.Caller(), db.AuditLog.AsNoTracking())
                    .WhereGiven(filter.Actor, actor => e => e.Actor == actor)
                    .WhereGiven(filter.EntityType, entityType => e => e.EntityType == entityType)
                    .WhereGiven(filter.EntityKey, entityKey => e => e.EntityKey == entityKey)
                    // Npgsql writes timestamptz parameters only in UTC; the client may send any offset.
                    .WhereGiven(filter.From?.ToUniversalTime(), from => e => e.At >= from)
                    .WhereGiven(filter.To?.ToUniversalTime(), to => e => e.At < to);
                return AuditTrail.NewestFirst(log);
            });
}
