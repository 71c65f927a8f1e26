using System.Text;

namespace ExpertFinder.Tools.Generation;

/// <summary>
/// Every word (or short phrase) the text may use, stored once as UTF-8 so that writing a word is a copy of bytes.
/// An id is the word's position; adding the same text twice gives the same id.
/// </summary>
internal sealed class WordPool
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private byte[] bytes = new byte[1 << 20];
    private int length;
    private readonly List<int> starts = [0];

    public int Count => texts.Count;

    public int Add(string text)
    {
        if (ids.TryGetValue(text, out var id))
        {
            return id;
        }
        var needed = Encoding.UTF8.GetByteCount(text);
        if (length + needed > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, length + needed));
        }
        length += Encoding.UTF8.GetBytes(text, bytes.AsSpan(length));
        starts.Add(length);
        texts.Add(text);
        ids[text] = texts.Count - 1;
        return texts.Count - 1;
    }

    public ReadOnlySpan<byte> Bytes(int id) => bytes.AsSpan(starts[id], starts[id + 1] - starts[id]);

    public string Text(int id) => texts[id];

    public bool TryGet(string text, out int id) => ids.TryGetValue(text, out id);
}
