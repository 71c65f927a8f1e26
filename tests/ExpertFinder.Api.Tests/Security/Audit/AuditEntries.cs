using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Security.Audit;

/// <summary>Reads the audit log of a test database directly, as the server's role.</summary>
public static class AuditEntries
{
    /// <summary>The entries about one object, oldest first.</summary>
    public static async Task<List<AuditEntry>> AboutAsync(this ServerFixture server, string entityType, string entityKey)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<ExpertFinderDb>>().CreateDbContextAsync();
        return await db.AuditLog.Where(e => e.EntityType == entityType && e.EntityKey == entityKey).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The entries of one operation, oldest first.</summary>
    public static async Task<List<AuditEntry>> OfOperationAsync(this ServerFixture server, string operation)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<ExpertFinderDb>>().CreateDbContextAsync();
        return await db.AuditLog.Where(e => e.Operation == operation).OrderBy(e => e.Id).ToListAsync();
    }
}
