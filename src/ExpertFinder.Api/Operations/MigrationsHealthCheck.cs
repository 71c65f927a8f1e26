using ExpertFinder.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpertFinder.Api.Operations;

/// <summary>
/// Ready only when the database has every migration this build knows: a server started before its migration ran
/// would fail on the first query that needs the new schema. Asks as the app role, which may read the migrations
/// history (<see cref="DatabaseRoles"/>) but change nothing.
/// </summary>
internal sealed class MigrationsHealthCheck(IDbContextFactory<ExpertFinderDb> databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        // A count, not the names: the names say nothing an operator needs here and the answer is public.
        return pending == 0
            ? HealthCheckResult.Healthy("every migration is applied")
            : new HealthCheckResult(context.Registration.FailureStatus, $"{pending} migration(s) not applied");
    }
}
