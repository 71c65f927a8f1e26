using System.CommandLine;
using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Api.Hosting.CommandLine;

/// <summary>serve [--port N | --urls URLS] [--seed-if-empty DIR]</summary>
public sealed class ServeVerb
{
    public const int DefaultPort = 8080;

    public ServeVerb()
    {
        Command = new Command("serve",
            "serve the web app: Find en kollega at /, GraphQL (and GraphiQL) at /graphql, the collaboration graph explorer " +
            "at /explore; in the Development environment the demo data is seeded into an empty database (the default command)")
        {
            Port, Urls, SeedIfEmpty,
        };
        Command.Validators.Add(result =>
        {
            if (result.GetResult(Port) is not null && result.GetResult(Urls) is not null)
            {
                result.AddError("--port and --urls cannot be given together");
            }
        });
    }

    public Command Command { get; }

    public Option<int?> Port { get; } = new Option<int?>("--port")
    {
        Description = $"serve on http://127.0.0.1:N (default {DefaultPort}, unless ASPNETCORE_URLS says otherwise)",
        HelpName = "N",
    }.Within(1, 65535);

    public Option<string?> Urls { get; } = new("--urls")
    {
        Description = "the addresses to listen on, as ASP.NET Core takes them (for example http://0.0.0.0:80;http://[::]:80)",
        HelpName = "URLS",
    };

    public Option<DirectoryInfo> SeedIfEmpty { get; } = new Option<DirectoryInfo>("--seed-if-empty")
    {
        Description = "import this data set when the database is empty (default in Development: seed/demo of the checkout)",
        HelpName = "DIR",
    }.AcceptExistingOnly();
}

/// <summary>import DIR</summary>
public sealed class ImportVerb
{
    public ImportVerb() =>
        Command = new Command("import",
            "import the data set in DIR (units, people, competences, networks, documents as JSON Lines); a data set with " +
            "any error is refused whole, each error printed as file:line: message (exit 0 imported, 1 invalid data set)")
        {
            Directory,
        };

    public Command Command { get; }

    public Argument<DirectoryInfo> Directory { get; } = new Argument<DirectoryInfo>("DIR") { Description = "the data set's folder" }.AcceptExistingOnly();
}

/// <summary>verify [--repair]</summary>
public sealed class VerifyVerb
{
    public VerifyVerb() =>
        Command = new Command("verify",
            "compare the search index with the database: every person, document, network and competence it should hold, " +
            "built from the content the database has now; prints each difference (kind, key, what differs) and last " +
            "`differences: N` (exit 0 none, 1 some); a running server that holds the index is asked to verify its own")
        {
            Repair,
        };

    public Command Command { get; }

    public Option<bool> Repair { get; } = new("--repair")
    {
        Description = "index the differing entries again (or remove them) and verify again: N is then what remains",
    };
}

/// <summary>apikey create NAME [--municipality KEY] | list | revoke NAME</summary>
public sealed class ApiKeyVerbs
{
    public ApiKeyVerbs()
    {
        Create = new Command("create",
            "make an API key for a portal (of one municipality, else of all); the key is printed once, alone on the last " +
            "line, and only its SHA-256 is stored (exit 1 when the name is taken or there is no such municipality)")
        {
            CreateName, Municipality,
        };
        List = new Command("list", "list the keys: name, municipality (* for all), created, active or revoked; never the keys");
        Revoke = new Command("revoke", "revoke a key at once (exit 1 when there is no such active key)") { RevokeName };
        Command = new Command("apikey", "the API keys of portals") { Create, List, Revoke };
    }

    public Command Command { get; }

    public Command Create { get; }

    public Command List { get; }

    public Command Revoke { get; }

    public Argument<string> CreateName { get; } = new("NAME") { Description = "the portal's name" };

    public Argument<string> RevokeName { get; } = new("NAME") { Description = "the name the key was created with" };

    public Option<string?> Municipality { get; } = new("--municipality")
    {
        Description = "the municipality (unit key) the key is issued for",
        HelpName = "KEY",
    };
}

/// <summary>token PERSON_KEY [--role ROLE]...</summary>
public sealed class TokenVerb
{
    public TokenVerb()
    {
        Roles.AcceptOnlyFromAmong([.. Role.All]);
        Command = new Command("token",
            "Development only: print a signed token of the development issuer for the person, alone on standard output; " +
            "send it as \"Authorization: Bearer TOKEN\" (exit 1 outside Development or when there is no such person)")
        {
            Person, Roles,
        };
    }

    public Command Command { get; }

    public Argument<string> Person { get; } = new("PERSON_KEY") { Description = "the person's key, for example p-mette-lund" };

    public Option<string[]> Roles { get; } = new("--role")
    {
        Description = $"a role the token grants ({string.Join(", ", Role.All)}); repeatable",
        HelpName = "ROLE",
        DefaultValueFactory = _ => [],
    };
}

/// <summary>schema [--out FILE]</summary>
public sealed class SchemaVerb
{
    public SchemaVerb() =>
        Command = new Command("schema", "rewrite schema/expertfinder.graphql of the checkout from the served schema") { Out };

    public Command Command { get; }

    public Option<string?> Out { get; } = new("--out")
    {
        Description = "write the SDL to FILE instead, or to standard output with -",
        HelpName = "FILE",
    };
}
