using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.KnowledgeSharers;

public sealed class KnowledgeSharersFilter
{
    public List<string>? Roles { get; set; }
    public string? UnitId { get; set; }
    public string? CompetenceId { get; set; }
    public int MinLevel { get; set; } = 1;
    public string? Area { get; set; }
    public bool? OpenToMentoring { get; set; }
    public bool? OpenToJobRotation { get; set; }
}

public sealed class KnowledgeSharersFilterInputType : InputObjectGraphType<KnowledgeSharersFilter>
{
    public KnowledgeSharersFilterInputType()
    {
        Name = "KnowledgeSharersFilter";
        Description = "Narrow the knowledge sharers; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<PersonRoleType>>>("roles")
            .Description("People with any of these roles; absent, null or empty: KNOWLEDGE_SHARER, RESOURCE_PERSON, AMBASSADOR and MENTOR. " + ListQueries.MaxFilterValuesNote);
        Field<IdGraphType>("unitId").Description("Only people in this unit or the units below it.");
        Field<IdGraphType>("competenceId").Description("Only people who hold this competence.");
        Field<IntGraphType>("minLevel").DefaultValue(1).Description("With competenceId: at this level (1-5) or above.");
        Field<StringGraphType>("area")
            .Description($"Free text (at most {KnowledgeSharersField.MaxAreaLength} characters) found, ignoring case, in what they are happy to be asked about or in the names and synonyms of the competences they hold.");
        Field<BooleanGraphType>("openToMentoring").Description("Only people who are (true) or are not (false) open to mentoring.");
        Field<BooleanGraphType>("openToJobRotation").Description("Only people who are (true) or are not (false) open to job rotation.");
    }
}

/// <summary>
/// The knowledge sharers, resource persons, ambassadors and mentors a municipality relies on, found by area, unit
/// and competence: only people the reader may discover (never the hidden), as search finds them.
/// </summary>
public static class KnowledgeSharersField
{
    public const int MaxAreaLength = 200;

    public static readonly string[] DefaultRoles = ["knowledge-sharer", "resource-person", "ambassador", "mentor"];

    public static void Add(ObjectGraphType query) =>
        query.AddList<PersonType>("knowledgeSharers", AccessPolicy.Reader,
                "Knowledge sharers, resource persons, ambassadors and mentors the caller may discover, by name; filter by role, area, unit, competence and willingness.")
            .WithFilter<KnowledgeSharersFilterInputType>()
            .ResolveListAsync<Person>(async (c, db) =>
            {
                var filter = c.Filter<KnowledgeSharersFilter>();
                var roles = ListQueries.CheckFilterList(filter.Roles, "filter.roles") is { Count: > 0 } given ? given.Distinct(StringComparer.Ordinal).ToArray() : DefaultRoles;
                var people = db.People.AsNoTracking().Where(c.Privacy().Discoverable()).Where(p => p.Roles.Any(r => roles.Contains(r)));
                people = (await people.InUnitAsync(db, filter.UnitId, includeSubunits: true, c.CancellationToken))
                    .HoldingCompetence(filter.CompetenceId, filter.MinLevel);
                if (!string.IsNullOrWhiteSpace(filter.Area) && filter.Area.Length > MaxAreaLength)
                {
                    throw new ExecutionError($"'filter.area' must be at most {MaxAreaLength} characters") { Code = "BAD_FILTER" };
                }
                return people
                    .WhereContains(filter.Area, "filter.area", pattern => p => p.AskMeAbout.Any(s => EF.Functions.ILike(s, pattern, @"\"))
                        || p.Competences.Any(pc => EF.Functions.ILike(pc.Competence!.Name, pattern, @"\")
                            || pc.Competence.Synonyms.Any(s => EF.Functions.ILike(s, pattern, @"\"))))
                    .WhereGiven(filter.OpenToMentoring, mentoring => p => p.OpenToMentoring == mentoring)
                    .WhereGiven(filter.OpenToJobRotation, rotation => p => p.OpenToJobRotation == rotation)
                    .OrderBy(OrderDirection.Asc, p => p.Name, p => p.Key);
            });
}
