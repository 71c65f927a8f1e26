using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Writes;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Documents;

public sealed class CreateDocumentInputType : InputObjectGraphType
{
    public CreateDocumentInputType()
    {
        Name = "CreateDocumentInput";
        MutationInputFields.AddKey(this, madeFrom: "title");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The full text; at most 1 MB.");
        DocumentFields.AddOptional(this);
    }
}

public sealed class UpdateDocumentInputType : InputObjectGraphType
{
    public UpdateDocumentInputType()
    {
        Name = "UpdateDocumentInput";
        Description = "Only the fields given change; null clears kind, date, network or unit; authorIds replaces the byline.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("title");
        Field<StringGraphType>("text");
        DocumentFields.AddOptional(this);
    }
}

public sealed class DeleteDocumentInputType() : DeleteInputType("DeleteDocumentInput");

internal static class DocumentFields
{
    public static void AddOptional(InputObjectGraphType input)
    {
        input.Field<DocumentKindType>("kind");
        input.Field<DateOnlyGraphType>("date");
        input.Field<StringGraphType>("language").Description("ISO 639-1 code; da when absent on create.");
        input.Field<IdGraphType>("networkId").Description("The network it belongs to.");
        input.Field<IdGraphType>("unitId").Description("The unit it belongs to.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("authorIds").Description("The authors in byline order.");
    }
}
