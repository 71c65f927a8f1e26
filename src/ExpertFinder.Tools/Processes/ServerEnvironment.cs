using System.Diagnostics;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Tools.Processes;

/// <summary>
/// What every process of one deployment shares when the tools start them as `ExpertFinder.Api.dll VERB` of this build,
/// as `./expertfinder VERB` does: the database (the server gets the app role's connection string alone, the database
/// being migrated beforehand; the other verbs also the owner's, <paramref name="OwnerConnectionString"/>, when there is
/// one), the Development environment with its issuer's key in <paramref name="DevelopmentKeyPath"/> (so that the tools
/// can sign mutations in, see <see cref="TokenFor"/>), and the rate limits lifted. Each process names its index folder.
/// </summary>
public sealed record ServerEnvironment(string ConnectionString, string? OwnerConnectionString, string DevelopmentKeyPath)
{
    /// <summary>Further settings, as environment variables name them (ExpertFinder__IndexLog__MutationWait, say).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>A token of the development issuer naming <paramref name="personKey"/> (who need not be a person in the data), with roles.</summary>
    public string TokenFor(string personKey, params string[] roles) =>
        DevelopmentIssuer.Open(DevelopmentKeyPath, new AuthOptions().Audience).CreateToken(personKey, roles);

    /// <summary>How to run <c>ExpertFinder.Api.dll</c> with <paramref name="arguments"/> and its index in <paramref name="indexPath"/>.</summary>
    public ProcessStartInfo StartInfo(string indexPath, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CheckoutPaths.Root,
        };
        start.ArgumentList.Add(ServerAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var environment = start.Environment;
        environment["ConnectionStrings__ExpertFinder"] = ConnectionString;
        // A server runs as the app role alone: the owner's connection is never in its hands.
        environment.Remove("ConnectionStrings__ExpertFinderOwner");
        if (OwnerConnectionString is not null && (arguments.Count == 0 || arguments[0] != "serve"))
        {
            environment["ConnectionStrings__ExpertFinderOwner"] = OwnerConnectionString;
        }
        environment.Remove("ASPNETCORE_URLS");
        environment.Remove("DOTNET_URLS");
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["ExpertFinder__IndexPath"] = Path.GetFullPath(indexPath);
        environment["ExpertFinder__Auth__DevelopmentIssuer"] = "true";
        environment["ExpertFinder__Auth__AnonymousReads"] = "true";
        environment["ExpertFinder__Auth__DevelopmentKeyPath"] = Path.GetFullPath(DevelopmentKeyPath);
        // Npgsql logs every command at Information: the console would be the bottleneck, and the output all commands.
        environment["Logging__LogLevel__Npgsql"] = "Warning";
        // The tools measure the servers, not the limiter refusing them (it still runs on every request).
        environment["ExpertFinder__RateLimits__General__PermitsPerMinute"] = "60000000";
        environment["ExpertFinder__RateLimits__General__Burst"] = "1000000";
        foreach (var (name, value) in Settings)
        {
            environment[name] = value;
        }
        return start;
    }

    /// <summary>
    /// ExpertFinder.Api.dll of the checkout, built as this program is (configuration and framework), as
    /// `./expertfinder` runs it; a missing build is an error that says what to build.
    /// </summary>
    public static string ServerAssembly
    {
        get
        {
            var build = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var server = Path.Combine(CheckoutPaths.Root, "src", "ExpertFinder.Api", "bin", build.Parent!.Name, build.Name, "ExpertFinder.Api.dll");
            return File.Exists(server)
                ? server
                : throw new FileNotFoundException($"the server is not built: {server} is missing (build ExpertFinder.sln in {build.Parent.Name})", server);
        }
    }
}
