using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Units;

internal static class UnitMutations
{
    private const string Municipality = "municipality";

    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<CreateUnitInputType, CreateUnitPayloadType>(mutation, "createUnit", AccessPolicy.Admin, "Adds a unit to the organisation tree.", CreateAsync);
        MutationType.Add<UpdateUnitInputType, UpdateUnitPayloadType>(mutation, "updateUnit", AccessPolicy.Admin, "Renames or moves a unit.", UpdateAsync);
        MutationType.Add<DeleteUnitInputType, DeleteUnitPayloadType>(mutation, "deleteUnit", AccessPolicy.Admin,
            "Deletes a unit no person, unit, document or network refers to.", DeleteAsync);
    }

    private static async Task<MutationPayload> CreateAsync(MutationTransaction tx)
    {
        var name = tx.Input.Text("name", FieldRules.Name, required: true);
        var kind = tx.Input.Word("kind", required: true);
        var parent = await tx.FindAsync<Unit>(NodeTypeNames.Unit, "parentId");
        Permissions.Demand(await tx.Permissions.AdministersUnitAsync(parent?.Id), "Only an admin of the municipality (a deployment admin for a new municipality) may add units to it");
        if (kind is not null)
        {
            CheckKindFits(tx, kind, parent, "parentId");
        }
        var key = await tx.NewKeyAsync<Unit>(name ?? "", "unit");
        if (tx.Failed)
        {
            return tx.Failure();
        }
        var unit = new Unit { Key = key, Name = name!, Kind = kind!, ParentId = parent?.Id };
        tx.Db.Units.Add(unit);
        tx.Changed.Units.Add(key);
        return await tx.AnswerAsync(("unit", unit));
    }

    private static async Task<MutationPayload> UpdateAsync(MutationTransaction tx)
    {
        var unit = await tx.FindAsync<Unit>(NodeTypeNames.Unit, "id", required: true);
        if (unit is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.AdministersUnitAsync(unit.Id), "Only an admin of the unit's municipality may change it");
        if (tx.Input.Has("name") && tx.Input.Text("name", FieldRules.Name, required: true) is { } name)
        {
            unit.Name = name;
        }
        if (tx.Input.Has("parentId"))
        {
            var parent = await tx.FindAsync<Unit>(NodeTypeNames.Unit, "parentId");
            Permissions.Demand(await tx.Permissions.AdministersUnitAsync(parent?.Id), "Only an admin of the municipality it moves to may move a unit there");
            if (!await tx.RefuseCycleAsync(Tree.Units, unit.Name, unit.Id, parent?.Id, "parentId",
                    id => tx.Db.Units.Where(u => u.Id == id).Select(u => u.ParentId).SingleAsync(tx.CancellationToken))
                && !tx.Failed)
            {
                CheckKindFits(tx, unit.Kind, parent, "parentId");
                unit.ParentId = parent?.Id;
            }
        }
        if (tx.Failed)
        {
            return tx.Failure();
        }
        // The key covers everyone in the unit and below it: their unit path is part of what search knows.
        tx.Changed.Units.Add(unit.Key);
        return await tx.AnswerAsync(("unit", unit));
    }

    private static async Task<MutationPayload> DeleteAsync(MutationTransaction tx)
    {
        var unit = await tx.FindAsync<Unit>(NodeTypeNames.Unit, "id", required: true);
        if (unit is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.AdministersUnitAsync(unit.Id), "Only an admin of the unit's municipality may delete it");
        var db = tx.Db;
        if (await tx.RefuseWhileUsedAsync(unit.Name,
                ("people", ct => db.People.AnyAsync(p => p.UnitId == unit.Id, ct)),
                ("childUnits", ct => db.Units.AnyAsync(u => u.ParentId == unit.Id, ct)),
                ("documents", ct => db.Documents.AnyAsync(d => d.UnitId == unit.Id, ct)),
                ("networks", ct => db.Networks.AnyAsync(n => n.OwnerUnitId == unit.Id, ct))))
        {
            return tx.Failure();
        }
        db.Units.Remove(unit);
        return await tx.AnswerDeletedAsync("unit", unit, NodeTypeNames.Unit, unit.Key);
    }

    /// <summary>
    /// The import's rule, made strict where it leaves room: a municipality is a root, and any other unit sits below
    /// a unit of a higher kind (a team may sit directly in a department, never the other way round).
    /// </summary>
    private static void CheckKindFits(MutationTransaction tx, string kind, Unit? parent, string field)
    {
        if (parent is null)
        {
            return;
        }
        if (kind == Municipality)
        {
            tx.Input.Invalid(field, MutationErrorCode.KindMismatch, "A municipality has no parent");
        }
        else if (Rank(parent.Kind) >= Rank(kind))
        {
            tx.Input.Invalid(field, MutationErrorCode.KindMismatch, $"A {kind} cannot sit below a {parent.Kind}");
        }
    }

    private static int Rank(string kind) => Array.IndexOf(Vocabulary.UnitKinds, kind);
}
