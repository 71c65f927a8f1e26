using ExpertFinder.Api.IndexSync;
using ExpertFinder.Search.Evidence;
using Npgsql;

namespace ExpertFinder.Api.Security.Privacy;

/// <summary>
/// A document's text as a reader may read it: the full names of people the privacy policy does not let the reader
/// discover (the hidden, another municipality's <c>organisation</c> profiles) are replaced by "(navn udeladt)", in the
/// full text and in search passages alike. Names are found as mentions are (<see cref="MentionFinder"/>: full names of
/// two to four words, a name two people share is never matched). Everyone's names are read once per data version.
/// </summary>
public sealed class NamesInText(NpgsqlDataSource database, IndexSynchronizer synchronizer)
{
    public const string Withheld = "(navn udeladt)";

    private sealed record People(MentionFinder Names, Dictionary<string, (string Visibility, int UnitId)> Facts);

    private (long Version, Task<People> People)? current;
    private readonly Lock swap = new();

    public async Task<string> ForReaderAsync(string text, PrivacyPolicy policy, CancellationToken cancellationToken)
    {
        var spans = await WithheldSpansAsync(text, policy, cancellationToken);
        return spans.Count == 0 ? text : TextWithholding.Replace(text, TextWithholding.Merge(spans, text.Length), Withheld);
    }

    public async Task<Snippet> ForReaderAsync(Snippet snippet, PrivacyPolicy policy, CancellationToken cancellationToken)
    {
        var spans = await WithheldSpansAsync(snippet.Text, policy, cancellationToken);
        return spans.Count == 0 ? snippet : snippet.Withhold(spans, Withheld);
    }

    private async Task<List<TextRange>> WithheldSpansAsync(string text, PrivacyPolicy policy, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return [];
        }
        var people = await PeopleAsync(cancellationToken);
        return [.. people.Names.FindOccurrences(text)
            .Where(found => people.Facts.TryGetValue(found.Key, out var facts) && !policy.MayReadNameOf(found.Key, facts.Visibility, facts.UnitId))
            .Select(found => new TextRange(found.Start, found.Length))];
    }

    private Task<People> PeopleAsync(CancellationToken cancellationToken)
    {
        var version = synchronizer.DataVersion;
        lock (swap)
        {
            if (current is not { } known || known.Version != version || known.People.IsFaulted)
            {
                current = known = (version, LoadAsync());
            }
            return known.People.WaitAsync(cancellationToken);
        }
    }

    private async Task<People> LoadAsync()
    {
        var names = new List<KeyValuePair<string, string>>();
        var facts = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        await using var command = database.CreateCommand("SELECT key, name, visibility, unit_id FROM people");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0);
            names.Add(new(key, reader.GetString(1)));
            facts[key] = (reader.GetString(2), reader.GetInt32(3));
        }
        return new People(new MentionFinder(names), facts);
    }
}
