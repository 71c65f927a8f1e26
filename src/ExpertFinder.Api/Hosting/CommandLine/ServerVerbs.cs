using System.CommandLine;
using ExpertFinder.Api.Data;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Console;
using Npgsql;

namespace ExpertFinder.Api.Hosting.CommandLine;

/// <summary>Runs a verb's work with the data and index services (migrating first when asked), without a web server.</summary>
public delegate Task<int> HostRunner(bool migrateFirst, Func<IServiceProvider, CancellationToken, Task<int>> work);

/// <summary>The server's verbs: serve, import, apikey, token, reindex, verify, migrate, schema and stop.</summary>
public static class ServerVerbs
{
    /// <summary>Binds the server's verbs of <paramref name="line"/>; <paramref name="run"/> defaults to a host of the environment's configuration.</summary>
    public static void Bind(ExpertFinderCommandLine line, HostRunner? run = null)
    {
        run ??= WithServicesAsync;
        var serve = line.Serve;
        serve.Command.SetAction((parse, _) => ServeAsync(
            parse.GetValue(serve.Port), parse.GetValue(serve.Urls), parse.GetValue(serve.SeedIfEmpty), parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        line.Import.Command.SetAction((parse, _) => run(true, (services, token) =>
            DatasetImport.RunCommandAsync(services, parse.GetRequiredValue(line.Import.Directory).FullName, parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error, token)));
        line.Reindex.SetAction((parse, _) => run(true, (services, token) => ReindexAsync(services, parse.InvocationConfiguration.Output, token)));
        line.Verify.Command.SetAction((parse, _) => run(true, (services, token) => IndexVerificationCommand.RunAsync(
            services, parse.GetValue(line.Verify.Repair), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, token)));
        line.Migrate.SetAction((parse, _) => run(true, async (_, _) =>
        {
            await parse.InvocationConfiguration.Output.WriteLineAsync("migrate: the database is up to date");
            return 0;
        }));
        line.Token.Command.SetAction((parse, _) => run(false, (services, token) => TokenAsync(
            services, parse.GetRequiredValue(line.Token.Person), parse.GetValue(line.Token.Roles) ?? [], parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error, token)));
        line.Schema.Command.SetAction(parse => WriteSchema(parse.GetValue(line.Schema.Out), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        line.Stop.SetAction(parse =>
        {
            // The private cluster is made and started by the script, which alone knows how (it may run as another user).
            parse.InvocationConfiguration.Error.WriteLine("stop: only ./expertfinder manages its private PostgreSQL cluster; run ./expertfinder stop");
            return 1;
        });
        BindApiKeys(line.ApiKey, run);
    }

    private static void BindApiKeys(ApiKeyVerbs verbs, HostRunner run)
    {
        verbs.Create.SetAction((parse, _) => run(true, (services, token) => ApiKeyCommand.CreateAsync(
            services.GetRequiredService<ApiKeyStore>(), parse.GetRequiredValue(verbs.CreateName), parse.GetValue(verbs.Municipality),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, token)));
        verbs.List.SetAction((parse, _) => run(true, (services, token) => ApiKeyCommand.ListAsync(
            services.GetRequiredService<ApiKeyStore>(), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, token)));
        verbs.Revoke.SetAction((parse, _) => run(true, (services, token) => ApiKeyCommand.RevokeAsync(
            services.GetRequiredService<ApiKeyStore>(), parse.GetRequiredValue(verbs.RevokeName), parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error, token)));
    }

    private static async Task<int> ServeAsync(int? port, string? urls, DirectoryInfo? seedIfEmpty, TextWriter output, TextWriter error)
    {
        string[] hostArgs = (port, urls) switch
        {
            ({ } p, _) => ["--urls", $"http://127.0.0.1:{p}"],
            (_, { } u) => ["--urls", u],
            // ASP.NET Core's own settings still win when they are given; otherwise the port ./expertfinder always used.
            _ when Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is { Length: > 0 }
                   || Environment.GetEnvironmentVariable("DOTNET_URLS") is { Length: > 0 } => [],
            _ => ["--urls", $"http://127.0.0.1:{ServeVerb.DefaultPort}"],
        };
        var app = Server.Build(hostArgs);
        var seed = seedIfEmpty?.FullName ?? (app.Environment.IsDevelopment() ? DemoDataset() : null);
        try
        {
            await Server.PrepareAsync(app, seed, CancellationToken.None);
        }
        catch (PendingMigrationsException e)
        {
            await error.WriteLineAsync($"serve: {e.Message}");
            return 1;
        }
        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await error.WriteLineAsync($"serve: {e.Message} Choose another port with --port.");
            return 1;
        }
        foreach (var url in app.Urls)
        {
            await output.WriteLineAsync($"ExpertFinder is serving Find en kollega at {url.TrimEnd('/')}/");
            await output.WriteLineAsync($"ExpertFinder is serving GraphQL at {url.TrimEnd('/')}/graphql");
        }
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>The checkout's demo data, which a developer's server starts with; none where there is no checkout.</summary>
    private static string? DemoDataset()
    {
        var demo = Path.Combine(CheckoutPaths.Root, "seed", "demo");
        return System.IO.Directory.Exists(demo) ? demo : null;
    }

    /// <summary>Prints a development token for a person, alone on standard output; Development only.</summary>
    private static async Task<int> TokenAsync(IServiceProvider services, string person, string[] roles, TextWriter output, TextWriter error, CancellationToken token)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        var options = services.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (!environment.IsDevelopment() || !options.DevelopmentIssuer)
        {
            await error.WriteLineAsync($"token: the development issuer exists in the Development environment only (this is {environment.EnvironmentName})");
            return 1;
        }
        if (!await PersonKeys.ExistAsync(services.GetRequiredService<NpgsqlDataSource>(), person, token))
        {
            await error.WriteLineAsync($"token: no person has the key '{person}'");
            return 1;
        }
        var issuer = DevelopmentIssuer.Open(DevelopmentIssuer.DefaultKeyPath(options), options.Audience);
        await output.WriteLineAsync(issuer.CreateToken(person, roles));
        return 0;
    }

    private static async Task<int> ReindexAsync(IServiceProvider services, TextWriter output, CancellationToken token)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var synchronizer = services.GetRequiredService<IndexSynchronizer>();
            await synchronizer.RebuildAsync(token);
            var (people, documents) = synchronizer.Index.Count();
            await output.WriteLineAsync($"reindex: indexed {people} people and {documents} documents in {started.ElapsedMilliseconds} ms");
        }
        catch (LockObtainFailedException)
        {
            await using var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(token);
            await IndexOutbox.EnqueueRebuildAsync(connection, token);
            await output.WriteLineAsync("reindex: the running server holds the index; it has been asked to rebuild it");
        }
        return 0;
    }

    /// <summary>The SDL of the served schema: into the checkout's schema file, FILE, or standard output (-).</summary>
    private static int WriteSchema(string? target, TextWriter output, TextWriter error)
    {
        string sdl;
        using (var services = new ServiceCollection().AddLogging().AddExpertFinderGraphQL().BuildServiceProvider())
        {
            sdl = SchemaSdl.Print(services.GetRequiredService<ExpertFinderSchema>());
        }
        if (target == "-")
        {
            output.Write(sdl);
            return 0;
        }
        var path = target is null ? Path.Combine(CheckoutPaths.Root, "schema", "expertfinder.graphql") : Path.GetFullPath(target);
        if (Path.GetDirectoryName(path) is { } folder && !System.IO.Directory.Exists(folder))
        {
            error.WriteLine($"schema: there is no folder {folder}; give --out FILE, or --out - for standard output");
            return 1;
        }
        File.WriteAllText(path, sdl);
        error.WriteLine($"schema: wrote {Path.GetRelativePath(System.IO.Directory.GetCurrentDirectory(), path)}");
        return 0;
    }

    /// <summary>Runs a verb with the data and index services of the environment's configuration, without a web server.</summary>
    private static async Task<int> WithServicesAsync(bool migrateFirst, Func<IServiceProvider, CancellationToken, Task<int>> work)
    {
        // The same environment as the web server reads (ASPNETCORE_ENVIRONMENT), so `token` and `serve` agree on Development.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Standard output is the verb's answer (apikey create ends with the key, for scripts). The console logger writes
        // from a thread of its own, at any moment, so its lines go to standard error lest one follow the answer.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddExpertFinderData(builder.Configuration);
        builder.Services.AddSearchIndex(follow: false);
        using var host = builder.Build();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            if (migrateFirst)
            {
                await host.Services.MigrateDatabaseAsync(cancel.Token);
            }
            return await work(host.Services, cancel.Token);
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"error: PostgreSQL: {e.Message}");
            return 1;
        }
    }
}
