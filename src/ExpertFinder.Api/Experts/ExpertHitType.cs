using ExpertFinder.Api.Documents;
using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.People;
using ExpertFinder.Search.Experts;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Experts;

/// <summary>A ranked person with the evidence behind the rank.</summary>
public sealed record ExpertMatch(Person Person, ExpertHit Hit);

public sealed class ExpertHitType : ObjectGraphType<ExpertMatch>
{
    private const int EvidenceDocuments = 3;

    public ExpertHitType()
    {
        Name = "ExpertHit";
        Description = "A person who knows about the query, and why.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance; higher is better. Comparable within one search only.")
            .Resolve(c => (double)c.Source.Hit.Score);
        Field<NonNullGraphType<FloatGraphType>>("profileScore").Description("The part of the score from the person's own profile.")
            .Resolve(c => (double)c.Source.Hit.ProfileScore);
        Field<NonNullGraphType<FloatGraphType>>("documentScore").Description("The part of the score from documents the person wrote.")
            .Resolve(c => (double)c.Source.Hit.DocumentScore);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description($"The best matching documents the person wrote (at most {EvidenceDocuments}).")
            .ResolveAsync(async c =>
            {
                var keys = c.Source.Hit.DocumentKeys.Take(EvidenceDocuments).ToList();
                var documents = await c.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => keys.Contains(d.Key)).ToListAsync(c.CancellationToken));
                return documents.OrderBy(d => keys.IndexOf(d.Key)).ToList();
            });
    }
}

public sealed class ExpertEdgeType : EdgeType<ExpertHitType>
{
    public ExpertEdgeType() => Name = "ExpertEdge";
}

public sealed class ExpertConnectionType : ConnectionType<ExpertHitType, ExpertEdgeType>
{
    public ExpertConnectionType() => Name = "ExpertConnection";
}
