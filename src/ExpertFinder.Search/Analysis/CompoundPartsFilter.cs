using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// Emits every token unchanged and, after a compound, its parts at the same position (position increment 0),
/// with the whole word's offsets and the token type <see cref="PartType"/>; a part that is itself a compound is
/// followed by its own parts ("skolesundhedspleje": skole, sundhedspleje, sundhed, pleje). Expects lower-cased, normalised,
/// unstemmed tokens; stemming comes after, so parts and whole words are stemmed alike.
/// </summary>
public sealed class CompoundPartsFilter : TokenFilter
{
    /// <summary>The token type of a compound's part.</summary>
    public const string PartType = "part";

    private readonly DanishDecompounder decompounder;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly ITypeAttribute type;
    private readonly IKeywordAttribute keyword;
    private string[]? parts;
    private int next;
    private State? whole;

    public CompoundPartsFilter(TokenStream input, DanishDecompounder decompounder)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(decompounder);
        this.decompounder = decompounder;
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (parts is not null)
        {
            RestoreState(whole);
            term.SetEmpty().Append(parts[next]);
            position.PositionIncrement = 0;
            type.Type = PartType;
            if (++next == parts.Length)
            {
                parts = null;
                whole = null;
            }
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (!keyword.IsKeyword && term.Length >= DanishDecompounder.MinWordLength)
        {
            var split = decompounder.AllParts(term.Buffer.AsSpan(0, term.Length));
            if (split is not null)
            {
                parts = split;
                next = 0;
                whole = CaptureState();
            }
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        parts = null;
        whole = null;
        next = 0;
    }
}
