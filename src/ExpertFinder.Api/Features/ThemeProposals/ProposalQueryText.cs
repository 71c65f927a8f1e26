using ExpertFinder.Api.Data.Model;
using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Api.Features.ThemeProposals;

/// <summary>
/// The expert search query for a proposal. The query planner reads at most 32 distinct words (and 1,000 characters), so
/// the proposal's text joined end to end would be searched as its title and first answer alone. Instead the title's
/// words come first, then the answers take turns word by word, each word once (by stem, stop words dropped, as the
/// search analyses them), so every answer has its say within the planner's budget.
/// </summary>
public static class ProposalQueryText
{
    /// <summary>The planner's word budget (QueryPlanner.MaxWords).</summary>
    public const int MaxWords = 32;

    private const int MaxChars = 900;

    // The search's own analysis chain; its lexicon is loaded once per process and shared.
    private static readonly Lazy<DanishTextAnalyzer> Analyzer = new(() => new DanishTextAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static string For(ThemeProposal proposal) => Build(proposal.Title,
        [proposal.Challenge, proposal.CitizenValue, proposal.MissingLearning, proposal.CrossUnitReason,
         proposal.CurrentShortfall, proposal.InnovationPotential, proposal.OutsidePerspectives]);

    public static string Build(string title, IEnumerable<string?> answers)
    {
        var chosen = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        bool Take(QueryWord word)
        {
            if (chosen.Count >= MaxWords || length + word.Surface.Length + 1 > MaxChars)
            {
                return false;
            }
            if (stems.Add(word.Stem))
            {
                chosen.Add(word.Surface);
                length += word.Surface.Length + 1;
            }
            return true;
        }

        foreach (var word in Words(title))
        {
            if (!Take(word))
            {
                return string.Join(' ', chosen);
            }
        }
        var queues = answers.Select(a => new Queue<QueryWord>(Words(a))).Where(q => q.Count > 0).ToList();
        while (queues.Count > 0 && chosen.Count < MaxWords)
        {
            foreach (var queue in queues)
            {
                if (queue.Count > 0 && !Take(queue.Dequeue()))
                {
                    return string.Join(' ', chosen);
                }
            }
            queues.RemoveAll(q => q.Count == 0);
        }
        return string.Join(' ', chosen);
    }

    /// <summary>Words of at least three letters: shorter ones ("it", "ny") say little about expertise.</summary>
    public static IEnumerable<QueryWord> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Analyzer.Value.AnalyzeQuery(text).Where(w => w.Surface.Length >= 3 && !w.Surface.Any(char.IsDigit));
}
