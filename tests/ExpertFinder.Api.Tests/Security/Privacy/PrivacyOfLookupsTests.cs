using System.Text.Json;
using ExpertFinder.Api.Schema.Conventions;
using static ExpertFinder.Api.Tests.Security.Privacy.PrivacyDataset;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>Looking a person up by key or ID: only whom the reader may see, and an unseen person looks exactly like nobody.</summary>
[Collection(PrivacySuite.Name)]
public sealed class PrivacyOfLookupsTests(PrivacyFixture server)
{
    private const string PersonByKey = "query($key: String!) { person(key: $key) { id key name } }";
    private const string NodeById = "query($id: ID!) { node(id: $id) { id ... on Person { key name } } }";

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllCells), MemberType = typeof(PrivacyExpectations))]
    public async Task Person_by_key(Reader reader, Subject subject)
    {
        var cell = PrivacyExpectations.Of(reader, subject);
        var (data, body) = await server.ReadAsync(reader, PersonByKey, new { key = KeyOf(subject) });

        var person = data.GetProperty("person");
        Assert.True(cell.Sees == (person.ValueKind != JsonValueKind.Null), $"person(key): {reader} on {subject}: {body}");
        Assert.Equal(cell.Sees, Mentions.Of(body, subject));
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllCells), MemberType = typeof(PrivacyExpectations))]
    public async Task Node_by_id(Reader reader, Subject subject)
    {
        var cell = PrivacyExpectations.Of(reader, subject);
        var (data, body) = await server.ReadAsync(reader, NodeById, new { id = Mentions.IdOf(subject) });

        var node = data.GetProperty("node");
        Assert.True(cell.Sees == (node.ValueKind != JsonValueKind.Null), $"node(id): {reader} on {subject}: {body}");
        Assert.True(!cell.Sees || node.GetProperty("name").GetString() == NameOf(subject), body);
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Nodes_by_ids(Reader reader)
    {
        var ids = Subjects.Select(Mentions.IdOf).Append(GlobalId.Encode("Person", MissingKey)).ToArray();
        var (data, body) = await server.ReadAsync(reader, "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { key } } }", new { ids });

        var found = Mentions.Strings(data.GetProperty("nodes"), "key").ToList();
        Assert.Equal(Subjects.Select(s => PrivacyExpectations.Of(reader, s).Sees ? KeyOf(s) : null).Append(null), found);
        Mentions.OnlyAllowed("nodes(ids)", reader, body, c => c.Sees);
    }

    /// <summary>
    /// Whether a key names someone hidden from the reader or no one at all must not show: the answers are the same
    /// bytes once the key itself (and its ID) is written the same.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrivacyExpectations.UnseenCells), MemberType = typeof(PrivacyExpectations))]
    public async Task Unseen_keys_answer_as_missing_ones(Reader reader, Subject subject)
    {
        var (_, unseenByKey) = await server.ReadAsync(reader, PersonByKey, new { key = KeyOf(subject) });
        var (_, missingByKey) = await server.ReadAsync(reader, PersonByKey, new { key = MissingKey });
        var (_, unseenById) = await server.ReadAsync(reader, NodeById, new { id = Mentions.IdOf(subject) });
        var (_, missingById) = await server.ReadAsync(reader, NodeById, new { id = GlobalId.Encode("Person", MissingKey) });

        Assert.Equal(Normalised(missingByKey, MissingKey), Normalised(unseenByKey, KeyOf(subject)));
        Assert.Equal(Normalised(missingById, MissingKey), Normalised(unseenById, KeyOf(subject)));
    }

    /// <summary>The body with <paramref name="key"/> and the person ID made of it written as placeholders.</summary>
    public static string Normalised(string body, string key) =>
        body.Replace(GlobalId.Encode("Person", key), "{id}", StringComparison.Ordinal).Replace(key, "{key}", StringComparison.Ordinal);
}
