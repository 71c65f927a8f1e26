using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Search.Experts;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace ExpertFinder.Api.Features.Experts;

/// <summary>A page of experts and how the query was understood.</summary>
public sealed class ExpertConnection : Connection<ExpertMatch>, IPage
{
    public IEnumerable<object?> Nodes => Edges?.Select(e => (object?)e.Node) ?? [];

    public string? DidYouMean { get; init; }

    public IReadOnlyList<string> ExpandedWith { get; init; } = [];

    public IReadOnlyList<Facet>? Facets { get; init; }
}

public sealed class ExpertEdgeType : EdgeType<ExpertHitType>
{
    public ExpertEdgeType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "ExpertEdge";
    }
}

public sealed class ExpertConnectionType : ConnectionType<ExpertHitType, ExpertEdgeType>
{
    public ExpertConnectionType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "ExpertConnection";
        NodesField.Replace<ExpertHitType>(this, "The hits of the page, without their edges' cursors.");
        Field<StringGraphType>("didYouMean")
            .Description("The query with misspelt words corrected, when the correction was searched (e.g. \"klimatilpasning\" for \"klimatilpasnig\"; several words may be corrected at once).")
            .Resolve(c => ((ExpertConnection)c.Source!).DidYouMean);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("expandedWith")
            .Description("What the query was understood to ask beyond its words: competences whose synonyms were searched too (e.g. \"Personalejura\" for \"ansættelsesret\"), abbreviations searched in their other form (e.g. \"PPR = pædagogisk psykologisk rådgivning\") and the role asked for, searched as the person's role rather than as a word (e.g. \"rolle: mentor\" for \"mentor for nye ledere\"), and the topic that the best people found share when the query does not name it, searched too (e.g. \"beslægtet emne: Demens\" for \"dementia care\").")
            .Resolve(c => ((ExpertConnection)c.Source!).ExpandedWith);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetType>>>>("facets")
            .Description("Counts over all hits after filters: municipality, department, unit, competence, role, networkKind (top 10 values each). A value can be passed back in the filter of the same name.")
            .Resolve(c => FacetLabels.ForPortal(((ExpertConnection)c.Source!).Facets ?? []));
    }
}

public sealed class FacetType : ObjectGraphType<Facet>
{
    public FacetType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "Facet";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueType>>>>("values").Resolve(c => c.Source.Values);
    }
}

public sealed class FacetValueType : ObjectGraphType<FacetValue>
{
    public FacetValueType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "FacetValue";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The key (or word) to filter by.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

public sealed class ExpertScopeType : EnumerationGraphType<ExpertScope>
{
    public ExpertScopeType()
    {
        Name = "ExpertScope";
        Description = "Whom to search among, seen from the viewer. OUTSIDE_MY_UNIT and OUTSIDE_MY_DEPARTMENT leave out the viewer's own unit or department and everyone sharing a network with the viewer: the unknown colleague.";
    }
}
