using System.Globalization;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Features.Endorsements;

/// <summary>
/// A colleague vouches for a competence a person holds. The first endorsement of a self-assessed competence makes
/// its source "endorsed", and withdrawing the last one makes it "self" again; the source weighs in ranking.
/// </summary>
internal static class EndorsementMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<EndorseCompetenceInputType, EndorseCompetencePayloadType>(mutation, "endorseCompetence", AccessPolicy.Employee,
            "Vouches for a competence a colleague holds; once per endorser, person and competence.", EndorseAsync);
        MutationType.Add<WithdrawEndorsementInputType, WithdrawEndorsementPayloadType>(mutation, "withdrawEndorsement", AccessPolicy.Employee,
            "Takes an endorsement back.", WithdrawAsync);
    }

    private static async Task<MutationPayload> EndorseAsync(MutationTransaction tx)
    {
        var input = tx.Input;
        // The endorser is whoever is signed in: nobody vouches in another's name.
        var endorser = await tx.Db.People.SingleOrDefaultAsync(p => p.Id == tx.Permissions.Caller.PersonId, tx.CancellationToken)
            ?? throw Permissions.Forbidden("Only a signed-in person may endorse");
        var person = await tx.FindAsync<Person>(NodeTypeNames.Person, "personId", required: true);
        var competence = await tx.FindAsync<Competence>(NodeTypeNames.Competence, "competenceId", required: true);
        var comment = input.Text("comment", FieldRules.Comment);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        if (endorser.Id == person!.Id)
        {
            input.Invalid("personId", MutationErrorCode.SelfEndorsement, "Nobody can endorse themselves");
            return tx.Failure();
        }
        var held = await HeldForUpdateAsync(tx, person.Id, competence!.Id);
        if (held is null)
        {
            input.Invalid("competenceId", MutationErrorCode.NotHeld, $"{person.Name} does not hold {competence!.Name}");
            return tx.Failure();
        }
        if (await tx.Db.Endorsements.AnyAsync(
            e => e.EndorserId == endorser.Id && e.PersonId == person.Id && e.CompetenceId == competence!.Id, tx.CancellationToken))
        {
            tx.Errors.Add(new ConflictError($"This competence of {person.Name} is already endorsed by the endorser",
                MutationErrorCode.AlreadyExists, input.PathOf("competenceId")));
            return tx.Failure();
        }
        var endorsement = new Endorsement { EndorserId = endorser.Id, PersonId = person.Id, CompetenceId = competence!.Id, Comment = comment };
        tx.Db.Endorsements.Add(endorsement);
        held.Competence = competence;
        if (held.Source == CompetenceSource.Self)
        {
            held.Source = CompetenceSource.Endorsed;
            tx.Changed.People.Add(person.Key);
        }
        return await tx.AnswerAsync(("endorsement", endorsement), ("personCompetence", held));
    }

    private static async Task<MutationPayload> WithdrawAsync(MutationTransaction tx)
    {
        var endorsement = await FindAsync(tx);
        if (endorsement is null)
        {
            return tx.Failure();
        }
        var endorsed = await tx.Db.People.SingleAsync(p => p.Id == endorsement.PersonId, tx.CancellationToken);
        Permissions.Demand(endorsement.EndorserId == tx.Permissions.Caller.PersonId || await tx.Permissions.AdministersUnitAsync(endorsed.UnitId),
            "Only the endorser (or an admin) may withdraw an endorsement");
        var held = await HeldForUpdateAsync(tx, endorsement.PersonId, endorsement.CompetenceId);
        if (!await tx.Db.Endorsements.AnyAsync(e => e.Id == endorsement.Id, tx.CancellationToken))
        {
            // A withdrawal of the same endorsement took it while this one waited for the lock.
            tx.NotFound(NodeTypeNames.Endorsement, tx.Input.PathOf("id"));
            return tx.Failure();
        }
        tx.Db.Endorsements.Remove(endorsement);
        var othersLeft = await tx.Db.Endorsements.AnyAsync(
            e => e.PersonId == endorsement.PersonId && e.CompetenceId == endorsement.CompetenceId && e.Id != endorsement.Id, tx.CancellationToken);
        if (held is { Source: CompetenceSource.Endorsed } && !othersLeft)
        {
            held.Source = CompetenceSource.Self;
            tx.Changed.People.Add(await tx.Db.People.Where(p => p.Id == held.PersonId).Select(p => p.Key).SingleAsync(tx.CancellationToken));
        }
        // An endorser may take back what they said of someone they can no longer see, without seeing them now.
        return await tx.AnswerAsync(("endorsement", endorsement), ("personCompetence", tx.Privacy.MaySee(endorsed) ? held : null),
            ("deletedId", EndorsementType.IdOf(endorsement)));
    }

    /// <summary>
    /// The held competence, its row locked until the mutation commits. Its source follows from whether endorsements
    /// are left, and under READ COMMITTED an endorsement and a withdrawal at once (or two withdrawals) would each look
    /// without the other's change and leave the wrong source: a self-assessment with an endorsement, or "endorsed"
    /// with none. Locked first, the second waits for the first to commit, reads the source it left, and its counting
    /// (a later statement) sees the first's endorsement rows. The lock is on one person's one competence, so nothing
    /// else waits.
    /// </summary>
    private static Task<PersonCompetence?> HeldForUpdateAsync(MutationTransaction tx, int personId, int competenceId) =>
        tx.Db.PersonCompetences.FromSql($"""
            SELECT * FROM person_competences WHERE person_id = {personId} AND competence_id = {competenceId} FOR UPDATE
            """).Include(pc => pc.Competence).SingleOrDefaultAsync(tx.CancellationToken);

    /// <summary>An endorsement's ID carries its row number.</summary>
    private static async Task<Endorsement?> FindAsync(MutationTransaction tx)
    {
        var endorsement = GlobalId.TryDecode(tx.Input.Id("id")) is (NodeTypeNames.Endorsement, var key)
            && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? await tx.Db.Endorsements.SingleOrDefaultAsync(e => e.Id == number, tx.CancellationToken)
            : null;
        if (endorsement is null)
        {
            tx.NotFound(NodeTypeNames.Endorsement, tx.Input.PathOf("id"));
        }
        return endorsement;
    }
}
