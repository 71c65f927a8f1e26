using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace ExpertFinder.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL foundation's draft spec): POST with application/json, GET for queries only,
/// responses as application/graphql-response+json unless the client accepts only application/json.
/// A request that could not be executed (unparseable, invalid) is answered 400 with no "data".
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
        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(request))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Mutations must be sent with POST", "METHOD_NOT_ALLOWED");
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint));
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "GraphQL resolver failed");
                return Task.CompletedTask;
            },
        });

        http.Response.StatusCode = !result.Executed && mediaType == GraphQLResponseMediaType
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>graphql-response+json unless the client accepts application/json and not it; null when it accepts neither.</summary>
    internal static string? ChooseMediaType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponseMediaType;
        }
        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (type.Quality is 0)
            {
                continue;
            }
            var name = type.MediaType.Value;
            if (name is GraphQLResponseMediaType or "*/*" or "application/*")
            {
                return GraphQLResponseMediaType;
            }
            if (name is JsonMediaType)
            {
                return JsonMediaType;
            }
        }
        return null;
    }

    private static (GraphQLRequest? Request, (int Status, string Message, string Code)? Problem) ReadGetRequest(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            return (null, (StatusCodes.Status400BadRequest, "The 'query' parameter is required", "MISSING_QUERY"));
        }
        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = DeserializeOrNull<Inputs>(serializer, request.Query["variables"].ToString()),
                Extensions = DeserializeOrNull<Inputs>(serializer, request.Query["extensions"].ToString()),
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
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, (StatusCodes.Status400BadRequest, "The request body must be a JSON object (batching is not supported)", "INVALID_REQUEST"));
            }
            if (!json.RootElement.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            {
                return (null, (StatusCodes.Status400BadRequest, "'query' must be a string", "MISSING_QUERY"));
            }
            graphQLRequest = serializer.Deserialize<GraphQLRequest>(json.RootElement.GetRawText());
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

    /// <summary>Whether the operation the request selects is a mutation; an unparseable document is left to the executer to report.</summary>
    private static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(request.Query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = request.OperationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
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

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static T? DeserializeOrNull<T>(IGraphQLTextSerializer serializer, string json) where T : class =>
        string.IsNullOrEmpty(json) ? null : serializer.Deserialize<T>(json) ?? throw new JsonException("null");
}
