using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Core.Fields;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.People;

/// <summary>The filter conditions that the lists of people (people, knowledgeSharers) share.</summary>
public static class PeopleConditions
{
    /// <summary>People in the unit <c>filter.unitId</c> names, and with <paramref name="includeSubunits"/> in the units below it.</summary>
    public static async Task<IQueryable<Person>> InUnitAsync(this IQueryable<Person> people, ExpertFinderDb db, string? unitId, bool includeSubunits,
        CancellationToken cancellationToken)
    {
        if (unitId is null)
        {
            return people;
        }
        var key = GlobalId.KeyOf(NodeTypeNames.Unit, unitId, "filter.unitId");
        var unit = await db.Units.Where(u => u.Key == key).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var units = unit is null ? [] : includeSubunits ? await UnitLoaders.SubtreeAsync(db, unit.Value, cancellationToken) : [unit.Value];
        return people.Where(p => units.Contains(p.UnitId));
    }

    /// <summary>People who hold the competence <c>filter.competenceId</c> names at <paramref name="minLevel"/> (1-5) or above.</summary>
    public static IQueryable<Person> HoldingCompetence(this IQueryable<Person> people, string? competenceId, int minLevel)
    {
        if (competenceId is null)
        {
            return people;
        }
        ListQueries.CheckFilterValue(FieldRules.Level, minLevel, "filter.minLevel");
        var key = GlobalId.KeyOf(NodeTypeNames.Competence, competenceId, "filter.competenceId");
        return people.Where(p => p.Competences.Any(pc => pc.Competence!.Key == key && pc.Level >= minLevel));
    }
}
