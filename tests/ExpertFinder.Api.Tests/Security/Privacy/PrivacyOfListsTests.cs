using System.Text.Json;
using static ExpertFinder.Api.Tests.Security.Privacy.PrivacyDataset;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>Lists of people and what refers to people: only whom the reader may see, counted as such.</summary>
[Collection(PrivacySuite.Name)]
public sealed class PrivacyOfListsTests(PrivacyFixture server)
{
    private static readonly Subject[] OfA = [.. Subjects.Where(InMunicipalityA)];

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task People_list_and_its_total_count(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "query($name: String!) { people(filter: { name: $name }, first: 50) { totalCount nodes { key } } }", new { name = Surname });

        AssertList("people", reader, data.GetProperty("people"), body, Subjects, "key");
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Unit_people(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "query($key: String!) { unit(key: $key) { people(first: 50) { totalCount nodes { key } } } }", new { key = DepartmentA });

        AssertList("unit { people }", reader, data.GetProperty("unit").GetProperty("people"), body, OfA, "key");
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Network_members(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "query($key: String!) { network(key: $key) { members(first: 50) { totalCount nodes { person { key } } } } }", new { key = NetworkOfA });

        AssertList("network { members }", reader, data.GetProperty("network").GetProperty("members"), body, OfA, "person", "key");
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Document_authors(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "query($key: String!) { document(key: $key) { authors(first: 50) { totalCount nodes { key } } } }", new { key = DocumentOfA });

        // In byline order.
        AssertList("document { authors }", reader, data.GetProperty("document").GetProperty("authors"), body,
            [Subject.HiddenOfA, Subject.OrganisationOfA, Subject.PublicOfA], "key");
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Competence_holders(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "query($key: String!) { competence(key: $key) { holders(first: 50) { totalCount nodes { person { key } } } } }", new { key = Competence });

        AssertList("competence { holders }", reader, data.GetProperty("competence").GetProperty("holders"), body, Subjects, "person", "key");
    }

    /// <summary>
    /// Every endorsement between subjects, read through the holders' competences: one of a person the reader may not
    /// see is not there at all; one by an endorser the reader may not see is there (it counts) with a null endorser.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Person_competence_endorsements(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader, """
            query($key: String!) { competence(key: $key) { holders(first: 50) { nodes {
              person { key } endorsements(first: 50) { nodes { id endorser { key } } } } } } }
            """, new { key = Competence });

        var rows = data.GetProperty("competence").GetProperty("holders").GetProperty("nodes").EnumerateArray()
            .SelectMany(h => h.GetProperty("endorsements").GetProperty("nodes").EnumerateArray())
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("endorser"));
        foreach (var ((endorser, endorsed), id) in PrivacyDataset.Endorsements.Zip(server.Endorsements))
        {
            var what = $"PersonCompetence.endorsements: {reader}, endorsement of {endorsed} by {endorser}";
            Assert.True(PrivacyExpectations.Of(reader, endorsed).Sees == rows.ContainsKey(id), what);
            if (rows.TryGetValue(id, out var shown))
            {
                Assert.True(PrivacyExpectations.Of(reader, endorser).Sees == (shown.ValueKind != JsonValueKind.Null), $"{what}: {shown}");
            }
        }
        Mentions.OnlyAllowed("PersonCompetence.endorsements", reader, body, c => c.Sees);
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Endorsement_nodes(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Endorsement { person { key } endorser { key } } } }", new { ids = server.Endorsements });

        foreach (var ((endorser, endorsed), node) in PrivacyDataset.Endorsements.Zip(data.GetProperty("nodes").EnumerateArray()))
        {
            var what = $"node(Endorsement): {reader}, endorsement of {endorsed} by {endorser}: {node}";
            Assert.True(PrivacyExpectations.Of(reader, endorsed).Sees == (node.ValueKind != JsonValueKind.Null), what);
            if (node.ValueKind != JsonValueKind.Null)
            {
                Assert.Equal(KeyOf(endorsed), node.GetProperty("person").GetProperty("key").GetString());
                Assert.True(PrivacyExpectations.Of(reader, endorser).Sees == (node.GetProperty("endorser").ValueKind != JsonValueKind.Null), what);
            }
        }
        Mentions.OnlyAllowed("node(Endorsement)", reader, body, c => c.Sees);
    }

    /// <summary>
    /// Filtering documents by author or networks by member with someone the reader may not see finds nothing, as for
    /// an ID that names nobody: the filter must not tell whether they exist (every A subject wrote the A document, and
    /// every subject is in a network).
    /// </summary>
    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllCells), MemberType = typeof(PrivacyExpectations))]
    public async Task Documents_and_networks_filtered_by_person(Reader reader, Subject subject)
    {
        var cell = PrivacyExpectations.Of(reader, subject);
        var (data, body) = await server.ReadAsync(reader,
            "query($id: ID!) { documents(filter: { authorId: $id }) { totalCount } networks(filter: { memberId: $id }) { totalCount } }",
            new { id = Mentions.IdOf(subject) });

        var what = $"documents/networks filtered by {subject}: {reader}: {body}";
        Assert.True((cell.Sees && InMunicipalityA(subject)) == data.GetProperty("documents").GetProperty("totalCount").GetInt32() > 0, what);
        Assert.True(cell.Sees == data.GetProperty("networks").GetProperty("totalCount").GetInt32() > 0, what);
    }

    /// <summary>The subjects in a connection are those the reader sees, in order, and its totalCount counts no one else.</summary>
    private static void AssertList(string surface, Reader reader, JsonElement connection, string body, IReadOnlyList<Subject> order, params string[] keyPath)
    {
        var expected = Mentions.Expected(reader, c => c.Sees, order);
        var keys = Mentions.Strings(connection.GetProperty("nodes"), keyPath).ToList();
        Assert.True(expected.SequenceEqual(Mentions.SubjectsIn(keys)), $"{surface}: {reader} gets [{string.Join(", ", keys)}]");
        // Nobody but subjects is in these lists, so the count is exactly theirs.
        Assert.True(keys.Count == expected.Count && connection.GetProperty("totalCount").GetInt32() == expected.Count, $"{surface}: {reader}: {body}");
        Mentions.OnlyAllowed(surface, reader, body, c => c.Sees);
    }
}
