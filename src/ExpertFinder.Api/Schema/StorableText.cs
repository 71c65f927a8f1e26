using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;

namespace ExpertFinder.Api.Schema;

/// <summary>
/// The String and ID scalars, refusing text that no part of the server can take: U+0000, which PostgreSQL text cannot
/// hold, and a lone surrogate, which is no character and cannot be written as UTF-8. Refused while the request is
/// validated, so such text never reaches a query, the index or a resolver; the import refuses U+0000 too.
/// </summary>
public static class StorableText
{
    public const string Problem = "must not contain U+0000 or a lone surrogate";

    /// <summary>Whether <paramref name="text"/> is text every store takes.</summary>
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return false;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Puts the scalars in place of the built-in ones while the schema initialises: wherever a field, an argument or a variable names String or ID.</summary>
    public static void UseIn(global::GraphQL.Types.Schema schema) => schema.RegisterVisitor(new ScalarSwap());

    private static object? Checked(object? value) =>
        value is string text && !IsStorable(text) ? throw new FormatException("The text " + Problem) : value;

    private static bool IsStorableLiteral(GraphQLValue value) =>
        value is not GraphQLStringValue text || IsStorable(text.Value.Span);

    /// <summary>
    /// Swaps the scalars once the schema's types exist, the last thing its initialisation does: the library swaps a scalar
    /// in the schema's types (which variables are read by) and wherever a field or an argument names it.
    /// </summary>
    private sealed class ScalarSwap : BaseSchemaNodeVisitor
    {
        public override void PostVisitSchema(ISchema schema)
        {
            var text = new StorableStringGraphType();
            schema.ReplaceScalar(text).ReplaceScalar(new StorableIdGraphType());
            // The introspection field __type(name: String!) belongs to no type, so the swap misses it; a variable
            // declared String! is read as the swapped scalar and must be allowed where that argument is.
            foreach (var argument in schema.TypeMetaFieldType.Arguments ?? [])
            {
                if (argument.ResolvedType is NonNullGraphType { ResolvedType: StringGraphType } required)
                {
                    required.ResolvedType = text;
                }
                else if (argument.ResolvedType is StringGraphType)
                {
                    argument.ResolvedType = text;
                }
            }
        }
    }

    private sealed class StorableStringGraphType : StringGraphType
    {
        // A graph type is named after its class unless told; the swap goes by name.
        public StorableStringGraphType() => Name = "String";

        public override object? ParseLiteral(GraphQLValue value) => Checked(base.ParseLiteral(value));

        public override bool CanParseLiteral(GraphQLValue value) => base.CanParseLiteral(value) && IsStorableLiteral(value);

        public override object? ParseValue(object? value) => Checked(base.ParseValue(value));

        public override bool CanParseValue(object? value) => base.CanParseValue(value) && (value is not string text || IsStorable(text));
    }

    private sealed class StorableIdGraphType : IdGraphType
    {
        public StorableIdGraphType() => Name = "ID";

        public override object? ParseLiteral(GraphQLValue value) => Checked(base.ParseLiteral(value));

        public override bool CanParseLiteral(GraphQLValue value) => base.CanParseLiteral(value) && IsStorableLiteral(value);

        public override object? ParseValue(object? value) => Checked(base.ParseValue(value));
    }
}
