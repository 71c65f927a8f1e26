using ExpertFinder.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Schema;

public sealed class SchemaFileTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public void The_committed_sdl_is_the_served_schema()
    {
        var served = SchemaSdl.Print(server.Services.GetRequiredService<ExpertFinderSchema>());
        var path = Path.Combine(RepositoryRoot(), "schema", "expertfinder.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";

        Assert.True(served == committed, $"{path} differs from the served schema; regenerate it with ./expertfinder schema");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ExpertFinder.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ExpertFinder.sln not found above the test binaries");
    }
}
