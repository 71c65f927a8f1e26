using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Tests.Features.People;
using ExpertFinder.Api.Tests.Http;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.IndexSync;

/// <summary>
/// The bulk rebuild (one read per kind, several indexing threads, documents added into the emptied index) must leave
/// exactly what the outbox's upserts leave for the same data: the same stored values and doc values, the same terms
/// in the same number of entries, the same answers.
/// </summary>
public sealed class RebuildTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Prefix = "rb";
    private static readonly string[] Queries = ["vejvedligeholdelse", "demens", "sundhedsfremme", "Karen Østergaard", "genbrug af møbler"];

    [Fact]
    public async Task A_rebuild_gives_the_index_the_upserts_gave_and_the_same_answers_and_a_second_rebuild_the_same_again()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);
        var upserted = Contents();
        var answers = await AnswersAsync();
        Assert.Contains(upserted.Values, v => v.Field == "doc_mention" && v.Value == Prefix + "-karen");
        Assert.Contains(answers, a => a.Value.Count > 0);

        await RebuildAsync();
        var rebuilt = Contents();
        await RebuildAsync();

        Assert.Equal(upserted.Values, rebuilt.Values);
        Assert.Equal(upserted.Terms, rebuilt.Terms);
        Assert.Equal(answers, await AnswersAsync());
        Assert.Equal(rebuilt.Values, Contents().Values);
        Assert.Equal(rebuilt.Terms, Contents().Terms);
    }

    [Fact]
    public async Task Hidden_people_enter_the_rebuilt_index_neither_as_people_nor_as_authors_members_or_mentions()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        await RebuildAsync();

        var contents = Contents();
        // Her name stays only where it was written: in the text of a document.
        Assert.DoesNotContain(contents.Values, v => v.Field != "doc_text"
            && (v.Value.Contains(Prefix + "-skjult", StringComparison.Ordinal) || v.Value.Contains("Hemmelig", StringComparison.Ordinal)));
        Assert.DoesNotContain(contents.Terms.Keys, t => t.Contains(Prefix + "-skjult", StringComparison.Ordinal));
        // Her document stays, authorless; the visible co-author keeps it.
        Assert.Contains(contents.Values, v => v.Field == "doc_key" && v.Value == Prefix + "-d-hidden");
        Assert.Equal([Prefix + "-mette"], await server.ExpertKeysAsync("vejvedligeholdelse"));
    }

    [Fact]
    public async Task Each_document_lists_a_person_it_names_once_and_skips_names_two_people_share()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        await RebuildAsync();

        var mentions = Contents().Values.Where(v => v.Field == "doc_mention").Select(v => v.Value).ToList();
        Assert.Single(mentions, Prefix + "-karen");
        Assert.DoesNotContain(mentions, m => m.StartsWith(Prefix + "-anna", StringComparison.Ordinal));
        // An author named in the text is an author, not also a mention.
        Assert.DoesNotContain(Prefix + "-mette", mentions);
    }

    [Fact]
    public async Task A_rebuild_reads_what_people_are_happy_to_be_asked_about_and_their_willingness_as_the_upserts_do()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);
        MutationRequests.AssertSucceeded(await MutationRequests.MutateAsync(server,
            $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ {MutationRequests.Errors} }} }}",
            new { id = MutationRequests.Id("Person", Prefix + "-mette"), askMeAbout = new[] { "Snerydning på cykelstier" }, openToMentoring = true, openToJobRotation = true }));
        var upserted = Contents();

        await RebuildAsync();
        var rebuilt = Contents();

        Assert.Contains(upserted.Values, v => v.Field == "pf_willingness" && v.Value == "mentoring");
        Assert.Contains(upserted.Values, v => v.Field == "pf_willingness" && v.Value == "job-rotation");
        Assert.Contains(upserted.Values, v => v.Field == "pf_ask_me_about" && v.Value.EndsWith("Snerydning på cykelstier", StringComparison.Ordinal));
        Assert.Equal(upserted.Values, rebuilt.Values);
        Assert.Equal(upserted.Terms, rebuilt.Terms);
        Assert.Equal([Prefix + "-mette"], await server.ExpertKeysAsync("snerydning"));
    }

    private async Task RebuildAsync() =>
        await server.Services.GetRequiredService<IndexSynchronizer>().RebuildAsync(CancellationToken.None);

    private async Task<Dictionary<string, List<string>>> AnswersAsync()
    {
        var answers = new Dictionary<string, List<string>>();
        foreach (var query in Queries)
        {
            answers[query] = await server.ExpertKeysAsync(query);
        }
        return answers;
    }

    private (List<(string Field, string Value)> Values, SortedDictionary<string, int> Terms) Contents()
    {
        var values = IndexContents.LiveValues(server.IndexPath);
        values.Sort();
        return (values, LiveTerms(server.IndexPath));
    }

    /// <summary>Every indexed term ("field:term") with the number of live entries that hold it, from the last commit.</summary>
    private static SortedDictionary<string, int> LiveTerms(string indexPath)
    {
        var terms = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var directory = FSDirectory.Open(new DirectoryInfo(indexPath));
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            foreach (var field in segment.Fields)
            {
                var termsEnum = segment.GetTerms(field).GetEnumerator();
                DocsEnum? docs = null;
                while (termsEnum.MoveNext())
                {
                    docs = termsEnum.Docs(segment.LiveDocs, docs, DocsFlags.NONE);
                    var live = 0;
                    while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        live++;
                    }
                    if (live > 0)
                    {
                        var key = field + ":" + termsEnum.Term.Utf8ToString();
                        terms[key] = terms.GetValueOrDefault(key) + live;
                    }
                }
            }
        }
        return terms;
    }

    private static TestDataset Organisation() => TestDataset.WithOrganisation(Prefix)
        .Add("competences.jsonl", new { key = Prefix + "-demens", name = "Demens", synonyms = new[] { "Demensomsorg" } })
        .Add("people.jsonl", new
        {
            key = Prefix + "-mette", name = "Mette Lund", unit = Prefix + "-afd", title = "Vejingeniør", bio = "Vejvedligeholdelse og trafiksikkerhed.",
            competences = new[] { new { competence = Prefix + "-demens", level = 3, source = "self" } },
        })
        .Add("people.jsonl", new { key = Prefix + "-karen", name = "Karen Østergaard", unit = Prefix + "-afd", visibility = "public", bio = "Sundhedsfremme i ældreplejen." })
        .Add("people.jsonl", new { key = Prefix + "-skjult", name = "Hemmelig Hansen", unit = Prefix + "-afd", visibility = "hidden", bio = "Vejvedligeholdelse." })
        .Add("people.jsonl", new { key = Prefix + "-anna1", name = "Anna Berg", unit = Prefix + "-afd" })
        .Add("people.jsonl", new { key = Prefix + "-anna2", name = "Anna Berg", unit = Prefix + "-afd" })
        .Add("networks.jsonl", new
        {
            key = Prefix + "-net", name = "Netværk om demens", kind = "learning", topics = new[] { Prefix + "-demens" },
            members = new[] { new { person = Prefix + "-mette", role = "facilitator" }, new { person = Prefix + "-skjult", role = "member" } },
        })
        .Add("documents.jsonl", new
        {
            key = Prefix + "-d-minutes", title = "Referat om sundhedsfremme", kind = "minutes", network = Prefix + "-net",
            text = "Deltagere: Karen Østergaard, Anna Berg, Mette Lund og Hemmelig Hansen. Karen Østergaard fortalte om sundhedsfremme.",
            authors = new[] { Prefix + "-mette" },
        })
        .Add("documents.jsonl", new
        {
            key = Prefix + "-d-hidden", title = "Vejvedligeholdelse", kind = "report", date = "2025-03-01",
            text = "Plan for vejvedligeholdelse og genbrug af møbler.", authors = new[] { Prefix + "-skjult", Prefix + "-mette" },
        })
        .Add("documents.jsonl", new { key = Prefix + "-d-orphan", title = "Idékatalog", text = "Idéer til demens.", authors = Array.Empty<string>() });
}
