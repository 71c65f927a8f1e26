using ExpertFinder.Api.Data;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using Lucene.Net.Store;
using Npgsql;

namespace ExpertFinder.Api.Hosting;

/// <summary>The host's verbs: serve (the default), import DIR, reindex, migrate, apikey.</summary>
public static class Cli
{
    private const string Usage = """
        usage: ExpertFinder.Api [serve] [--urls URL] [--seed-if-empty DIR]
               ExpertFinder.Api import DIR
               ExpertFinder.Api reindex
               ExpertFinder.Api migrate
               ExpertFinder.Api schema      (prints the GraphQL SDL)
               ExpertFinder.Api token PERSON_KEY [--role ROLE]...   (Development only: a token of the development issuer)
        """ + "\n" + ApiKeyCommand.Usage;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = verb == "serve" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args[1..];
        switch (verb)
        {
            case "serve":
                return await ServeAsync(rest);
            case "import" when rest.Length == 1 && !System.IO.Directory.Exists(rest[0]):
                await Console.Error.WriteLineAsync($"import: no such directory: {rest[0]}");
                return 2;
            case "import" when rest.Length == 1:
                return await WithServicesAsync(async (services, token) =>
                {
                    await services.MigrateDatabaseAsync(token);
                    return await DatasetImport.RunCommandAsync(services, Path.GetFullPath(rest[0]), Console.Out, Console.Error, token);
                });
            case "reindex" when rest.Length == 0:
                return await WithServicesAsync(ReindexAsync);
            case "migrate" when rest.Length == 0:
                return await WithServicesAsync(async (services, token) =>
                {
                    await services.MigrateDatabaseAsync(token);
                    Console.WriteLine("migrate: the database is up to date");
                    return 0;
                });
            case "apikey" when ApiKeyCommand.IsValidUsage(rest):
                return await WithServicesAsync(async (services, token) =>
                {
                    await services.MigrateDatabaseAsync(token);
                    return await ApiKeyCommand.RunAsync(services.GetRequiredService<ApiKeyStore>(), rest, Console.Out, Console.Error, token);
                });
            case "schema" when rest.Length == 0:
                await using (var services = new ServiceCollection().AddLogging().AddExpertFinderGraphQL().BuildServiceProvider())
                {
                    Console.Write(SchemaSdl.Print(services.GetRequiredService<ExpertFinderSchema>()));
                }
                return 0;
            case "token":
                return await TokenAsync(rest);
            case "--help" or "-h" or "help":
                Console.WriteLine(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        string? seed = null;
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seed-if-empty" && i + 1 < args.Length)
            {
                seed = args[++i];
            }
            else
            {
                hostArgs.Add(args[i]);
            }
        }
        var app = Server.Build([.. hostArgs]);
        try
        {
            await Server.PrepareAsync(app, seed, CancellationToken.None);
        }
        catch (PendingMigrationsException e)
        {
            await Console.Error.WriteLineAsync($"serve: {e.Message}");
            return 1;
        }
        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await Console.Error.WriteLineAsync($"serve: {e.Message} Choose another port with --port.");
            return 1;
        }
        foreach (var url in app.Urls)
        {
            Console.WriteLine($"ExpertFinder is serving Find en kollega at {url.TrimEnd('/')}/");
            Console.WriteLine($"ExpertFinder is serving GraphQL at {url.TrimEnd('/')}/graphql");
        }
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>Prints a development token for a person, alone on standard output; Development only.</summary>
    private static async Task<int> TokenAsync(string[] args)
    {
        var roles = new List<string>();
        string? person = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--role" && i + 1 < args.Length && Role.All.Contains(args[i + 1], StringComparer.Ordinal))
            {
                roles.Add(args[++i]);
            }
            else if (!args[i].StartsWith('-') && person is null)
            {
                person = args[i];
            }
            else
            {
                await Console.Error.WriteLineAsync($"token: usage: token PERSON_KEY [--role {string.Join("|", Role.All)}]...");
                return 2;
            }
        }
        if (person is null)
        {
            await Console.Error.WriteLineAsync($"token: usage: token PERSON_KEY [--role {string.Join("|", Role.All)}]...");
            return 2;
        }
        return await WithServicesAsync(async (services, token) =>
        {
            var environment = services.GetRequiredService<IHostEnvironment>();
            var options = services.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
            if (!environment.IsDevelopment() || !options.DevelopmentIssuer)
            {
                await Console.Error.WriteLineAsync($"token: the development issuer exists in the Development environment only (this is {environment.EnvironmentName})");
                return 1;
            }
            if (!await PersonKeys.ExistAsync(services.GetRequiredService<NpgsqlDataSource>(), person, token))
            {
                await Console.Error.WriteLineAsync($"token: no person has the key '{person}'");
                return 1;
            }
            var issuer = DevelopmentIssuer.Open(DevelopmentIssuer.DefaultKeyPath(options), options.Audience);
            Console.WriteLine(issuer.CreateToken(person, roles));
            return 0;
        });
    }

    private static async Task<int> ReindexAsync(IServiceProvider services, CancellationToken token)
    {
        await services.MigrateDatabaseAsync(token);
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var synchronizer = services.GetRequiredService<IndexSynchronizer>();
            await synchronizer.RebuildAsync(token);
            var (people, documents) = synchronizer.Index.Count();
            Console.WriteLine($"reindex: indexed {people} people and {documents} documents in {started.ElapsedMilliseconds} ms");
        }
        catch (LockObtainFailedException)
        {
            await using var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(token);
            await IndexOutbox.EnqueueRebuildAsync(connection, token);
            Console.WriteLine("reindex: the running server holds the index; it has been asked to rebuild it");
        }
        return 0;
    }

    /// <summary>Runs a command with the data and index services, without a web server.</summary>
    private static async Task<int> WithServicesAsync(Func<IServiceProvider, CancellationToken, Task<int>> command)
    {
        // The same environment as the web server reads (ASPNETCORE_ENVIRONMENT), so `token` and `serve` agree on Development.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
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
            return await command(host.Services, cancel.Token);
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"error: PostgreSQL: {e.Message}");
            return 1;
        }
    }
}
