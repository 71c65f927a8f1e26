namespace ExpertFinder.Core.Fields;

/// <summary>
/// A text field: at most <see cref="MaxLength"/> characters and, for some fields, of a shape (an e-mail address, a
/// phone number, a language code). A value is judged as it will be stored.
/// </summary>
public sealed class TextRule(int maxLength, Func<string, bool>? hasShape = null, string shapeReason = "")
{
    public int MaxLength => maxLength;

    /// <summary>Null when <paramref name="text"/> keeps the rule; otherwise why not, the length told before the shape.</summary>
    public FieldProblem? Check(string text) =>
        text.Length > maxLength ? new FieldProblem(FieldProblemKind.TooLong, $"must be at most {maxLength} characters") : CheckShape(text);

    /// <summary>The shape alone, for a reader that caps the length in a way of its own.</summary>
    public FieldProblem? CheckShape(string text) =>
        hasShape is null || hasShape(text) ? null : new FieldProblem(FieldProblemKind.InvalidFormat, shapeReason);
}
