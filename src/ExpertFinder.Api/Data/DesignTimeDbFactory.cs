using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ExpertFinder.Api.Data;

/// <summary>
/// The context `dotnet ef` works with (see .config/dotnet-tools.json), made without starting the server:
/// <c>dotnet ef migrations add NAME --project src/ExpertFinder.Api --output-dir Data/Migrations</c>.
/// Scaffolding needs no database; commands that read one (<c>migrations list</c>, <c>has-pending-model-changes</c>)
/// connect as the owner (ConnectionStrings__ExpertFinderOwner), else with ConnectionStrings__ExpertFinder.
/// </summary>
internal sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<ExpertFinderDb>
{
    public ExpertFinderDb CreateDbContext(string[] args)
    {
        var connectionString = Setting(DataServices.OwnerConnectionStringName) ?? Setting(DataServices.ConnectionStringName) ?? "Host=design-time-only";
        return new ExpertFinderDb(new DbContextOptionsBuilder<ExpertFinderDb>().UseNpgsql(connectionString).Options);
    }

    private static string? Setting(string name) =>
        Environment.GetEnvironmentVariable($"ConnectionStrings__{name}") is { Length: > 0 } value ? value : null;
}
