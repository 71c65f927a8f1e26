namespace ExpertFinder.Core.Fields;

/// <summary>
/// Why a value breaks its field's rule. The reason is in words and follows the field's name in the message of either
/// write path ("'email' is not an e-mail address"); the kind is what a mutation turns into its error code.
/// </summary>
public sealed record FieldProblem(FieldProblemKind Kind, string Reason);

public enum FieldProblemKind
{
    /// <summary>A text is longer, or larger in bytes, than its field allows.</summary>
    TooLong,

    /// <summary>A text does not have its field's shape: an e-mail address, a phone number, a language code, a date.</summary>
    InvalidFormat,

    /// <summary>A number is outside its field's range.</summary>
    OutOfRange,
}
