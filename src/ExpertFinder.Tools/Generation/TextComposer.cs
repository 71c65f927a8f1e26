namespace ExpertFinder.Tools.Generation;

/// <summary>
/// Writes Danish-looking sentences and paragraphs: each word is a function word, a common word of municipal text, a
/// word of the document's topics, a dictionary word (Zipf-ranked, inflected) or a compound made on the spot, in
/// proportions close to running Danish text. Returns how many words it wrote, so documents can aim at a length.
/// </summary>
internal sealed class TextComposer(Vocabulary vocabulary)
{
    private const double Function = 0.40;
    private const double Common = Function + 0.14;
    private const double Topic = Common + 0.14;
    private const double Compound = Topic + 0.02;

    public Vocabulary Vocabulary => vocabulary;

    public int Sentence(TextBuffer text, SeededRandom random, TopicMix topics)
    {
        var words = random.Between(6, 22);
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append((byte)' ');
            }
            var draw = random.NextDouble();
            if (draw >= Topic && draw < Compound)
            {
                var head = vocabulary.Pool.Bytes(vocabulary.CompoundHead(random));
                if (i == 0)
                {
                    text.AppendCapitalised(head);
                }
                else
                {
                    text.Append(head);
                }
                text.Append(vocabulary.Pool.Bytes(random.Chance(0.6) ? vocabulary.CommonWord(random) : vocabulary.GeneralWord(random)));
            }
            else
            {
                var id = draw < Function ? vocabulary.FunctionWord(random)
                    : draw < Common ? vocabulary.CommonWord(random)
                    : draw < Topic ? topics.Draw(random)
                    : vocabulary.GeneralWord(random);
                if (i == 0)
                {
                    text.AppendCapitalised(vocabulary.Pool.Bytes(id));
                }
                else
                {
                    text.Append(vocabulary.Pool.Bytes(id));
                }
            }
            if (i < words - 1 && random.Chance(0.06))
            {
                text.Append((byte)',');
            }
        }
        text.Append(random.Chance(0.03) ? (byte)'?' : (byte)'.');
        return words;
    }

    public int Paragraph(TextBuffer text, SeededRandom random, TopicMix topics, int sentences)
    {
        var words = 0;
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                text.Append((byte)' ');
            }
            words += Sentence(text, random, topics);
        }
        return words;
    }
}

/// <summary>A document's one to three topics: the first is what it is mostly about.</summary>
internal sealed class TopicMix(Vocabulary vocabulary, IReadOnlyList<Competence> topics)
{
    public IReadOnlyList<Competence> Topics => topics;

    public int Draw(SeededRandom random)
    {
        var draw = random.NextDouble();
        var topic = topics.Count == 1 || draw < 0.6 ? topics[0] : topics.Count == 2 || draw < 0.85 ? topics[1] : topics[2];
        return vocabulary.Topics[topic.Index].Draw(random);
    }
}
