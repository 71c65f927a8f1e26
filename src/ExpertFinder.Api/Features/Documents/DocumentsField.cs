using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
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

    public static void Add(ObjectGraphType query)
    {
        query.Connection<DocumentType, EdgeType<DocumentType>, PageType<DocumentType>>("documents").Pageable()
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("Documents, newest first unless orderBy says otherwise.")
            .Argument<DocumentsFilterInputType>("filter")
            .Argument<DocumentOrderInputType>("orderBy")
            .ResolvePageAsync(c => ListQueries.PageAsync(c, db =>
            {
                var filter = c.GetArgument<DocumentsFilter>("filter") ?? new DocumentsFilter();
                var order = c.GetArgument<Order<DocumentOrderField>>("orderBy") ?? new Order<DocumentOrderField> { Direction = OrderDirection.Desc };
                if (filter.From > filter.To)
                {
                    throw new ExecutionError("'filter.from' must not be after 'filter.to'") { Code = "BAD_FILTER" };
                }
                var documents = db.Documents.AsNoTracking();
                if (filter.Kind is not null)
                {
                    documents = documents.Where(d => d.Kind == filter.Kind);
                }
                if (filter.NetworkId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Network, filter.NetworkId, "filter.networkId");
                    documents = documents.Where(d => d.Network!.Key == key);
                }
                if (filter.UnitId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Unit, filter.UnitId, "filter.unitId");
                    documents = documents.Where(d => d.Unit!.Key == key);
                }
                if (filter.AuthorId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Person, filter.AuthorId, "filter.authorId");
                    var author = db.VisiblePeople(c.Privacy()).Where(p => p.Key == key).Select(p => p.Id);
                    documents = documents.Where(d => d.Authors.Any(a => author.Contains(a.PersonId)));
                }
                if (filter.From is { } from)
                {
                    documents = documents.Where(d => d.Date >= from);
                }
                if (filter.To is { } to)
                {
                    documents = documents.Where(d => d.Date <= to);
                }
                return Task.FromResult<IQueryable<Document>>(order.Field switch
                {
                    DocumentOrderField.Title => documents.OrderBy(order.Direction, d => d.Title, d => d.Key),
                    _ => documents.OrderBy(order.Direction, d => d.Date, d => d.Key),
                });
            }));
    }
}
