using ExpertFinder.Api.Security.Privacy;
using static ExpertFinder.Api.Tests.Security.Privacy.PrivacyDataset;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>
/// A document's text names people; a reader reads only the names of those they may discover, in the full text and in
/// search passages alike, and "(navn udeladt)" for everyone else; their own name they always read.
/// </summary>
[Collection(PrivacySuite.Name)]
public sealed class PrivacyOfDocumentTextTests(PrivacyFixture server)
{
    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task The_full_text_names_only_whom_the_reader_may_discover(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader, "query($key: String!) { document(key: $key) { text } }", new { key = DocumentOfA });

        var text = data.GetProperty("document").GetProperty("text").GetString()!;
        AssertNamesOnlyWhomTheReaderFinds(reader, text, body);
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Search_passages_name_only_whom_the_reader_may_discover(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader, """
            query($q: String!) { experts(query: $q, first: 10) { nodes { evidence { documents {
              document { key } snippet { text html highlights { start length } } } } } } }
            """, new { q = "væv trin for trin" });

        var snippets = data.GetProperty("experts").GetProperty("nodes").EnumerateArray()
            .SelectMany(hit => hit.GetProperty("evidence").GetProperty("documents").EnumerateArray())
            .Where(d => d.GetProperty("document").GetProperty("key").GetString() == DocumentOfA)
            .Select(d => d.GetProperty("snippet"))
            .ToList();
        Assert.True(snippets.Count > 0, $"{reader} got no passage of the document: {body}");
        foreach (var snippet in snippets)
        {
            var text = snippet.GetProperty("text").GetString()!;
            AssertNamesOnlyWhomTheReaderFinds(reader, text, body);
            Assert.DoesNotContain(Surname + "</mark>", snippet.GetProperty("html").GetString()!, StringComparison.Ordinal);
            // The highlights still mark what matched in the text as the reader gets it.
            foreach (var range in snippet.GetProperty("highlights").EnumerateArray())
            {
                var marked = text.Substring(range.GetProperty("start").GetInt32(), range.GetProperty("length").GetInt32());
                Assert.True(marked.StartsWith("væv", StringComparison.OrdinalIgnoreCase) || marked.Equals("trin", StringComparison.OrdinalIgnoreCase), $"{reader}: «{marked}» in {text}");
            }
        }
    }

    private static void AssertNamesOnlyWhomTheReaderFinds(Reader reader, string text, string body)
    {
        Assert.StartsWith("Sådan stemmes en væv", text, StringComparison.Ordinal);
        var withheld = 0;
        foreach (var subject in Subjects)
        {
            // Whom the reader may discover, and the reader's own name.
            var named = PrivacyExpectations.Of(reader, subject).Finds || (reader == Reader.HiddenSelf && subject == Subject.HiddenOfA);
            Assert.True(named == text.Contains(NameOf(subject), StringComparison.Ordinal), $"{reader}, {subject}: {text}");
            withheld += named ? 0 : 1;
        }
        Assert.True(withheld == CountOf(text, NamesInText.Withheld), $"{reader}: {withheld} names withheld expected: {text} ({body.Length} bytes)");
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
