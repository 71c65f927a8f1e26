using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL.Types;
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
        Field<StringGraphType>("name").Description("Only competences whose name or a synonym contains this text (case-insensitive); at most 200 characters.");
    }
}

public static class CompetencesField
{
    /// <summary>The root field that fetches one competence by key.</summary>
    public static void AddByKey(ObjectGraphType query) =>
        query.AddByKey<CompetenceType, Competence>("competence", "A competence by key.", (c, key) => c.CompetenceByKey(key));

    public static void Add(ObjectGraphType query) =>
        query.AddList<CompetenceType>("competences", AccessPolicy.Reader, "The competence taxonomy by name.")
            .WithFilter<CompetencesFilterInputType>()
            .WithNameDirection()
            .ResolveList((c, db) =>
            {
                var filter = c.Filter<CompetencesFilter>();
                return db.Competences.AsNoTracking()
                    .WhereKeyOf(NodeTypeNames.Competence, filter.ParentId, "filter.parentId", key => x => x.Parent!.Key == key)
                    .WhereGiven(filter.Broadest, broadest => x => (x.ParentId == null) == broadest)
                    .WhereContains(filter.Name, "filter.name", pattern => x => EF.Functions.ILike(x.Name, pattern, @"\") || x.Synonyms.Any(s => EF.Functions.ILike(s, pattern, @"\")))
                    .OrderBy(c.NameDirection(), x => x.Name, x => x.Key);
            });
}
