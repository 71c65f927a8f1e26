using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Competences;

public sealed class CompetencesFilter
{
    public string? ParentId { get; set; }
    public bool? Broadest { get; set; }
    public string? Name { get; set; }
}

public sealed class CompetencesFilterInputType : InputObjectGraphType<CompetencesFilter>
{
    public CompetencesFilterInputType()
    {
        Name = "CompetencesFilter";
        Description = "Narrow the taxonomy; all given conditions must hold.";
        Field<IdGraphType>("parentId").Description("Only the competences directly narrower than this one.");
        Field<BooleanGraphType>("broadest").Description("true: only competences without a parent; false: only those with one.");
        Field<StringGraphType>("name").Description("Only competences whose name or a synonym contains this text (case-insensitive).");
    }
}

public static class CompetencesField
{
    /// <summary>The root field that fetches one competence by key.</summary>
    public static void AddByKey(ObjectGraphType query) =>
        query.AddByKey<CompetenceType, Competence>("competence", "A competence by key.", (c, key) => c.CompetenceByKey(key));

    public static void Add(ObjectGraphType query)
    {
        query.Connection<CompetenceType, EdgeType<CompetenceType>, PageType<CompetenceType>>("competences").Pageable()
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("The competence taxonomy by name.")
            .Argument<CompetencesFilterInputType>("filter")
            .Argument<OrderDirectionType>("direction", "Name order (default ascending).", a => a.DefaultValue = OrderDirection.Asc)
            .ResolvePageAsync(c => ListQueries.PageAsync(c, db =>
            {
                var filter = c.GetArgument<CompetencesFilter>("filter") ?? new CompetencesFilter();
                var competences = db.Competences.AsNoTracking();
                if (filter.ParentId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Competence, filter.ParentId, "filter.parentId");
                    competences = competences.Where(x => x.Parent!.Key == key);
                }
                if (filter.Broadest is { } broadest)
                {
                    competences = competences.Where(x => (x.ParentId == null) == broadest);
                }
                if (!string.IsNullOrWhiteSpace(filter.Name))
                {
                    var pattern = ListQueries.ContainsPattern(filter.Name);
                    competences = competences.Where(x => EF.Functions.ILike(x.Name, pattern, @"\") || x.Synonyms.Any(s => EF.Functions.ILike(s, pattern, @"\")));
                }
                return Task.FromResult<IQueryable<Competence>>(competences.OrderBy(c.GetArgument<OrderDirection>("direction"), x => x.Name, x => x.Key));
            }));
    }
}
