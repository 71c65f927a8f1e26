using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using ExpertFinder.Api.Hosting;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Http;

/// <summary>
/// Persisted documents from a folder of *.graphql files, each known by "sha256:" and the hex SHA-256 of its text
/// (as the GraphQL-over-HTTP persisted documents appendix defines). The folder is read once, on first use.
/// </summary>
public sealed class PersistedDocumentFolder(IOptions<ExpertFinderOptions> options, ILogger<PersistedDocumentFolder> logger) : IPersistedDocumentLoader
{
    private readonly Lazy<FrozenDictionary<string, string>> documents = new(() => Load(options.Value.GraphQL.PersistedDocumentsPath, logger));

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix == "sha256" && documents.Value.TryGetValue(documentIdPayload, out var query) ? query : null);

    /// <summary>The lower-case hex SHA-256 of a document's text, its id without the "sha256:" prefix.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static FrozenDictionary<string, string> Load(string? configuredPath, ILogger logger)
    {
        var folder = ServerFolders.Current.Resolve(configuredPath, ServerFolders.Current.PersistedDocuments);
        if (!Directory.Exists(folder))
        {
            logger.LogInformation("No persisted documents: {Folder} does not exist", folder);
            return FrozenDictionary<string, string>.Empty;
        }
        var byHash = Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .DistinctBy(Hash)
            .ToFrozenDictionary(Hash, text => text, StringComparer.Ordinal);
        logger.LogInformation("{Count} persisted documents from {Folder}", byHash.Count, folder);
        return byHash;
    }
}
