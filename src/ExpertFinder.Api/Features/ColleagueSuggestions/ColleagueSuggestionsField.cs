using ExpertFinder.Api.Data;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ExpertFinder.Api.Features.ColleagueSuggestions;

/// <summary>
/// <c>colleagueSuggestions</c>: "Inviter en ukendt kollega på frokost". For the signed-in person, colleagues from
/// other departments they have no tie to yet (no shared unit, network, document or meeting), whose competences overlap
/// with theirs or complement what their unit and networks need. Both sides opted in: only people open to meeting
/// colleagues are suggested, and only to people who are open to it themselves and not hidden (whoever gets
/// suggestions may be suggested in turn). Never the hidden, and <c>organisation</c> profiles only as the privacy policy lets the caller
/// discover them. The same all week, a new draw every ISO week (see <see cref="WeeklyDraw"/>).
/// </summary>
public static class ColleagueSuggestionsField
{
    public const int DefaultCount = 3;
    public const int MaxCount = 20;

    /// <summary>The caller has not opted in (or hides their profile): suggestions are mutual, so they are told how to opt in.</summary>
    public const string NotOpenToMeetingColleagues = "NOT_OPEN_TO_MEETING_COLLEAGUES";

    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ColleagueSuggestionType>>>>("colleagueSuggestions")
            .AuthorizeWithPolicy(AccessPolicy.Employee)
            .Description("Colleagues from other departments to meet (\"Inviter en ukendt kollega på frokost\"): people you share no unit, network, document or meeting with, whose competences overlap with yours or bring what your unit or networks need, each with a reason in Danish. Only people open to meeting colleagues are suggested, and only to people who are open to it themselves (with a profile that is not hidden): without it the answer is the error " + NotOpenToMeetingColleagues + ". The same all week, a new selection each ISO week. For a signed-in person; FORBIDDEN for credentials that name no person.")
            .Argument<IntGraphType>("first", $"How many (default {DefaultCount}, at most {MaxCount}).")
            .ResolveAsync(ResolveAsync);

    private static async Task<object?> ResolveAsync(IResolveFieldContext<object?> context)
    {
        if (context.Caller() is not { Kind: CallerKind.User, PersonId: { } personId, PersonKey: { } personKey })
        {
            throw new ExecutionError("'colleagueSuggestions' are for a person: these credentials name no person in the data") { Code = AuthorizationValidationRule.Forbidden };
        }
        var first = context.GetArgument("first", DefaultCount);
        if (first is < 0 or > MaxCount)
        {
            throw new ExecutionError($"'first' must be between 0 and {MaxCount}") { Code = "BAD_PAGE_SIZE" };
        }
        var services = context.RequestServices!;
        var database = services.GetRequiredService<NpgsqlDataSource>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var caller = await CallerFootprint.LoadAsync(database, personId, now.UtcDateTime.Year, context.CancellationToken);
        if (caller is null)
        {
            return Array.Empty<ColleagueSuggestion>();
        }
        if (!caller.OpenToBeingMet)
        {
            throw new ExecutionError("Suggestions are mutual: say you are open to meeting colleagues (openToMeetingColleagues on your profile, which must not be hidden) to get them") { Code = NotOpenToMeetingColleagues };
        }
        if (first == 0)
        {
            return Array.Empty<ColleagueSuggestion>();
        }
        var privacy = context.Privacy();
        return await context.WithDbAsync(async db =>
        {
            var pool = await ColleagueCandidates.PoolAsync(db, privacy, caller, context.CancellationToken);
            var drawn = WeeklyDraw.Draw(pool, first, personKey, WeeklyDraw.WeekOf(now));
            return await ExplainAsync(db, database, privacy, caller, drawn, context.CancellationToken);
        });
    }

    /// <summary>The drawn people with their ties, competences and places: four queries, however many are drawn.</summary>
    private static async Task<List<ColleagueSuggestion>> ExplainAsync(
        ExpertFinderDb db, NpgsqlDataSource database, PrivacyPolicy privacy, CallerFootprint caller, List<PoolEntry> drawn, CancellationToken cancellationToken)
    {
        if (drawn.Count == 0)
        {
            return [];
        }
        int[] ids = [.. drawn.Select(d => d.PersonId)];
        var people = await db.People.AsNoTracking().Where(privacy.Discoverable()).Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var tied = await ColleagueTies.Of(db, caller).Where(t => ids.Contains(t.PersonId)).ToListAsync(cancellationToken);
        // The reasons name a tie's competence or its broader one.
        int[] named = [.. tied.Select(t => t.CompetenceId).Concat(tied.Select(t => t.ParentId).OfType<int>()).Distinct()];
        var competences = await db.Competences.AsNoTracking().Where(c => named.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var ties = tied
            .OrderByDescending(t => ColleagueTies.WeightOf(t.Kind)).ThenBy(t => t.Kind)
            .ThenBy(t => competences[t.CompetenceId].Name, StringComparer.Ordinal)
            .ToLookup(t => t.PersonId);
        var places = await ColleaguePlaces.LoadAsync(database, ids, cancellationToken);
        // Someone who left the policy's sight, or lost their ties, between the queries is not suggested.
        return [.. drawn.Where(d => people.ContainsKey(d.PersonId) && ties[d.PersonId].Any()).Select(d =>
        {
            var strongest = ties[d.PersonId].First();
            return new ColleagueSuggestion(
                people[d.PersonId],
                d.Score,
                strongest.Kind is TieKind.Same or TieKind.Related ? ColleagueSuggestionKind.Overlap : ColleagueSuggestionKind.Complement,
                ColleagueReasons.For(strongest, competences, caller, places.GetValueOrDefault(d.PersonId)),
                [.. ties[d.PersonId].Select(t => competences[t.CompetenceId])]);
        })];
    }
}
