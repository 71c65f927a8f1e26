using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Units;

/// <summary>
/// A unit's core knowledge today and tomorrow (kerneviden i dag og i morgen): recorded by the unit's managers (of it
/// or a unit above) and the admins of its municipality.
/// </summary>
internal static class UnitCompetenceNeedMutations
{
    /// <summary>Needs one unit may record in all (today's and every year's): what a gap reads per unit is bounded by it.</summary>
    public const int MaxNeedsPerUnit = 100;

    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<SetUnitCompetenceNeedInputType, SetUnitCompetenceNeedPayloadType>(mutation, "setUnitCompetenceNeed", AccessPolicy.Employee,
            "Records what a unit needs of a competence (level and number of people), today or by a year; replaces the need for the same competence and year.", SetAsync);
        MutationType.Add<RemoveUnitCompetenceNeedInputType, RemoveUnitCompetenceNeedPayloadType>(mutation, "removeUnitCompetenceNeed", AccessPolicy.Employee,
            "Removes a unit's need for a competence, today's or a year's.", RemoveAsync);
    }

    private static async Task<MutationPayload> SetAsync(MutationTransaction tx)
    {
        var (unit, competence, year) = await ReadNeedKeyAsync(tx);
        if (unit is null)
        {
            return tx.Failure();
        }
        var level = tx.Input.Int("level", FieldRules.Level, required: true);
        var people = tx.Input.Int("people", FieldRules.NeededPeople, required: true);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        var need = await FindNeedAsync(tx, unit, competence!, year);
        if (need is null)
        {
            if (await tx.Db.UnitCompetenceNeeds.CountAsync(n => n.UnitId == unit.Id, tx.CancellationToken) >= MaxNeedsPerUnit)
            {
                tx.Input.Invalid("competenceId", MutationErrorCode.TooMany, $"A unit may record at most {MaxNeedsPerUnit} needs");
                return tx.Failure();
            }
            need = new UnitCompetenceNeed { UnitId = unit.Id, CompetenceId = competence!.Id, Year = year };
            tx.Db.UnitCompetenceNeeds.Add(need);
        }
        need.Level = level!.Value;
        need.People = people!.Value;
        return await tx.AnswerAsync(("need", need), ("unit", unit));
    }

    private static async Task<MutationPayload> RemoveAsync(MutationTransaction tx)
    {
        var (unit, competence, year) = await ReadNeedKeyAsync(tx);
        if (unit is null || tx.Failed)
        {
            return tx.Failure();
        }
        var need = await FindNeedAsync(tx, unit, competence!, year);
        if (need is null)
        {
            tx.Errors.Add(new NotFoundError($"'{unit.Name}' records no need for {competence!.Name} {(year is null ? "today" : $"in {year}")}", tx.Input.PathOf("competenceId")));
            return tx.Failure();
        }
        tx.Db.UnitCompetenceNeeds.Remove(need);
        return await tx.AnswerAsync(("unit", unit));
    }

    /// <summary>
    /// What names a need: the unit (its planner demanded first), the competence and the year. Null unit when it is not
    /// found; other input errors are left in the transaction, so that every problem of the input is told at once.
    /// </summary>
    private static async Task<(Unit? Unit, Competence? Competence, int? Year)> ReadNeedKeyAsync(MutationTransaction tx)
    {
        var unit = await tx.FindAsync<Unit>(NodeTypeNames.Unit, "unitId", required: true);
        if (unit is null)
        {
            return (null, null, null);
        }
        await DemandPlannerAsync(tx, unit);
        var competence = await tx.FindAsync<Competence>(NodeTypeNames.Competence, "competenceId", required: true);
        return (unit, competence, tx.Input.Int("year", FieldRules.NeedYear));
    }

    /// <summary>Asked before anything else is read, so a refusal tells nothing about the competence or the needs.</summary>
    private static async Task DemandPlannerAsync(MutationTransaction tx, Unit unit) =>
        Permissions.Demand(await tx.Permissions.MayPlanUnitAsync(unit.Id),
            "Only a manager of the unit (or of a unit above it) or an admin of its municipality may record what it needs");

    private static Task<UnitCompetenceNeed?> FindNeedAsync(MutationTransaction tx, Unit unit, Competence competence, int? year) =>
        tx.Db.UnitCompetenceNeeds.SingleOrDefaultAsync(n => n.UnitId == unit.Id && n.CompetenceId == competence.Id && n.Year == year, tx.CancellationToken);
}
