using System.Globalization;
using System.Text;

namespace ExpertFinder.Tools.Generation;

/// <summary>
/// The bench query set of a generated dataset: about 200 queries of one to four words drawn from the corpus itself
/// (a few hundred of its documents are made again and read), so their words occur as they would in life: competence
/// names and synonyms, topic words, frequent and rare words, compounds, combinations, full names of people the
/// minutes name, place names, and a few typos. A fifth carry a filter, a fifth a viewer, a tenth a scope.
/// </summary>
internal static class QuerySet
{
    public const int Size = 200;
    private const int SampledDocuments = 400;

    /// <summary>A frequent word occurs at least this often in the sampled documents.</summary>
    private const int FrequentInSample = 10;

    /// <summary>A rare word is a dictionary word ranked below this that occurs once in the sampled documents.</summary>
    private const int RareRank = 20_000;

    private static readonly (string Kind, int Count)[] Mix =
    [
        ("competence", 40), ("synonym", 28), ("topic", 30), ("frequent", 14), ("rare", 16), ("combination", 30),
        ("compound", 14), ("person", 10), ("place", 8), ("typo", 10),
    ];

    private static readonly string[] KeyboardRows = ["qwertyuiopå", "asdfghjklæø", "zxcvbnm"];

    private sealed record Candidate(string Text, string Kind, Competence? Competence);

    private sealed record Sample(DocumentInfo Info, List<string> Words);

