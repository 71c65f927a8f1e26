using ExpertFinder.Api.Hosting.CommandLine;
using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Hosting.CommandLine;

public sealed class SchemaVerbTests
{
    [Fact]
    public async Task Schema_writes_the_served_SDL_to_a_file_or_to_standard_output()
    {
        var line = new ExpertFinderCommandLine { PlanFile = null };
        ServerVerbs.Bind(line, (_, _) => throw new InvalidOperationException("schema needs no database"));
        var file = Path.GetTempFileName();
        using var output = new StringWriter();
        try
        {
            Assert.Equal(0, await line.RunAsync(["schema", "--out", file], TextWriter.Null, TextWriter.Null));
            Assert.Equal(0, await line.RunAsync(["schema", "--out", "-"], output, TextWriter.Null));

            var committed = await File.ReadAllTextAsync(Path.Combine(NodeTools.RepositoryRoot(), "schema", "expertfinder.graphql"));
            Assert.Equal(committed, await File.ReadAllTextAsync(file));
            Assert.Equal(committed, output.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
