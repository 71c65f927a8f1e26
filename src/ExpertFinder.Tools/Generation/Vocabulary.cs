using System.Reflection;
using System.Text;

namespace ExpertFinder.Tools.Generation;

/// <summary>The words a topic's documents over-represent, by kind, each a <see cref="WordPool"/> id.</summary>
internal sealed class TopicWords(int[] ids, double[] weights, int[] nameIds, int[] synonymIds, int[] relatedIds, int[] compoundIds)
{
    private readonly WeightedTable table = new(weights);

    /// <summary>The name as a phrase and its words, inflected.</summary>
    public int[] NameIds => nameIds;

    public int[] SynonymIds => synonymIds;

    /// <summary>Related words of the taxonomy and dictionary words built on the topic's words.</summary>
    public int[] RelatedIds => relatedIds;

    /// <summary>Compounds made for the topic (its word, a linking letter and a common word): demensindsats, trivselsplan.</summary>
    public int[] CompoundIds => compoundIds;

    public int Draw(SeededRandom random) => ids[table.Draw(random)];
}

/// <summary>
/// Where the words of the generated text come from: Danish function words, common words of municipal text, the whole
/// Hunspell dictionary with its inflections (ranked Zipf-like, shorter words more common), the topics' own words, and
/// compounds made on the fly. Drawing a word is constant time (<see cref="WeightedTable"/>).
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>
    /// Zipf exponents and offsets (see <see cref="WeightedTable.ZipfWeights"/>): function words make the head of the
    /// curve (og, i, at about 4, 3 and 2 percent of all words, as in Danish); the dictionary's words continue it from
    /// rank a few hundred on, so their table starts flat.
    /// </summary>
    private const double FunctionExponent = 0.9;
    private const double CommonExponent = 0.9;
    private const double CommonOffset = 2;
    private const double GeneralExponent = 1.05;
    private const double GeneralOffset = 300;

    /// <summary>Dictionary words shorter than this are mostly abbreviations and oddities (ak, em, ug); real short words are function words.</summary>
    private const int ShortestGeneralWord = 4;

    /// <summary>The most common length of a dictionary word in running text; longer and shorter ones are ranked rarer.</summary>
    private const int TypicalLength = 6;

    private static readonly string[] CompoundTails =
    [
        "indsats", "område", "plan", "team", "netværk", "forløb", "arbejde", "strategi", "konsulent", "møde", "politik", "tilbud",
        "koordinator", "projekt", "viden", "samarbejde", "gruppe", "model", "opgave", "udvikling",
    ];

    private readonly WeightedTable functionTable;
    private readonly WeightedTable commonTable;
    private readonly WeightedTable generalTable;
    private readonly WeightedTable headTable;
    private readonly int[] functionIds;
    private readonly int[] commonIds;
    private readonly int[] generalIds;
    private readonly int[] headIds;
    private readonly Dictionary<int, int> generalRank;

    private Vocabulary(WordPool pool, (int[] Ids, double[] Weights) function, (int[] Ids, double[] Weights) common,
        (int[] Ids, double[] Weights) general, Dictionary<int, int> generalRank, (int[] Ids, double[] Weights) heads, TopicWords[] topics, int dictionaryWords)
    {
        Pool = pool;
        (functionIds, functionTable) = (function.Ids, new WeightedTable(function.Weights));
        (commonIds, commonTable) = (common.Ids, new WeightedTable(common.Weights));
        (generalIds, generalTable) = (general.Ids, new WeightedTable(general.Weights));
        (headIds, headTable) = (heads.Ids, new WeightedTable(heads.Weights));
        this.generalRank = generalRank;
        Topics = topics;
        DictionaryWords = dictionaryWords;
    }

    public WordPool Pool { get; }

    /// <summary>Per competence index: its topic words.</summary>
    public IReadOnlyList<TopicWords> Topics { get; }

    /// <summary>How many words the dictionary gave (before inflection).</summary>
    public int DictionaryWords { get; }

    public int FunctionWord(SeededRandom random) => functionIds[functionTable.Draw(random)];

    public int CommonWord(SeededRandom random) => commonIds[commonTable.Draw(random)];

    public int GeneralWord(SeededRandom random) => generalIds[generalTable.Draw(random)];

    /// <summary>The first part of an on-the-fly compound, with its linking letter: "borger", "sundheds", "hjemme".</summary>
    public int CompoundHead(SeededRandom random) => headIds[headTable.Draw(random)];

    /// <summary>The rank (1 is the most common) of the dictionary word a form belongs to; null when it is not from the dictionary.</summary>
    public int? GeneralRank(int id) => generalRank.TryGetValue(id, out var rank) ? rank : null;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, int Seed), Lazy<Vocabulary>> Built = new();

    /// <summary>
    /// The vocabulary of the default taxonomy for a dictionary and seed, built once per process (a few seconds of
    /// reading and inflecting the dictionary) and read-only afterwards, so that many datasets can share it.
    /// </summary>
    public static Vocabulary For(string dictionaryPath, int seed) =>
        Built.GetOrAdd((Path.GetFullPath(dictionaryPath), seed), key => new Lazy<Vocabulary>(() => Build(key.Path, Taxonomy.Default, key.Seed))).Value;

    public static Vocabulary Build(string dictionaryPath, Taxonomy taxonomy, int seed)
    {
        var lexemes = HunspellDictionary.Read(dictionaryPath);
        var byWord = lexemes.ToDictionary(l => l.Word, StringComparer.Ordinal);
        var pool = new WordPool();

        var functionWords = ReadResource("function-words.txt").Distinct(StringComparer.Ordinal).ToList();
        var function = (Ids: functionWords.Select(pool.Add).ToArray(), Weights: WeightedTable.ZipfWeights(functionWords.Count, FunctionExponent));

        var commonStems = ReadResource("common-words.txt").Distinct(StringComparer.Ordinal).ToList();
        var common = Inflected(pool, commonStems.Select(stem => Lexeme(byWord, stem)).ToList(), WeightedTable.ZipfWeights(commonStems.Count, CommonExponent, CommonOffset));

        // No frequencies come with the dictionary: rank its words by how far their length is from a typical word's,
        // with noise, so that long compounds are rare, in an order fixed by the seed.
        var excluded = functionWords.Concat(commonStems).ToHashSet(StringComparer.Ordinal);
        var random = SeededRandom.For(seed, SeededRandom.Purpose.Vocabulary, 0);
        var ranked = lexemes.Where(l => !excluded.Contains(l.Word) && l.Word.Length >= ShortestGeneralWord)
            .Select(l => (Lexeme: l, Key: Math.Abs(l.Word.Length - TypicalLength) + 3.0 * random.NextGaussian()))
            .OrderBy(x => x.Key).ThenBy(x => x.Lexeme.Word, StringComparer.Ordinal)
            .Select(x => x.Lexeme).ToList();
        var general = Inflected(pool, ranked, WeightedTable.ZipfWeights(ranked.Count, GeneralExponent, GeneralOffset));
        var generalRank = new Dictionary<int, int>(general.Ids.Length);
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            foreach (var form in ranked[rank].Forms)
            {
                generalRank.TryAdd(pool.Add(form.Text), rank + 1);
            }
        }

        var heads = commonStems.Concat(taxonomy.All.SelectMany(c => c.Related)).Distinct(StringComparer.Ordinal)
            .Where(w => byWord.ContainsKey(w) && w.Length >= 4).ToList();
        var headTexts = heads.Select(w => w + LinkOf(byWord, w)).ToList();
        var headPart = (Ids: headTexts.Select(pool.Add).ToArray(), Weights: WeightedTable.ZipfWeights(headTexts.Count, CommonExponent));

        var sorted = lexemes.Select(l => l.Word).Order(StringComparer.Ordinal).ToArray();
        var reversed = lexemes.Select(l => Reverse(l.Word)).Order(StringComparer.Ordinal).ToArray();
        var topics = taxonomy.All.Select(c => TopicWordsOf(c, pool, byWord, sorted, reversed, excluded)).ToArray();
        return new Vocabulary(pool, function, common, general, generalRank, headPart, topics, lexemes.Count);
    }

    private static TopicWords TopicWordsOf(Competence competence, WordPool pool, Dictionary<string, Lexeme> byWord, string[] sorted, string[] reversed, HashSet<string> excluded)
    {
        var ids = new List<int>();
        var weights = new List<double>();
        void Add(int id, double weight)
        {
            ids.Add(id);
            weights.Add(weight);
        }
        List<int> AddInflected(string word, double weight)
        {
            var added = new List<int>();
            var lexeme = Lexeme(byWord, word);
            var total = lexeme.Forms.Sum(f => f.Weight);
            foreach (var form in lexeme.Forms)
            {
                var id = pool.Add(form.Text);
                Add(id, weight * form.Weight / total);
                added.Add(id);
            }
            return added;
        }
        List<int> AddPhrase(string phrase, double weight)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                return AddInflected(phrase, weight);
            }
            var id = pool.Add(phrase);
            Add(id, weight);
            return [id];
        }

        var name = TextCase(competence.Name);
        var nameIds = AddPhrase(name, 8);
        var contentWords = Words(name).Concat(competence.Synonyms.SelectMany(Words)).Concat(competence.Related.SelectMany(Words))
            .Where(w => w.Length >= 3 && !excluded.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            foreach (var word in Words(name).Where(w => w.Length >= 3 && !excluded.Contains(w)))
            {
                nameIds.AddRange(AddInflected(word, 3));
            }
        }
        var synonymIds = competence.Synonyms.SelectMany(s => AddPhrase(s, 3)).ToList();
        var relatedIds = competence.Related.SelectMany(r => AddInflected(r, 3)).ToList();

        // Dictionary words that begin or end with one of the topic's words: demens gives demensramt and demenssygdom.
        var stems = contentWords.Where(w => w.Length >= 5 && w.All(char.IsLower)).ToList();
        var built = stems.SelectMany(stem => StartingWith(sorted, stem).Concat(StartingWith(reversed, Reverse(stem)).Select(Reverse)))
            .Where(w => !excluded.Contains(w) && w.Length > 5).Distinct(StringComparer.Ordinal)
            .OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Take(30).ToList();
        foreach (var word in built)
        {
            relatedIds.AddRange(AddInflected(word, 1));
        }

        var compoundIds = new List<int>();
        foreach (var (head, i) in stems.Take(4).Select((h, i) => (h, i)))
        {
            foreach (var tail in CompoundTails.Skip(i * 5 % CompoundTails.Length).Take(5))
            {
                var compound = head + LinkOf(byWord, head) + tail;
                var id = pool.Add(compound);
                Add(id, 0.8);
                compoundIds.Add(id);
            }
        }
        return new TopicWords([.. ids], [.. weights], [.. nameIds], [.. synonymIds], [.. relatedIds], [.. compoundIds]);
    }

    /// <summary>A competence name as it reads inside a sentence: "Demens" becomes "demens", "PPR" stays.</summary>
    public static string TextCase(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static IEnumerable<string> Words(string phrase) => phrase.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> StartingWith(string[] sorted, string prefix)
    {
        var start = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        if (start < 0)
        {
            start = ~start;
        }
        for (var i = start; i < sorted.Length && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return sorted[i];
        }
    }

    private static string Reverse(string word)
    {
        var chars = word.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>The dictionary's linking element for a first part; a guess from its ending when it has none.</summary>
    private static string LinkOf(Dictionary<string, Lexeme> byWord, string word)
    {
        if (byWord.TryGetValue(word, out var lexeme) && lexeme.Link is not null)
        {
            return lexeme.Link;
        }
        return word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("hed", StringComparison.Ordinal)
            || word.EndsWith("else", StringComparison.Ordinal) || word.EndsWith("tion", StringComparison.Ordinal)
            || word.EndsWith("skab", StringComparison.Ordinal) ? "s" : "";
    }

    private static Lexeme Lexeme(Dictionary<string, Lexeme> byWord, string word) =>
        byWord.TryGetValue(word, out var lexeme) ? lexeme : new Lexeme(word, [new WordForm(word, 1)], null);

    /// <summary>Every form of every lexeme, weighted by the lexeme's weight times the form's share of it.</summary>
    private static (int[] Ids, double[] Weights) Inflected(WordPool pool, List<Lexeme> lexemes, double[] lexemeWeights)
    {
        var ids = new List<int>(lexemes.Count * 6);
        var weights = new List<double>(lexemes.Count * 6);
        for (var i = 0; i < lexemes.Count; i++)
        {
            var total = lexemes[i].Forms.Sum(f => f.Weight);
            foreach (var form in lexemes[i].Forms)
            {
                ids.Add(pool.Add(form.Text));
                weights.Add(lexemeWeights[i] * form.Weight / total);
            }
        }
        return ([.. ids], [.. weights]);
    }

    private static List<string> ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ExpertFinder.Tools.Generation.Data." + name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (!line.StartsWith('#'))
            {
                words.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        return words;
    }
}
