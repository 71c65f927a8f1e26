namespace ExpertFinder.Api.Hosting;

/// <summary>
/// Where the server reads the files that are not code (the browser pages and GraphiQL's assets, the persisted
/// documents), by one rule: beside the binaries when they are a published server (`dotnet publish` copies
/// <see cref="PublishedWeb"/> and <see cref="PublishedOperations"/> there), else from the checkout they were built in,
/// so a developer's server serves the sources and bundle as they are rebuilt. Binaries with neither are taken for a
/// published server missing its files, and the pages say which folder lacks them. A configured folder wins; a
/// relative one starts at <see cref="Root"/>.
/// </summary>
public sealed class ServerFolders
{
    /// <summary>The web folder's name beside a published server's binaries.</summary>
    public const string PublishedWeb = "web";

    /// <summary>The persisted documents' folder name beside a published server's binaries.</summary>
    public const string PublishedOperations = "operations";

    private static readonly Lazy<ServerFolders> ForThisServer = new(() => For(AppContext.BaseDirectory));

    private ServerFolders(string root, string web, string persistedDocuments, string? checkout)
    {
        Root = root;
        Web = web;
        PersistedDocuments = persistedDocuments;
        Checkout = checkout;
    }

    /// <summary>The folders of the running server's binaries.</summary>
    public static ServerFolders Current => ForThisServer.Value;

    /// <summary>Where relative settings start: the published folder, or the checkout's root.</summary>
    public string Root { get; }

    /// <summary>The web folder: pages, their bundle (dist/) and GraphiQL's npm files.</summary>
    public string Web { get; }

    /// <summary>The folder of the *.graphql files a request may name by hash.</summary>
    public string PersistedDocuments { get; }

    /// <summary>The checkout the server runs from, or null for a published server.</summary>
    public string? Checkout { get; }

    /// <summary>The folders for binaries in <paramref name="binaries"/>.</summary>
    public static ServerFolders For(string binaries)
    {
        binaries = Path.GetFullPath(binaries);
        var checkout = Directory.Exists(Path.Combine(binaries, PublishedWeb)) ? null : CheckoutPaths.Above(binaries);
        return checkout is null
            ? new ServerFolders(binaries, Path.Combine(binaries, PublishedWeb), Path.Combine(binaries, PublishedOperations), null)
            : new ServerFolders(checkout, Path.Combine(checkout, "src", "ExpertFinder.Api", "web"), Path.Combine(checkout, "schema", "operations"), checkout);
    }

    /// <summary><paramref name="configured"/> (relative to <see cref="Root"/>) when set, else <paramref name="standard"/>.</summary>
    public string Resolve(string? configured, string standard) =>
        string.IsNullOrWhiteSpace(configured) ? standard : Path.GetFullPath(Path.Combine(Root, configured));
}
