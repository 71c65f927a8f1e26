using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search;
using ExpertFinder.Search.Suggestions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Suggestions;

/// <summary>Autocomplete from the index: competences (by name or synonym), people and networks. Only people the reader may discover are suggested.</summary>
internal static class SuggestField
{
    public const int MaxPrefixLength = 100;
    public const int MaxSuggestions = 50;

    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionType>>>>("suggest")
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("Completions for what someone is typing: competences (by name or synonym), people and networks; Danish spelling variants match (aa/å, ae/æ, oe/ø).")
            .Argument<NonNullGraphType<StringGraphType>>("prefix", $"What has been typed so far; at most {MaxPrefixLength} characters.")
            .Argument<ListGraphType<NonNullGraphType<SuggestionKindType>>>("kinds", "Which kinds to suggest; all when absent. " + ListQueries.MaxFilterValuesNote)
            .Argument<IntGraphType>("first", $"How many (default 10, at most {MaxSuggestions}).")
            .ResolveAsync(ResolveAsync);

    private static async Task<object?> ResolveAsync(IResolveFieldContext<object?> context)
    {
        var prefix = context.GetArgument<string>("prefix");
        if (prefix.Length > MaxPrefixLength)
        {
            throw new ExecutionError($"'prefix' must be at most {MaxPrefixLength} characters") { Code = "PREFIX_TOO_LONG" };
        }
        var first = context.GetArgument("first", 10);
        if (first is < 0 or > MaxSuggestions)
        {
            throw new ExecutionError($"'first' must be between 0 and {MaxSuggestions}") { Code = "BAD_PAGE_SIZE" };
        }
        var kinds = context.GetArgument<List<SuggestionKind>?>("kinds") is { } given ? ListQueries.CheckFilterList(given, "kinds") : null;
        // Some suggested people may be out of the reader's sight: ask for more, so that the page is still full.
        var suggestions = context.RequestServices!.GetRequiredService<SearchEngine>().Suggest(prefix, kinds, Math.Min(first * 3, MaxSuggestions * 3));
        var privacy = context.Privacy();
        var keys = suggestions.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Select(s => s.Key).ToList());
        var entities = await context.WithDbAsync(async db => new Dictionary<SuggestionKind, Dictionary<string, object>>
        {
            [SuggestionKind.Person] = await db.People.AsNoTracking().Where(privacy.Discoverable())
                .Where(p => keys.GetValueOrDefault(SuggestionKind.Person, new()).Contains(p.Key))
                .ToDictionaryAsync(p => p.Key, p => (object)p, context.CancellationToken),
            [SuggestionKind.Competence] = await db.Competences.AsNoTracking()
                .Where(c => keys.GetValueOrDefault(SuggestionKind.Competence, new()).Contains(c.Key))
                .ToDictionaryAsync(c => c.Key, c => (object)c, context.CancellationToken),
            [SuggestionKind.Network] = await db.Networks.AsNoTracking()
                .Where(n => keys.GetValueOrDefault(SuggestionKind.Network, new()).Contains(n.Key))
                .ToDictionaryAsync(n => n.Key, n => (object)n, context.CancellationToken),
        });
        // Whatever left the database since the index last refreshed is not suggested.
        return suggestions
            .Where(s => entities[s.Kind].ContainsKey(s.Key))
            .Select(s => new SuggestionView(s, entities[s.Kind][s.Key]))
            .Take(first)
            .ToList();
    }
}

public sealed record SuggestionView(Suggestion Suggestion, object Entity);

public sealed class SuggestionType : ObjectGraphType<SuggestionView>
{
    public SuggestionType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "Suggestion";
        Field<NonNullGraphType<SuggestionKindType>>("kind").Resolve(c => c.Source.Suggestion.Kind);
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Suggestion.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The competence's, person's or network's name.").Resolve(c => c.Source.Suggestion.Label);
        Field<NonNullGraphType<StringGraphType>>("matchedText").Description("The name or synonym the prefix matched.").Resolve(c => c.Source.Suggestion.MatchedText);
        Field<CompetenceType>("competence").Resolve(c => c.Source.Entity as Competence);
        Field<PersonType>("person").Resolve(c => c.Source.Entity as Person);
        Field<NetworkType>("network").Resolve(c => c.Source.Entity as Network);
    }
}

public sealed class SuggestionKindType : EnumerationGraphType<SuggestionKind>
{
    public SuggestionKindType()
    {
        Name = "SuggestionKind";
    }
}
