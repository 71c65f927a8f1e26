using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.CommonColleagues;

/// <summary>
/// <c>Person.colleaguesInCommon</c>: whom the signed-in person and this person both work with, from the colleague graph
/// the introduction paths use (in memory), narrowed by the privacy policy, then loaded in one query for every person
/// the request asks about, so it stays cheap on a list too.
/// </summary>
public static class ColleaguesInCommonField
{
    public const int DefaultCount = 5;
    public const int MaxCount = 20;

    public static void AddColleaguesInCommonField(this ObjectGraphType<Person> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("colleaguesInCommon")
            .Description($"Colleagues the signed-in person and this person both work with (the same unit, a shared network or a co-written document), as far as the reader may see them, by name; empty without a signed-in person, for oneself, or for anyone the reader may not see; at most {MaxCount}.")
            .Argument<IntGraphType>("first", $"How many (default {DefaultCount}, at most {MaxCount}).", a => a.DefaultValue = DefaultCount)
            .Resolve(Resolve);

    private static object Resolve(IResolveFieldContext<Person> context)
    {
        var first = context.GetArgument("first", DefaultCount);
        if (first is < 0 or > MaxCount)
        {
            throw new ExecutionError($"'first' must be between 0 and {MaxCount}") { Code = "BAD_PAGE_SIZE" };
        }
        var privacy = context.Privacy();
        if (first == 0 || privacy.Reader.PersonKey is not { } me || me == context.Source.Key || !privacy.MaySee(context.Source))
        {
            return Array.Empty<Person>();
        }
        return context.Loaders().Get<string, IReadOnlyList<Person>>("colleagues-in-common", async (db, keys, cancellationToken) =>
        {
            var engine = context.RequestServices!.GetRequiredService<SearchEngine>();
            var common = keys.ToDictionary(key => key, key => engine.ColleaguesInCommon(me, key, privacy, MaxCount), StringComparer.Ordinal);
            var wanted = common.Values.SelectMany(k => k).Distinct().ToList();
            // The index may lag behind a change of visibility: the database has the last word.
            var people = await db.People.AsNoTracking().Where(privacy.Discoverable()).Where(p => wanted.Contains(p.Key))
                .ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, cancellationToken);
            return common.ToDictionary(
                pair => pair.Key,
                pair => (IReadOnlyList<Person>)[.. pair.Value.Where(people.ContainsKey).Select(key => people[key])],
                StringComparer.Ordinal);
        }).Load(context.Source.Key).Then(people => (IReadOnlyList<Person>)[.. (people ?? []).Take(first)]);
    }
}
