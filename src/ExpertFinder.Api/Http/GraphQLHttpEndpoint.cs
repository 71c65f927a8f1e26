using System.Text.Json;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ExpertFinder.Api.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL foundation's draft spec): POST with application/json, GET for queries only,
/// responses as application/graphql-response+json unless the client accepts only application/json.
/// A request that could not be executed (unparseable, invalid, over a limit) is answered 400 with no "data"
/// (200 when the client accepts only application/json). A browser that opens the endpoint gets GraphiQL.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    public const string JsonMediaType = "application/json";
    private const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        if (GraphiQLPage.IsBrowserNavigation(http.Request))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = ChooseMediaType(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status406NotAcceptable, JsonMediaType,
                $"Accept must allow {GraphQLResponseMediaType} or {JsonMediaType}", "NOT_ACCEPTABLE");
            return;
        }

        var (request, problem) = HttpMethods.IsGet(http.Request.Method)
            ? ReadGetRequest(http.Request, serializer)
            : await ReadPostRequestAsync(http.Request, serializer);
        if (request is null)
        {
            await WriteErrorAsync(http, serializer, problem!.Value.Status, mediaType, problem.Value.Message, problem.Value.Code);
            return;
        }
        var limits = http.RequestServices.GetRequiredService<IOptions<ExpertFinderOptions>>().Value.GraphQL;
        if (request.Query?.Length > limits.MaxDocumentLength)
        {
            // Refused before parsing, so a huge document costs no parser time; answered like a validation error.
            await WriteErrorAsync(http, serializer, NotExecutedStatus(mediaType), mediaType,
                $"The query must be at most {limits.MaxDocumentLength} characters long", "QUERY_TOO_LONG");
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(await DocumentTextAsync(http, request), request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Mutations must be sent with POST", "METHOD_NOT_ALLOWED");
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var userContext = CallerContext.UserContextFor(CallerContext.GetCaller(http), RequestIds.For(http));
        PrivacyPolicies.AddTo(userContext, await PrivacyPolicies.ForRequestAsync(http));
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(limits.ExecutionTimeout);
        new ExecutionDeadline(deadline).AddTo(userContext);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = userContext,
                CancellationToken = deadline.Token,
                UnhandledExceptionDelegate = context =>
                {
                    logger.LogError(context.OriginalException, "GraphQL resolver failed");
                    return Task.CompletedTask;
                },
            });
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("GraphQL execution cancelled after {Timeout}", limits.ExecutionTimeout);
            // Execution had begun: "data" is null, as when an error nulls the root, and the status 200.
            result = new ExecutionResult { Executed = true, Data = null };
            result.AddError(new ExecutionError($"The request took longer than {limits.ExecutionTimeout.TotalSeconds:0.###} s and was cancelled") { Code = "TIMEOUT" });
        }

        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : RefusedStatus(result) ?? NotExecutedStatus(mediaType);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            CallerResolution.AddChallenges(http.Response, http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value);
        }
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// A request refused for who sent it is answered as HTTP says: 401 when no identity was given and one is needed
    /// (with the challenges the door would give), 403 when the caller may not do it. Either way nothing ran.
    /// </summary>
    private static int? RefusedStatus(ExecutionResult result)
    {
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        return codes.Contains(AuthorizationValidationRule.Unauthenticated) ? StatusCodes.Status401Unauthorized
            : codes.Contains(AuthorizationValidationRule.Forbidden) ? StatusCodes.Status403Forbidden
            : null;
    }

    /// <summary>A request that was not executed is a client error, but a client that knows only application/json expects 200 with errors.</summary>
    private static int NotExecutedStatus(string mediaType) =>
        mediaType == GraphQLResponseMediaType ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>
    /// The media type the client asks for first; application/json for a client that names neither (no Accept, */*):
    /// such a client may predate application/graphql-response+json, as the spec foresees. Null when it accepts neither.
    /// </summary>
    internal static string? ChooseMediaType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return JsonMediaType;
        }
        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (type.Quality is 0)
            {
                continue;
            }
            var name = type.MediaType.Value;
            if (name is GraphQLResponseMediaType)
            {
                return GraphQLResponseMediaType;
            }
            if (name is JsonMediaType or "*/*" or "application/*")
            {
                return JsonMediaType;
            }
        }
        return null;
    }

    private static (GraphQLRequest? Request, (int Status, string Message, string Code)? Problem) ReadGetRequest(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        if (!QueryStringText.IsUtf8(request.QueryString))
        {
            return (null, (StatusCodes.Status400BadRequest, "The query string's percent-encoded bytes must be UTF-8", "INVALID_REQUEST"));
        }
        var query = NullIfEmpty(request.Query["query"].ToString());
        var documentId = NullIfEmpty(request.Query["documentId"].ToString());
        try
        {
            var extensions = DeserializeOrNull<Inputs>(serializer, request.Query["extensions"].ToString());
            documentId ??= query is null ? ApolloPersistedQueryId(extensions) : null;
            if (query is null && documentId is null)
            {
                return (null, (StatusCodes.Status400BadRequest, "The 'query' (or 'documentId') parameter is required", "MISSING_QUERY"));
            }
            return (new GraphQLRequest
            {
                Query = query,
                DocumentId = documentId,
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = DeserializeOrNull<Inputs>(serializer, request.Query["variables"].ToString()),
                Extensions = extensions,
            }, null);
        }
        catch (JsonException)
        {
            return (null, (StatusCodes.Status400BadRequest, "'variables' and 'extensions' must be JSON objects", "INVALID_JSON"));
        }
    }

    private static async Task<(GraphQLRequest? Request, (int Status, string Message, string Code)? Problem)> ReadPostRequestAsync(
        HttpRequest request, IGraphQLTextSerializer serializer)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be {JsonMediaType}", "UNSUPPORTED_MEDIA_TYPE"));
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, $"The request body must be at most {MaxBodyBytes} bytes", "REQUEST_TOO_LARGE"));
        }
        GraphQLRequest? graphQLRequest;
        try
        {
            var body = await ReadBoundedAsync(request.Body, request.HttpContext.RequestAborted);
            if (body is null)
            {
                return (null, (StatusCodes.Status413PayloadTooLarge, $"The request body must be at most {MaxBodyBytes} bytes", "REQUEST_TOO_LARGE"));
            }
            // JSON is UTF-8 (RFC 8259). The parser checks the bytes of a string only when the string is read, which
            // would happen deep inside deserialisation and fail there as something other than bad JSON.
            if (!System.Text.Unicode.Utf8.IsValid(body))
            {
                return (null, (StatusCodes.Status400BadRequest, "The request body is not UTF-8", "INVALID_JSON"));
            }
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, (StatusCodes.Status400BadRequest, "The request body must be a JSON object (batching is not supported)", "INVALID_REQUEST"));
            }
            var hasQuery = json.RootElement.TryGetProperty("query", out var query) && query.ValueKind != JsonValueKind.Null;
            var hasDocumentId = json.RootElement.TryGetProperty("documentId", out var documentId) && documentId.ValueKind != JsonValueKind.Null;
            if (hasQuery && query.ValueKind != JsonValueKind.String || hasDocumentId && documentId.ValueKind != JsonValueKind.String)
            {
                return (null, (StatusCodes.Status400BadRequest, "'query' and 'documentId' must be strings", "INVALID_REQUEST"));
            }
            graphQLRequest = serializer.Deserialize<GraphQLRequest>(json.RootElement.GetRawText());
            if (graphQLRequest is not null && !hasQuery && !hasDocumentId)
            {
                graphQLRequest.DocumentId = ApolloPersistedQueryId(graphQLRequest.Extensions);
            }
            if (graphQLRequest is not null && graphQLRequest.Query is null && graphQLRequest.DocumentId is null)
            {
                return (null, (StatusCodes.Status400BadRequest, "'query' (or 'documentId') is required", "MISSING_QUERY"));
            }
        }
        catch (JsonException)
        {
            return (null, (StatusCodes.Status400BadRequest, "The request body is not valid JSON of a GraphQL request", "INVALID_JSON"));
        }
        return graphQLRequest is null
            ? (null, (StatusCodes.Status400BadRequest, "The request body is empty", "INVALID_REQUEST"))
            : (graphQLRequest, null);
    }

    /// <summary>The body, or null when it is larger than allowed; a chunked body has no length to check up front.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The query text, or the text of the persisted document the request names (a GET may name a mutation too).</summary>
    private static async Task<string?> DocumentTextAsync(HttpContext http, GraphQLRequest request)
    {
        if (request.Query is not null || request.DocumentId is not { } id || id.IndexOf(':', StringComparison.Ordinal) is var colon && colon <= 0)
        {
            return request.Query;
        }
        var documents = http.RequestServices.GetRequiredService<global::GraphQL.PersistedDocuments.IPersistedDocumentLoader>();
        return await documents.GetQueryAsync(id[..colon], id[(colon + 1)..], http.RequestAborted);
    }

    /// <summary>Whether the operation the request selects is a mutation; an unparseable document is left to the executer to report.</summary>
    private static bool IsMutation(string? text, string? operationName)
    {
        if (text is null)
        {
            return false;
        }
        try
        {
            var document = GraphQLParser.Parser.Parse(text);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = operationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return selected?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, string message, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>The document id of an Apollo-style persisted query (extensions.persistedQuery.sha256Hash), if the request names one.</summary>
    private static string? ApolloPersistedQueryId(Inputs? extensions) =>
        extensions?.TryGetValue("persistedQuery", out var persisted) == true
        && persisted is IReadOnlyDictionary<string, object?> fields
        && fields.TryGetValue("sha256Hash", out var hash) && hash is string { Length: > 0 } sha256
            ? "sha256:" + sha256
            : null;

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static T? DeserializeOrNull<T>(IGraphQLTextSerializer serializer, string json) where T : class =>
        string.IsNullOrEmpty(json) ? null : serializer.Deserialize<T>(json) ?? throw new JsonException("null");
}
