using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace ExpertFinder.Api.Http;

/// <summary>
/// Parsed and validated documents by query text, so that a client repeating the same query with other variables
/// (as every search box does) skips parsing and the static validation rules. Only documents that passed validation
/// are kept. The complexity limit is checked again with each request's variables, as it counts pages by their
/// sizes: a document that was cheap with first: 1 must not pass unchecked with first: 50.
/// </summary>
/// <remarks>
/// Bounded by the number of documents and by their total length, least recently used out first, so that clients
/// sending ever new query texts cannot grow it without limit. Parsed documents are read-only during execution and
/// shared between requests.
/// </remarks>
public sealed class GraphQLDocumentCache(int maxDocuments = GraphQLDocumentCache.DefaultMaxDocuments, long maxTotalLength = GraphQLDocumentCache.DefaultMaxTotalLength)
    : IConfigureExecution
{
    public const int DefaultMaxDocuments = 500;

    /// <summary>Characters of query text; a parsed document takes some ten times as many bytes.</summary>
    public const long DefaultMaxTotalLength = 1_000_000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Query, GraphQLDocument Document)>> byQuery = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, GraphQLDocument Document)> recency = new();
    private long totalLength;

    /// <summary>After the option configurations (validation rules) have been applied.</summary>
    public float SortOrder => 200;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byQuery.Count;
            }
        }
    }

    public long TotalLength
    {
        get
        {
            lock (gate)
            {
                return totalLength;
            }
        }
    }

    public long Hits => Interlocked.Read(ref hits);

    private long hits;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }
        var cached = TryGet(query);
        if (cached is not null)
        {
            Interlocked.Increment(ref hits);
            // The static rules passed when the document was cached; the cost limits depend on each request's
            // variables (first: $n), so the complexity rule runs again with the rules meant for cached documents.
            options.Document = cached;
            options.ValidationRules = (options.CachedDocumentValidationRules ?? [])
                .Concat(options.ValidationRules?.OfType<ComplexityValidationRule>() ?? [])
                .ToList();
        }
        var result = await next(options);
        if (cached is null && result.Executed && result.Document is { } parsed)
        {
            Add(query, parsed);
        }
        return result;
    }

    private GraphQLDocument? TryGet(string query)
    {
        lock (gate)
        {
            if (!byQuery.TryGetValue(query, out var node))
            {
                return null;
            }
            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.Document;
        }
    }

    private void Add(string query, GraphQLDocument document)
    {
        if (query.Length > maxTotalLength || maxDocuments <= 0)
        {
            return;
        }
        lock (gate)
        {
            if (byQuery.ContainsKey(query))
            {
                return;
            }
            while (byQuery.Count >= maxDocuments || totalLength + query.Length > maxTotalLength)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                byQuery.Remove(oldest.Value.Query);
                totalLength -= oldest.Value.Query.Length;
            }
            byQuery[query] = recency.AddFirst((query, document));
            totalLength += query.Length;
        }
    }
}
