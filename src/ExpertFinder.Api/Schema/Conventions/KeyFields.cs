using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>The root fields that fetch one object by its key, as every keyed feature offers them.</summary>
public static class KeyFields
{
    /// <summary>A field <paramref name="name"/>(key: String!) for any reader, resolved through the feature's batch loader.</summary>
    public static void AddByKey<TGraphType, TEntity>(this ObjectGraphType query, string name, string description,
        Func<IResolveFieldContext, string, IDataLoaderResult<TEntity?>> load)
        where TGraphType : IGraphType =>
        query.Field<TGraphType>(name).AuthorizeWithPolicy(AccessPolicy.Reader).Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => load(c, c.GetArgument<string>("key")));
}
