using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Competences;

internal static class CompetenceMutations
{
    private const int MaxSynonyms = 50;

    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<CreateCompetenceInputType, CreateCompetencePayloadType>(mutation, "createCompetence", AccessPolicy.Admin, "Adds a competence to the taxonomy.", CreateAsync);
        MutationType.Add<UpdateCompetenceInputType, UpdateCompetencePayloadType>(mutation, "updateCompetence", AccessPolicy.Admin,
            "Renames, re-describes or moves a competence; holders and networks working on it are re-indexed.", UpdateAsync);
        MutationType.Add<DeleteCompetenceInputType, DeleteCompetencePayloadType>(mutation, "deleteCompetence", AccessPolicy.Admin,
            "Deletes a competence nobody holds, no network works on and no competence sits below.", DeleteAsync);
    }

    private static async Task<MutationPayload> CreateAsync(MutationTransaction tx)
    {
        // The taxonomy is shared by every municipality: only those who administer them all change it.
        Permissions.Demand(tx.Permissions.Caller.IsDeploymentAdmin, "The competence taxonomy is shared by every municipality: only a deployment admin may change it");
        var name = tx.Input.Text("name", FieldRules.Name, required: true);
        var synonyms = Synonyms(tx);
        var description = tx.Input.Text("description", FieldRules.LongText);
        var parent = await tx.FindAsync<Competence>(NodeTypeNames.Competence, "parentId");
        var key = await tx.NewKeyAsync<Competence>(name ?? "", "competence");
        if (tx.Failed)
        {
            return tx.Failure();
        }
        var competence = new Competence { Key = key, Name = name!, Synonyms = synonyms, Description = description, ParentId = parent?.Id };
        tx.Db.Competences.Add(competence);
        tx.Changed.Competences.Add(key);
        return await tx.AnswerAsync(("competence", competence));
    }

    private static async Task<MutationPayload> UpdateAsync(MutationTransaction tx)
    {
        // The taxonomy is shared by every municipality: only those who administer them all change it.
        Permissions.Demand(tx.Permissions.Caller.IsDeploymentAdmin, "The competence taxonomy is shared by every municipality: only a deployment admin may change it");
        var competence = await tx.FindAsync<Competence>(NodeTypeNames.Competence, "id", required: true);
        if (competence is null)
        {
            return tx.Failure();
        }
        var input = tx.Input;
        if (input.Has("name") && input.Text("name", FieldRules.Name, required: true) is { } name)
        {
            competence.Name = name;
        }
        if (input.Has("synonyms"))
        {
            competence.Synonyms = Synonyms(tx);
        }
        if (input.Has("description"))
        {
            competence.Description = input.Text("description", FieldRules.LongText);
        }
        if (input.Has("parentId"))
        {
            var parent = await tx.FindAsync<Competence>(NodeTypeNames.Competence, "parentId");
            await tx.RefuseCycleAsync(Tree.Competences, competence.Name, competence.Id, parent?.Id, "parentId",
                id => tx.Db.Competences.Where(c => c.Id == id).Select(c => c.ParentId).SingleAsync(tx.CancellationToken));
            competence.ParentId = parent?.Id;
        }
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Changed.Competences.Add(competence.Key);
        return await tx.AnswerAsync(("competence", competence));
    }

    private static async Task<MutationPayload> DeleteAsync(MutationTransaction tx)
    {
        // The taxonomy is shared by every municipality: only those who administer them all change it.
        Permissions.Demand(tx.Permissions.Caller.IsDeploymentAdmin, "The competence taxonomy is shared by every municipality: only a deployment admin may change it");
        var competence = await tx.FindAsync<Competence>(NodeTypeNames.Competence, "id", required: true);
        if (competence is null)
        {
            return tx.Failure();
        }
        var db = tx.Db;
        if (await tx.RefuseWhileUsedAsync(competence.Name,
                ("people", ct => db.PersonCompetences.AnyAsync(pc => pc.CompetenceId == competence.Id, ct)),
                ("networks", ct => db.NetworkTopics.AnyAsync(t => t.CompetenceId == competence.Id, ct)),
                ("childCompetences", ct => db.Competences.AnyAsync(c => c.ParentId == competence.Id, ct))))
        {
            return tx.Failure();
        }
        tx.Changed.Competences.Add(competence.Key);
        await tx.QueueIndexWorkAsync();
        db.Competences.Remove(competence);
        return await tx.AnswerDeletedAsync("competence", competence, NodeTypeNames.Competence, competence.Key);
    }

    private static List<string> Synonyms(MutationTransaction tx) => tx.Input.Words("synonyms", MaxSynonyms, FieldRules.Name);
}
