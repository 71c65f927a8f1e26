using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// Emits every token unchanged and, after a compound, its parts at the same position (position increment 0),
/// with the whole word's offsets and the token type <see cref="PartType"/>; a part that is itself a compound is
/// followed by its own parts ("skolesundhedspleje": skole, sundhedspleje, sundhed, pleje). Expects lower-cased, normalised,
/// unstemmed tokens; stemming comes after, so parts and whole words are stemmed alike.
/// A part is the whole word's token with the term, position increment, type and keyword flag set anew (the whole
/// word was no keyword, or it would not have been split): the only attributes this chain's later filters change.
/// Capturing and restoring the whole state instead cloned every attribute per compound, a third of the analysis time.
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
    private readonly IOffsetAttribute offset;
    private string[]? parts;
    private int next;
    private int wholeStart;
    private int wholeEnd;

    public CompoundPartsFilter(TokenStream input, DanishDecompounder decompounder)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(decompounder);
        this.decompounder = decompounder;
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (parts is not null)
        {
            term.SetEmpty().Append(parts[next]);
            offset.SetOffset(wholeStart, wholeEnd);
            position.PositionIncrement = 0;
            type.Type = PartType;
            keyword.IsKeyword = false;
            if (++next == parts.Length)
            {
                parts = null;
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
                wholeStart = offset.StartOffset;
                wholeEnd = offset.EndOffset;
            }
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        parts = null;
        next = 0;
    }
}
