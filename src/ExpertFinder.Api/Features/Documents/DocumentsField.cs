using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Documents;

public sealed class DocumentsFilter
{
    public string? Kind { get; set; }
    public string? NetworkId { get; set; }
    public string? UnitId { get; set; }
    public string? AuthorId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class DocumentsFilterInputType : InputObjectGraphType<DocumentsFilter>
{
    public DocumentsFilterInputType()
    {
        Name = "DocumentsFilter";
        Description = "Narrow the document list; all given conditions must hold.";
        Field<DocumentKindType>("kind");
        Field<IdGraphType>("networkId").Description("Only documents from this network.");
        Field<IdGraphType>("unitId").Description("Only documents of this unit.");
        Field<IdGraphType>("authorId").Description("Only documents this person wrote.");
        Field<DateOnlyGraphType>("from").Description("Dated on or after this day.");
        Field<DateOnlyGraphType>("to").Description("Dated on or before this day.");
    }
}

public enum DocumentOrderField
{
    Date,
    Title,
}

public sealed class DocumentOrderInputType() : OrderInputType<DocumentOrderField>("DocumentOrder", "How to sort documents (undated ones sort last when newest come first).", DocumentOrderField.Date);

public static class DocumentsField
{
    /// <summary>The root field that fetches one document by key.</summary>
    public static void AddByKey(ObjectGraphType query) =>
        query.AddByKey<DocumentType, Document>("document", "A document by key.", (c, key) => c.DocumentByKey(key));

    public static void Add(ObjectGraphType query) =>
        query.AddList<DocumentType>("documents", AccessPolicy.Reader, "Documents, newest first unless orderBy says otherwise.")
            .WithFilter<DocumentsFilterInputType>()
            .WithOrder<DocumentOrderInputType>()
            .ResolveList((c, db) =>
            {
                var filter = c.Filter<DocumentsFilter>();
                var order = c.Order<DocumentOrderField>(directionWhenAbsent: OrderDirection.Desc);
                if (filter.From > filter.To)
                {
                    throw new ExecutionError("'filter.from' must not be after 'filter.to'") { Code = "BAD_FILTER" };
                }
                var documents = db.Documents.AsNoTracking()
                    .WhereGiven(filter.Kind, kind => d => d.Kind == kind)
                    .WhereKeyOf(NodeTypeNames.Network, filter.NetworkId, "filter.networkId", key => d => d.Network!.Key == key)
                    .WhereKeyOf(NodeTypeNames.Unit, filter.UnitId, "filter.unitId", key => d => d.Unit!.Key == key)
                    .WhereKeyOf(NodeTypeNames.Person, filter.AuthorId, "filter.authorId", key =>
                    {
                        var author = db.VisiblePeople(c.Privacy()).Where(p => p.Key == key).Select(p => p.Id);
                        return d => d.Authors.Any(a => author.Contains(a.PersonId));
                    })
                    .WhereGiven(filter.From, from => d => d.Date >= from)
                    .WhereGiven(filter.To, to => d => d.Date <= to);
                return order.Field switch
                {
                    DocumentOrderField.Title => documents.OrderBy(order.Direction, d => d.Title, d => d.Key),
                    _ => documents.OrderBy(order.Direction, d => d.Date, d => d.Key),
                };
            });
}
