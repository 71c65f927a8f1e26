using System.Text.Json;
using ExpertFinder.Api.Schema.Conventions;

namespace ExpertFinder.Api.Tests.Http;

/// <summary>Runs mutations as clients do: one operation over HTTP with the input as a variable.</summary>
public static class MutationRequests
{
    /// <summary>The selection every test reads errors with.</summary>
    public const string Errors = "errors { __typename code path message ... on InUseError { usedBy } }";

    public static string Id(string typeName, string key) => GlobalId.Encode(typeName, key);

    /// <summary>The payload of the one mutation in <paramref name="mutation"/>; a GraphQL error fails the test.</summary>
    public static async Task<JsonElement> MutateAsync(this ServerFixture server, string mutation, object input)
    {
        var json = await server.QueryAsync(mutation, new { input });
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").EnumerateObject().Single().Value;
    }

    /// <summary>The payload of a mutation sent as the person with <paramref name="personKey"/>, signed in through the provider.</summary>
    public static async Task<JsonElement> MutateAsAsync(this ServerFixture server, string personKey, string mutation, object input)
    {
        var json = await server.QueryAsync(mutation, new { input }, await server.TokenForAsync(personKey));
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").EnumerateObject().Single().Value;
    }

    /// <summary>Imports a dataset that must be valid; a test never builds on a dataset the import refused.</summary>
    public static async Task SeedAsync(this ServerFixture server, TestDataset dataset)
    {
        var (summary, _) = await server.ImportAsync(dataset);
        Assert.True(summary.IsValid, string.Join("\n", summary.Errors.Select(e => $"{e.File}:{e.Line}: {e.Message}")));
    }

    /// <summary>Payloads as one indented JSON array, for snapshots people can read.</summary>
    public static string Pretty(params JsonElement[] payloads) => JsonSerializer.Serialize(payloads, Indented);

    /// <summary>One payload field as compact JSON with Danish letters as written.</summary>
    public static string Compact(JsonElement element) => JsonSerializer.Serialize(element, Readable);

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AssertSucceeded(JsonElement payload) => Assert.Equal("[]", payload.GetProperty("errors").GetRawText());

    /// <summary>The errors as (type, code, path) triples, e.g. ("ValidationError", "TOO_LONG", "input.name").</summary>
    public static List<(string Type, string Code, string? Path)> ErrorsOf(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("__typename").GetString()!, e.GetProperty("code").GetString()!,
                e.GetProperty("path").ValueKind == JsonValueKind.Null ? null : string.Join('.', e.GetProperty("path").EnumerateArray().Select(p => p.GetString()))))
            .ToList();
}
