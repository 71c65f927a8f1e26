using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Search.Evidence;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Experts;

public sealed class SnippetType : ObjectGraphType<Snippet>
{
    public SnippetType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "Snippet";
        Description = "A passage of a document with the words that matched the query.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("Plain text; '…' where it was cut.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("html").Description("HTML-escaped text with <mark> around the matched words.").Resolve(c => c.Source.ToHtml());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextRangeType>>>>("highlights").Description("Matched words as ranges of `text` (UTF-16 offsets).")
            .Resolve(c => c.Source.Highlights);
    }
}

public sealed class TextRangeType : ObjectGraphType<TextRange>
{
    public TextRangeType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "TextRange";
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
    }
}
