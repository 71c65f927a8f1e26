using ExpertFinder.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

// Scaffolds an EF Core migration into src/ExpertFinder.Api/Data/Migrations, as `dotnet ef migrations add` would.
// Usage: dotnet run --project src/ExpertFinder.DesignTime -- add-migration NAME
if (args is not ["add-migration", var name])
{
    Console.Error.WriteLine("usage: ExpertFinder.DesignTime add-migration NAME");
    return 2;
}

var projectDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../ExpertFinder.Api"));
var options = new DbContextOptionsBuilder<ExpertFinderDb>().UseNpgsql("Host=design-time-only").Options;
using var db = new ExpertFinderDb(options);

var services = new ServiceCollection()
    .AddEntityFrameworkDesignTimeServices()
    .AddDbContextDesignTimeServices(db);
#pragma warning disable EF1001 // The provider's design-time services are how the official tool configures itself too.
new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
using var provider = services.BuildServiceProvider();

var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(name, "ExpertFinder.Api", "Data.Migrations", "C#");
var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Data", "Migrations"));
Console.WriteLine($"wrote {files.MigrationFile}");
Console.WriteLine($"wrote {files.MetadataFile}");
Console.WriteLine($"wrote {files.SnapshotFile}");
return 0;
