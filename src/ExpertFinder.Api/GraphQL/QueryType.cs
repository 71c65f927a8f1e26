using ExpertFinder.Api.Competences;
using ExpertFinder.Api.Documents;
using ExpertFinder.Api.Experts;
using ExpertFinder.Api.Networks;
using ExpertFinder.Api.People;
using ExpertFinder.Api.Units;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Connection<ExpertHitType, ExpertEdgeType, ExpertConnectionType>("experts")
            .NonNull()
            .Description("People ranked by how well they know about the query: Danish words, any inflection or spelling.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What you need to know about, in your own words.")
            .Argument<StringGraphType>("viewer", "Key of the person searching: their colleagues rank lower (or are left out by scope) and each hit gets an introduction path.")
            .Argument<ExpertScopeType>("scope", "Whom to search among. Scopes other than ANYONE need a viewer.", a => a.DefaultValue = ExpertFinder.Search.Experts.ExpertScope.Anyone)
            .Argument<ExpertFilterInputType>("filter", "Narrow by municipality, department, unit, competence and level, role or network kind.")
            .ResolveAsync(ExpertSearchField.ResolveAsync);
        Suggestions.SuggestField.Add(this);

        Field<PersonType>("person").Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.People.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Key == c.GetArgument<string>("key") && p.Visibility != "hidden", c.CancellationToken)));
        Field<UnitType>("unit").Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Units.AsNoTracking()
                .SingleOrDefaultAsync(u => u.Key == c.GetArgument<string>("key"), c.CancellationToken)));
        Field<CompetenceType>("competence").Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Competences.AsNoTracking()
                .SingleOrDefaultAsync(x => x.Key == c.GetArgument<string>("key"), c.CancellationToken)));
        Field<NetworkType>("network").Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Networks.AsNoTracking()
                .SingleOrDefaultAsync(n => n.Key == c.GetArgument<string>("key"), c.CancellationToken)));
        Field<DocumentType>("document").Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Documents.AsNoTracking()
                .SingleOrDefaultAsync(d => d.Key == c.GetArgument<string>("key"), c.CancellationToken)));

        Connection<UnitType>("units")
            .NonNull()
            .Description("Units by name; filter by kind, e.g. MUNICIPALITY for the roots.")
            .Argument<UnitKindType>("kind")
            .ResolveAsync(c => Page(c, db => db.Units.AsNoTracking()
                .Where(u => c.GetArgument<string?>("kind") == null || u.Kind == c.GetArgument<string?>("kind"))
                .OrderBy(u => u.Name).ThenBy(u => u.Key)));
        Connection<CompetenceType>("competences")
            .NonNull()
            .Description("The competence taxonomy by name.")
            .ResolveAsync(c => Page(c, db => db.Competences.AsNoTracking().OrderBy(x => x.Name).ThenBy(x => x.Key)));
        Connection<NetworkType>("networks")
            .NonNull()
            .Description("Networks by name; filter by kind and status.")
            .Argument<NetworkKindType>("kind")
            .Argument<NetworkStatusType>("status")
            .ResolveAsync(c => Page(c, db => db.Networks.AsNoTracking()
                .Where(n => c.GetArgument<string?>("kind") == null || n.Kind == c.GetArgument<string?>("kind"))
                .Where(n => c.GetArgument<string?>("status") == null || n.Status == c.GetArgument<string?>("status"))
                .OrderBy(n => n.Name).ThenBy(n => n.Key)));
        Connection<DocumentType>("documents")
            .NonNull()
            .Description("Documents, newest first; filter by kind.")
            .Argument<DocumentKindType>("kind")
            .ResolveAsync(c => Page(c, db => db.Documents.AsNoTracking()
                .Where(d => c.GetArgument<string?>("kind") == null || d.Kind == c.GetArgument<string?>("kind"))
                .OrderByDescending(d => d.Date).ThenBy(d => d.Key)));
    }

    private static async Task<object?> Page<T>(IResolveConnectionContext<object?> context, Func<Data.ExpertFinderDb, IQueryable<T>> query)
    {
        var (skip, take) = Paging.Window(context, context.Paging());
        return await context.WithDbAsync(async db =>
        {
            var items = query(db);
            var total = await items.CountAsync(context.CancellationToken);
            var page = await items.Skip(skip).Take(take).ToListAsync(context.CancellationToken);
            return (object)Paging.ToConnection(page, skip, take, total);
        });
    }
}
