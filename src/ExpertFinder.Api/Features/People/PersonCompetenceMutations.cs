using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Features.People;

internal static class PersonCompetenceMutations
{
    private const int MaxCompetences = 200;

    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<SetPersonCompetenceInputType, SetPersonCompetencePayloadType>(mutation, "setPersonCompetence", AccessPolicy.Employee,
            "Adds a competence to a person, or changes its level, source or month.", SetAsync);
        MutationType.Add<RemovePersonCompetenceInputType, RemovePersonCompetencePayloadType>(mutation, "removePersonCompetence", AccessPolicy.Employee,
            "Removes a competence from a person, with its endorsements.", RemoveAsync);
        MutationType.Add<SetPersonCompetencesInputType, SetPersonCompetencesPayloadType>(mutation, "setPersonCompetences", AccessPolicy.Employee,
            "Replaces a person's whole list of competences at once, as a profile form does.", SetAllAsync);
    }

    private static async Task<MutationPayload> SetAsync(MutationTransaction tx)
    {
        var person = await tx.FindAsync<Person>(NodeTypeNames.Person, "personId", required: true);
        var authority = person is null ? CompetenceAuthority.None : await AuthorityAsync(tx, person);
        var wanted = await ReadAsync(tx, tx.Input, authority);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        var held = await tx.Db.PersonCompetences.SingleOrDefaultAsync(
            pc => pc.PersonId == person!.Id && pc.CompetenceId == wanted!.Competence.Id, tx.CancellationToken);
        held = Apply(tx, person!, held, wanted!);
        tx.Changed.People.Add(person!.Key);
        return await tx.AnswerAsync(("personCompetence", held), ("person", person));
    }

    private static async Task<MutationPayload> RemoveAsync(MutationTransaction tx)
    {
        var person = await tx.FindAsync<Person>(NodeTypeNames.Person, "personId", required: true);
        var competence = await tx.FindAsync<Competence>(NodeTypeNames.Competence, "competenceId", required: true);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        await AuthorityAsync(tx, person!);
        var held = await tx.Db.PersonCompetences.SingleOrDefaultAsync(
            pc => pc.PersonId == person!.Id && pc.CompetenceId == competence!.Id, tx.CancellationToken);
        if (held is null)
        {
            tx.Errors.Add(new NotFoundError($"{person!.Name} does not hold {competence!.Name}", tx.Input.PathOf("competenceId")));
            return tx.Failure();
        }
        await RemoveAsync(tx, [held]);
        tx.Changed.People.Add(person!.Key);
        return await tx.AnswerAsync(("person", person));
    }

    private static async Task<MutationPayload> SetAllAsync(MutationTransaction tx)
    {
        var person = await tx.FindAsync<Person>(NodeTypeNames.Person, "personId", required: true);
        var authority = person is null ? CompetenceAuthority.None : await AuthorityAsync(tx, person);
        var wanted = new List<Wanted>();
        foreach (var item in tx.Input.Objects("competences", MaxCompetences))
        {
            if (await ReadAsync(tx, item, authority) is { } one)
            {
                if (wanted.Any(w => w.Competence.Id == one.Competence.Id))
                {
                    item.Invalid("competenceId", MutationErrorCode.Duplicate, $"'{one.Competence.Name}' is listed twice");
                }
                wanted.Add(one);
            }
        }
        if (tx.Failed)
        {
            return tx.Failure();
        }
        var current = await tx.Db.PersonCompetences.Where(pc => pc.PersonId == person!.Id).ToListAsync(tx.CancellationToken);
        await RemoveAsync(tx, current.Where(pc => wanted.All(w => w.Competence.Id != pc.CompetenceId)).ToList());
        foreach (var one in wanted)
        {
            Apply(tx, person!, current.SingleOrDefault(pc => pc.CompetenceId == one.Competence.Id), one);
        }
        tx.Changed.People.Add(person!.Key);
        return await tx.AnswerAsync(("person", person));
    }

    /// <summary>One held competence as an input object gives it; absent source and month mean "as it is".</summary>
    private sealed record Wanted(Competence Competence, int Level, string? Source, bool HasSince, DateOnly? Since);

    private static async Task<Wanted?> ReadAsync(MutationTransaction tx, MutationInput input, CompetenceAuthority authority)
    {
        var competenceId = input.Id("competenceId") ?? "";
        var competence = await tx.FindAsync<Competence>(NodeTypeNames.Competence, competenceId, input.PathOf("competenceId"));
        var level = input.Int("level", FieldRules.Level, required: true);
        var source = SourceFor(authority, input.Word("source"));
        var since = input.Month("since");
        return competence is null || level is null ? null : new Wanted(competence, level.Value, source, input.Has("since"), since);
    }

    /// <summary>Refuses callers with no say over the person's competences; the person themself, their managers and admins have some.</summary>
    private static async Task<CompetenceAuthority> AuthorityAsync(MutationTransaction tx, Person person)
    {
        var authority = await tx.Permissions.CompetenceAuthorityAsync(person);
        Permissions.Demand(authority != CompetenceAuthority.None,
            "Only the person themself, a manager of their unit and admins may change their competences");
        return authority;
    }

    /// <summary>
    /// The source a change records, by who makes it: what people say of themselves is always a self-assessment
    /// (never FORMAL, MANAGER or ENDORSED, whatever they ask), a manager's word is a manager's confirmation, and only
    /// an admin may record any source (FORMAL among them) or leave the source as it was.
    /// </summary>
    private static string? SourceFor(CompetenceAuthority authority, string? asked) => authority switch
    {
        CompetenceAuthority.Self when asked is null or CompetenceSource.Self => CompetenceSource.Self,
        CompetenceAuthority.Self => throw Permissions.Forbidden($"A competence you hold yourself is a self-assessment: the source '{asked}' is for others to give"),
        CompetenceAuthority.Manager when asked is null or CompetenceSource.Manager => CompetenceSource.Manager,
        CompetenceAuthority.Manager => throw Permissions.Forbidden($"A manager confirms competences with the source 'manager', not '{asked}'"),
        _ => asked,
    };

    private static PersonCompetence Apply(MutationTransaction tx, Person person, PersonCompetence? held, Wanted wanted)
    {
        if (held is null)
        {
            held = new PersonCompetence { PersonId = person.Id, CompetenceId = wanted.Competence.Id, Source = CompetenceSource.Self };
            tx.Db.PersonCompetences.Add(held);
        }
        held.Competence = wanted.Competence;
        held.Level = wanted.Level;
        held.Source = wanted.Source ?? held.Source;
        if (wanted.HasSince)
        {
            held.Since = wanted.Since;
        }
        return held;
    }

    /// <summary>
    /// Endorsements do not hang on the held competence (an import rewriting competences must keep them), so taking
    /// a competence away deletes its endorsements explicitly.
    /// </summary>
    private static async Task RemoveAsync(MutationTransaction tx, List<PersonCompetence> removed)
    {
        foreach (var held in removed)
        {
            await tx.Db.Endorsements.Where(e => e.PersonId == held.PersonId && e.CompetenceId == held.CompetenceId)
                .ExecuteDeleteAsync(tx.CancellationToken);
        }
        tx.Db.PersonCompetences.RemoveRange(removed);
    }
}
