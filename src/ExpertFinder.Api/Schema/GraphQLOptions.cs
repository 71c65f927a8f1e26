namespace ExpertFinder.Api.Schema;

/// <summary>
/// The "ExpertFinder:GraphQL" section: limits that keep one request from exhausting the server, introspection,
/// persisted documents and GraphiQL. The defaults let the portals' pages through with room to spare.
/// </summary>
public sealed class GraphQLOptions
{
    /// <summary>Deepest allowed nesting of fields; GraphiQL's introspection query needs 15, the portals' expert search page 8.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest allowed estimate of the work a query asks for: each field counts once for every object it is asked on,
    /// a connection's items as many times as its page size ('first', else the default page size), other lists 5 times;
    /// introspection counts once. A search page of 10 hits with all their evidence and introduction paths is about 14,000.
    /// It also caps the fields an operation names once every fragment spread is counted (<see cref="MaxFieldsRule"/>).</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Most aliases one operation may run, a fragment's counted once for every time it is spread: aliases let a small
    /// document ask for the same expensive field many times.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Longest query text in characters, checked before it is parsed.</summary>
    public int MaxDocumentLength { get; set; } = 16 * 1024;

    /// <summary>How long one execution may run before it is cancelled and answered with a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether __schema and __type queries are answered (GraphiQL and code generators need them).</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Folder of *.graphql files a request may name by "sha256:" and the hash of the file's text instead of sending it;
    /// by default operations/ beside a published server, else schema/operations of the checkout (see ServerFolders).</summary>
    public string? PersistedDocumentsPath { get; set; }

    /// <summary>Refuse query text: only persisted documents run.</summary>
    public bool OnlyPersistedDocuments { get; set; }

    /// <summary>The folder of GraphiQL's start script and the npm files GraphiQL is served from; by default the web folder
    /// (web/ beside a published server, else src/ExpertFinder.Api/web of the checkout, see ServerFolders).</summary>
    public string? GraphiQLAssetsPath { get; set; }
}
