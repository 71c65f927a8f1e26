using System.Text;

namespace ExpertFinder.Core.Fields;

/// <summary>A text field measured in UTF-8 bytes, as PostgreSQL stores it: a document's full text.</summary>
public sealed class Utf8SizeRule(int maxBytes)
{
    public int MaxBytes => maxBytes;

    public FieldProblem? Check(string text) =>
        // A character takes at most three bytes, so a short text is within the limit without counting.
        text.Length > maxBytes / 3 && Encoding.UTF8.GetByteCount(text) > maxBytes
            ? new FieldProblem(FieldProblemKind.TooLong, $"must be at most {maxBytes} bytes")
            : null;
}
