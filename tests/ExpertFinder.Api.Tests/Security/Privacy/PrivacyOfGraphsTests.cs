using System.Net;
using System.Text.Json;
using ExpertFinder.Api.Schema.Conventions;
using static ExpertFinder.Api.Tests.Security.Privacy.PrivacyDataset;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>Collaboration graphs and their exports: a person the reader may not discover is no node, gives no tie and is not counted.</summary>
[Collection(PrivacySuite.Name)]
public sealed class PrivacyOfGraphsTests(PrivacyFixture server)
{
    public static TheoryData<Reader, string> ReadersAndExportFormats
    {
        get
        {
            var data = new TheoryData<Reader, string>();
            foreach (var reader in Enum.GetValues<Reader>())
            {
                foreach (var format in (string[])["graphml", "gexf", "cytoscape.json"])
                {
                    data.Add(reader, format);
                }
            }
            return data;
        }
    }

    /// <summary>
    /// The subjects that are nodes of the reader's PERSON-level graph: those the reader discovers, but for a person whose
    /// every tie is to people the reader may not discover (the public person of A, whose ties all run through the
    /// organisation-only person, for a reader who does not discover that one). A graph leaves out people with no ties.
    /// </summary>
    private static IEnumerable<Subject> Tied(Reader reader)
    {
        var found = Mentions.Expected(reader, c => c.Finds);
        return found.Where(s => s != Subject.PublicOfA || found.Contains(Subject.OrganisationOfA));
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Person_level_network_graph(Reader reader)
    {
        var (status, body) = await server.PostAsync(reader, "{ networkGraph(level: PERSON) { nodes { id key label } edges { source target } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        var json = JsonDocument.Parse(body).RootElement;
        if (!PrivacyExpectations.ForReader(reader).Analyst)
        {
            // Refused: UNAUTHENTICATED to a caller who gave no identity, FORBIDDEN to one who may not.
            var refusal = reader == Reader.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN";
            Assert.True(json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString() == refusal, $"networkGraph(PERSON): {reader}: {body}");
            Mentions.OnlyAllowed("networkGraph(PERSON)", reader, body, _ => false);
            return;
        }
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var keys = Mentions.Strings(json.GetProperty("data").GetProperty("networkGraph").GetProperty("nodes"), "key");
        Assert.True(Tied(reader).SequenceEqual(Mentions.SubjectsIn(keys).Order()), $"networkGraph(PERSON): {reader}: {body}");
        Mentions.OnlyAllowed("networkGraph(PERSON)", reader, body, c => c.Finds);
    }

    /// <summary>
    /// Department A counts exactly the A subjects the reader discovers, and its tie to department B weighs one per
    /// discovered subject whose network ties them to B (the hidden person's never counts).
    /// </summary>
    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Department_level_network_graph(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "{ networkGraph(level: DEPARTMENT) { nodes { key people } edges { source target weight } } }");

        var graph = data.GetProperty("networkGraph");
        var found = Mentions.Expected(reader, c => c.Finds);
        var peopleOfA = graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == DepartmentA).GetProperty("people").GetInt32();
        Assert.True(found.Count(InMunicipalityA) == peopleOfA, $"networkGraph(DEPARTMENT) people of {DepartmentA}: {reader}: {body}");
        string[] ends = [GlobalId.Encode("Unit", DepartmentA), GlobalId.Encode("Unit", DepartmentB)];
        var weight = graph.GetProperty("edges").EnumerateArray()
            .Where(e => ends.Contains(e.GetProperty("source").GetString()) && ends.Contains(e.GetProperty("target").GetString()))
            .Select(e => e.GetProperty("weight").GetDouble()).SingleOrDefault();
        Assert.True(TiedToDepartmentB.Count(found.Contains) == weight, $"networkGraph(DEPARTMENT) weight {DepartmentA}-{DepartmentB}: {reader}: {body}");
    }

    [Theory]
    [MemberData(nameof(ReadersAndExportFormats))]
    public async Task Graph_exports_at_person_level(Reader reader, string format)
    {
        var (status, body) = await server.SendAsync(reader, new HttpRequestMessage(HttpMethod.Get, $"/graph/export.{format}?level=PERSON"));

        if (!PrivacyExpectations.ForReader(reader).Analyst)
        {
            var refused = reader == Reader.Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.True(status == refused, $"export.{format}: {reader}: HTTP {(int)status}");
            Mentions.OnlyAllowed("export." + format, reader, body, _ => false);
            return;
        }
        Assert.True(status == HttpStatusCode.OK, $"export.{format}: {reader}: HTTP {(int)status} {body}");
        foreach (var subject in Tied(reader))
        {
            Assert.True(Mentions.Of(body, subject), $"export.{format}: {reader} misses {subject}");
        }
        Mentions.OnlyAllowed("export." + format, reader, body, c => c.Finds);
    }
}