    public static List<BenchQuery> Build(Organisation organisation, IReadOnlyList<Network> networks, Taxonomy taxonomy, Vocabulary vocabulary,
        DocumentFactory factory, int documentCount, int seed)
    {
        var random = SeededRandom.For(seed, SeededRandom.Purpose.Queries, 0);
        var samples = new List<Sample>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        if (documentCount == 0 || organisation.People.Count == 0)
        {
            return [];
        }
        var text = new TextBuffer();
        foreach (var index in DistinctIndices(random, documentCount, SampledDocuments))
        {
            var info = factory.Create(index, text);
            var words = Words(Encoding.UTF8.GetString(text.Written) + " " + info.Title).ToList();
            foreach (var word in words)
            {
                seen[word] = seen.GetValueOrDefault(word) + 1;
            }
            samples.Add(new Sample(info, words));
        }

        bool Occurs(string query) => Words(query).All(seen.ContainsKey) && !query.Any(char.IsDigit);
        var candidates = new List<Candidate>();
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, count) in Mix)
        {
            var made = 0;
            for (var attempt = 0; made < count && attempt < count * 200; attempt++)
            {
                var candidate = Draw(kind, random, samples, taxonomy, vocabulary, organisation, seen);
                if (candidate is null || Words(candidate.Text).Count() is < 1 or > 4 || !texts.Add(candidate.Text))
                {
                    continue;
                }
                if (kind != "typo" && !Occurs(candidate.Text))
                {
                    texts.Remove(candidate.Text);
                    continue;
                }
                candidates.Add(candidate);
                made++;
            }
        }
        random.Shuffle(candidates);
        return Decorate(candidates, organisation, networks, taxonomy, random);
    }

    private static Candidate? Draw(string kind, SeededRandom random, List<Sample> samples, Taxonomy taxonomy, Vocabulary vocabulary,
        Organisation organisation, Dictionary<string, int> seen)
    {
        var sample = random.Pick(samples);
        var topic = random.Pick(sample.Info.Topics);
        var words = vocabulary.Topics[topic.Index];
        string? FromDocument(int[] ids)
        {
            var present = ids.Select(vocabulary.Pool.Text).Where(t => !t.Contains(' ', StringComparison.Ordinal) && sample.Words.Contains(t.ToLowerInvariant())).ToList();
            return present.Count == 0 ? null : random.Pick(present);
        }
        switch (kind)
        {
            case "competence":
                var competence = random.Pick(taxonomy.All);
                return new Candidate(competence.Name, kind, competence);
            case "synonym":
                var holder = random.Pick(taxonomy.All);
                return holder.Synonyms.Length == 0 ? null : new Candidate(random.Pick(holder.Synonyms), kind, holder);
            case "topic":
                return FromDocument(words.RelatedIds) is { } related ? new Candidate(related, kind, topic) : null;
            case "compound":
                return FromDocument(words.CompoundIds) is { } compound ? new Candidate(compound, kind, topic) : null;
            case "frequent":
                var common = vocabulary.Pool.Text(vocabulary.CommonWord(random));
                return seen.GetValueOrDefault(common) >= FrequentInSample ? new Candidate(common, kind, null) : null;
            case "rare":
                var rare = sample.Words.Where(w => seen[w] == 1 && vocabulary.Pool.TryGet(w, out var id) && vocabulary.GeneralRank(id) > RareRank).ToList();
                return rare.Count == 0 ? null : new Candidate(random.Pick(rare), kind, null);
            case "combination":
                var first = FromDocument(words.NameIds) ?? Vocabulary.TextCase(topic.Name);
                var second = FromDocument(random.Chance(0.5) ? words.RelatedIds : words.SynonymIds.Concat(words.CompoundIds).ToArray());
                return second is null || second == first ? null : new Candidate($"{first} {second}", kind, topic);
            case "person":
                var named = sample.Info.Named.Where(p => !p.IsHidden).ToList();
                return named.Count == 0 ? null : new Candidate(random.Pick(named).Name, kind, null);
            case "place":
                var places = Municipalities.All.Where(m => seen.ContainsKey(m.ShortName.ToLowerInvariant())).ToList();
                return places.Count == 0 ? null : new Candidate($"{Vocabulary.TextCase(topic.Name)} {random.Pick(places).ShortName}", kind, topic);
            case "typo":
                var word = FromDocument(words.NameIds.Concat(words.RelatedIds).ToArray());
                if (word is null || word.Length < 6)
                {
                    return null;
                }
                var typo = Typo(word, random);
                return seen.ContainsKey(typo.ToLowerInvariant()) ? null : new Candidate(typo, kind, topic);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown query kind");
        }
    }

    /// <summary>One slip of the fingers, never on the first letter: two letters swapped, one dropped, doubled or a neighbour key.</summary>
    private static string Typo(string word, SeededRandom random)
    {
        var at = random.Between(1, word.Length - 2);
        var chars = word.ToCharArray().ToList();
        switch (random.Next(4))
        {
            case 0:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                break;
            case 1:
                chars.RemoveAt(at);
                break;
            case 2:
                chars.Insert(at, chars[at]);
                break;
            default:
                var row = KeyboardRows.FirstOrDefault(r => r.Contains(chars[at], StringComparison.Ordinal));
                if (row is null)
                {
                    chars.RemoveAt(at);
                    break;
                }
                var position = row.IndexOf(chars[at], StringComparison.Ordinal);
                chars[at] = row[position == 0 ? 1 : position - 1];
                break;
        }
        var typo = new string([.. chars]);
        return typo == word ? word + word[^1] : typo;
    }

    /// <summary>Ids in the final order; filters on a fifth, viewers on another fifth, scopes on half of those.</summary>
    private static List<BenchQuery> Decorate(List<Candidate> candidates, Organisation organisation, IReadOnlyList<Network> networks, Taxonomy taxonomy, SeededRandom random)
    {
        var visible = organisation.People.Where(p => !p.IsHidden).ToList();
        var filtered = new HashSet<int>(random.Sample(Enumerable.Range(0, candidates.Count).ToList(), candidates.Count / 5));
        var viewed = random.Sample(Enumerable.Range(0, candidates.Count).ToList(), candidates.Count / 5);
        var scoped = new HashSet<int>(viewed.Take(candidates.Count / 10));
        var viewers = new HashSet<int>(viewed);
        var queries = new List<BenchQuery>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var viewer = viewers.Contains(i) && visible.Count > 0 ? random.Pick(visible) : null;
            queries.Add(new BenchQuery(string.Create(CultureInfo.InvariantCulture, $"q{i + 1:D3}"), candidate.Text)
            {
                Kind = candidate.Kind,
                Filter = filtered.Contains(i) ? Filter(candidate, organisation, networks, taxonomy, random) : null,
                Viewer = viewer?.Key,
                Scope = viewer is not null && scoped.Contains(i) ? (random.Chance(0.5) ? BenchQuery.OutsideMyUnit : BenchQuery.OutsideMyDepartment) : null,
            });
        }
        return queries;
    }

    private static BenchFilter Filter(Candidate candidate, Organisation organisation, IReadOnlyList<Network> networks, Taxonomy taxonomy, SeededRandom random)
    {
        var someone = random.Pick(organisation.People);
        var office = someone.Unit.Kind == OrgUnit.TeamKind ? someone.Unit.Parent! : someone.Unit;
        return random.Next(8) switch
        {
            0 => new BenchFilter { Municipalities = [someone.Unit.Municipality.Key] },
            1 => new BenchFilter { Departments = [someone.Unit.DepartmentUnit!.Key] },
            2 => new BenchFilter { Units = [office.Key] },
            3 => new BenchFilter { Competences = [(candidate.Competence ?? random.Pick(taxonomy.All)).Key] },
            4 => new BenchFilter { Roles = random.Chance(0.5) ? ["knowledge-sharer"] : ["mentor", "resource-person"] },
            5 => new BenchFilter { NetworkKinds = networks.Count == 0 ? ["learning"] : [random.Pick(networks).Kind] },
            6 => new BenchFilter { MinLevel = random.Between(3, 4) },
            _ => new BenchFilter { Municipalities = [someone.Unit.Municipality.Key], MinLevel = 3 },
        };
    }

    private static IEnumerable<long> DistinctIndices(SeededRandom random, int documentCount, int count)
    {
        if (documentCount <= count)
        {
            return Enumerable.Range(1, documentCount).Select(i => (long)i);
        }
        var chosen = new SortedSet<long>();
        while (chosen.Count < count)
        {
            chosen.Add(1 + random.Next(documentCount));
        }
        return chosen;
    }

    /// <summary>The words of a text as the tests and query checks see them: runs of letters, lower-cased.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
