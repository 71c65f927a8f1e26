using System.Diagnostics;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Hosting.CommandLine;
using ExpertFinder.Tools.Publishing;

namespace ExpertFinder.Tools.Tests.Publishing;

/// <summary>
/// `publish` once for the test class (its build folder is kept, so only the first run compiles everything), the folder
/// then moved away from the checkout and run there as a deployment runs it: its own `migrate` as the owner, then
/// `import` of a copy of the demo data, `apikey create` and `serve` as the app role alone, in the Production
/// environment, from an empty working directory, with the data folder and the index in temp and no .NET of the
/// checkout's (DOTNET_ROOT unset). Nothing it serves can come from the checkout.
/// </summary>
public sealed class PublishedServer : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string root = Path.Combine(Path.GetTempPath(), "ef-published-" + Guid.NewGuid().ToString("N"));
    private readonly string staging = Path.Combine(Path.GetTempPath(), "ef-publish-" + Guid.NewGuid().ToString("N"));
    private ScratchDatabase? database;
    private Process? serve;

    /// <summary>The published folder, where it runs (moved there after publishing).</summary>
    public string Folder => Path.Combine(root, "expertfinder");

    public HttpClient Http { get; } = new();

    /// <summary>The API key `apikey create` printed; in Production reads need it.</summary>
    public string ApiKey { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        using var publishOutput = new StringWriter();
        using var publishErrors = new StringWriter();
        var published = await PublishCommand.RunAsync(staging, PublishCommand.DefaultBuildFolder(), publishOutput, publishErrors, CancellationToken.None);
        Assert.True(published == 0, $"publish failed:\n{publishOutput}\n{publishErrors}");
        Directory.CreateDirectory(root);
        Directory.Move(staging, Folder);
        Assert.Null(CheckoutPaths.Above(Folder));

        var demo = Path.Combine(root, "data", "demo");
        Directory.CreateDirectory(demo);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CheckoutPaths.Root, "seed", "demo")))
        {
            File.Copy(file, Path.Combine(demo, Path.GetFileName(file)));
        }
        Directory.CreateDirectory(Path.Combine(root, "work"));
        database = await ScratchDatabase.CreateAsync("publish", "run the tests with ./expertfinder test", migrate: false);

        await RunAsync(asOwner: true, "migrate");
        await RunAsync(asOwner: false, "import", demo);
        ApiKey = (await RunAsync(asOwner: false, "apikey", "create", "published-portal")).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        Http.BaseAddress = await StartAsync();
    }

    /// <summary>Runs a verb of the published program to its end; a non-zero exit fails the fixture with its output.</summary>
    private async Task<string> RunAsync(bool asOwner, params string[] args)
    {
        using var process = Process.Start(Program(asOwner, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', args)} exited {process.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }

    /// <summary>Starts `serve` on a free loopback port and returns its address, which it prints once it listens.</summary>
    private async Task<Uri> StartAsync()
    {
        serve = Process.Start(Program(asOwner: false, "serve", "--urls", "http://127.0.0.1:0"))!;
        var errors = serve.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        const string Serving = "ExpertFinder is serving GraphQL at ";
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(Serving, StringComparison.Ordinal))
            {
                // Read on, so the server never blocks on a full pipe.
                _ = serve.StandardOutput.ReadToEndAsync();
                return new Uri(line[Serving.Length..].Replace("/graphql", "/", StringComparison.Ordinal));
            }
        }
        await serve.WaitForExitAsync();
        Assert.Fail($"serve exited {serve.ExitCode} before it listened:\n{await errors}");
        return null!;
    }

    /// <summary>
    /// The published program with <paramref name="args"/>, run where a deployment runs it: from an empty working
    /// directory outside the checkout, Production, the data folder and index in temp, the app role's connection
    /// string, and the owner's only when <paramref name="asOwner"/>.
    /// </summary>
    private ProcessStartInfo Program(bool asOwner, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(Folder, PublishCommand.ProgramName))
        {
            WorkingDirectory = Path.Combine(root, "work"),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        var environment = start.Environment;
        foreach (var name in new[]
                 {
                     "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "DOTNET_URLS", "ConnectionStrings__ExpertFinderOwner", "DOTNET_ROOT",
                     ExpertFinderCommandLine.PlanFileVariable,
                 })
        {
            environment.Remove(name);
        }
        foreach (var name in environment.Keys.Where(name => name.StartsWith("ExpertFinder__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["EXPERTFINDER_DATA"] = Path.Combine(root, "data");
        environment["ExpertFinder__IndexPath"] = Path.Combine(root, "index");
        environment["ConnectionStrings__ExpertFinder"] = database!.ConnectionString;
        if (asOwner && database.OwnerConnectionString is { } owner)
        {
            environment["ConnectionStrings__ExpertFinderOwner"] = owner;
        }
        return start;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (serve is not null)
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
                await serve.WaitForExitAsync();
            }
            serve.Dispose();
        }
        if (database is not null)
        {
            await database.DisposeAsync();
        }
        foreach (var folder in new[] { root, staging })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
