using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Features.ThemeProposals;

internal static class ThemeProposalMutations
{
    public const int MinAffectedUnits = 2;
    public const int MaxAffectedUnits = 20;
    private const string Submitted = DefaultProposalStatus;

    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<ProposeThemeInputType, ProposeThemePayloadType>(mutation, "proposeTheme", AccessPolicy.Employee,
            "Proposes a theme for a new network to the signed-in person's municipality; the round follows from today's date.", ProposeAsync);
        MutationType.Add<UpdateThemeProposalInputType, UpdateThemeProposalPayloadType>(mutation, "updateThemeProposal", AccessPolicy.Employee,
            "Changes the fields given of one's own proposal while it awaits the forum.", UpdateAsync);
        MutationType.Add<DecideThemeProposalInputType, DecideThemeProposalPayloadType>(mutation, "decideThemeProposal", AccessPolicy.Admin,
            "The leadership forum (admins of the proposal's municipality) approves or rejects a proposal; an approval starts a proposed network with the proposer as facilitator.", DecideAsync);
    }

    private static async Task<MutationPayload> ProposeAsync(MutationTransaction tx)
    {
        var proposer = await tx.Db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == tx.Permissions.Caller.PersonId, tx.CancellationToken);
        Permissions.Demand(proposer is not null, "Only a person may propose a theme: these credentials name no person in the data");
        var municipalityKey = await tx.Permissions.MunicipalityOfUnitAsync(proposer!.UnitId);
        Permissions.Demand(municipalityKey is not null, "The proposer works outside any municipality: no leadership forum could decide the proposal");
        var municipality = await tx.Db.Units.AsNoTracking().SingleAsync(u => u.Key == municipalityKey, tx.CancellationToken);
        var proposal = new ThemeProposal
        {
            Key = "",
            Title = tx.Input.Text("title", FieldRules.Name, required: true) ?? "",
            Kind = tx.Input.Word("kind", required: true) ?? "",
            ProposerId = proposer.Id,
            MunicipalityId = municipality.Id,
            Submitted = tx.Services.GetRequiredService<TimeProvider>().Today(),
        };
        ReadAnswers(tx, proposal);
        await ReadAffectedUnitsAsync(tx, proposal, municipality);
        proposal.Key = await tx.NewKeyAsync<ThemeProposal>(proposal.Title, "proposal");
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Db.ThemeProposals.Add(proposal);
        return await tx.AnswerAsync(("proposal", proposal));
    }

    private static async Task<MutationPayload> UpdateAsync(MutationTransaction tx)
    {
        var proposal = await tx.FindAsync<ThemeProposal>(NodeTypeNames.ThemeProposal, "id", required: true);
        if (proposal is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(ThemeProposalAccess.IsProposer(tx.Permissions.Caller, proposal), "Only the proposer may change a theme proposal");
        if (!AwaitsDecision(tx, proposal))
        {
            return tx.Failure();
        }
        if (tx.Input.Has("title") && tx.Input.Text("title", FieldRules.Name, required: true) is { } title)
        {
            proposal.Title = title;
        }
        if (tx.Input.Has("kind"))
        {
            proposal.Kind = tx.Input.Word("kind", required: true) ?? proposal.Kind;
        }
        ReadAnswers(tx, proposal);
        if (tx.Input.Has("affectedUnitIds"))
        {
            await tx.Db.ThemeProposalUnits.Where(a => a.ProposalId == proposal.Id).LoadAsync(tx.CancellationToken);
            var municipality = await tx.Db.Units.AsNoTracking().SingleAsync(u => u.Id == proposal.MunicipalityId, tx.CancellationToken);
            await ReadAffectedUnitsAsync(tx, proposal, municipality);
        }
        if (tx.Failed)
        {
            return tx.Failure();
        }
        return await tx.AnswerAsync(("proposal", proposal));
    }

    private static async Task<MutationPayload> DecideAsync(MutationTransaction tx)
    {
        var proposal = await tx.FindAsync<ThemeProposal>(NodeTypeNames.ThemeProposal, "id", required: true);
        if (proposal is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.AdministersUnitAsync(proposal.MunicipalityId),
            "Only the leadership forum, the admins of the proposal's municipality, may decide it");
        var approve = tx.Input.Word("decision", required: true) == ProposalDecisionType.Approve;
        var reason = tx.Input.Text("reason", FieldRules.Answer, required: !approve);
        if (!AwaitsDecision(tx, proposal) || tx.Failed)
        {
            return tx.Failure();
        }
        proposal.Status = approve ? "approved" : "rejected";
        proposal.DecisionReason = reason;
        proposal.DecidedById = tx.Permissions.Caller.PersonId;
        proposal.Decided = tx.Services.GetRequiredService<TimeProvider>().Today();
        var network = approve ? await StartNetworkAsync(tx, proposal) : null;
        if (tx.Failed)
        {
            return tx.Failure();
        }
        return await tx.AnswerAsync(("proposal", proposal), ("network", network));
    }

    /// <summary>Whether the forum has yet to decide; a decided proposal is neither changed nor decided again.</summary>
    private static bool AwaitsDecision(MutationTransaction tx, ThemeProposal proposal)
    {
        if (proposal.Status == Submitted)
        {
            return true;
        }
        tx.Errors.Add(new ConflictError($"'{proposal.Title}' is already {proposal.Status}", MutationErrorCode.AlreadyDecided, tx.Input.PathOf("id")));
        return false;
    }

    /// <summary>The seven answers: all on a proposal (the required ones must not be blank), the ones given on an update.</summary>
    private static void ReadAnswers(MutationTransaction tx, ThemeProposal proposal)
    {
        var creating = proposal.Id == 0;
        foreach (var (field, required, _) in ThemeProposalFields.Answers)
        {
            if (!creating && !tx.Input.Has(field))
            {
                continue;
            }
            var answer = tx.Input.Text(field, FieldRules.Answer, required);
            if (answer is null && required)
            {
                continue;
            }
            switch (field)
            {
                case "citizenValue": proposal.CitizenValue = answer; break;
                case "challenge": proposal.Challenge = answer; break;
                case "crossUnitReason": proposal.CrossUnitReason = answer; break;
                case "currentShortfall": proposal.CurrentShortfall = answer; break;
                case "missingLearning": proposal.MissingLearning = answer; break;
                case "innovationPotential": proposal.InnovationPotential = answer; break;
                default: proposal.OutsidePerspectives = answer; break;
            }
        }
    }

    /// <summary>
    /// The units the theme cuts across, replacing those it had: at least two (a theme must cut across), capped, each in
    /// the municipality whose forum decides.
    /// </summary>
    private static async Task ReadAffectedUnitsAsync(MutationTransaction tx, ThemeProposal proposal, Unit municipality)
    {
        const string field = "affectedUnitIds";
        if (tx.Input.Ids(field, MaxAffectedUnits) is not { } ids)
        {
            return;
        }
        var inMunicipality = (await UnitLoaders.SubtreeAsync(tx.Db, municipality.Id, tx.CancellationToken)).ToHashSet();
        var units = new List<Unit>();
        foreach (var (unit, path) in await tx.FindAllAsync<Unit>(NodeTypeNames.Unit, ids))
        {
            if (inMunicipality.Contains(unit.Id))
            {
                units.Add(unit);
            }
            else
            {
                tx.Errors.Add(new ValidationError($"'{unit.Name}' lies outside {municipality.Name}, whose leadership forum decides the proposal",
                    MutationErrorCode.OutsideMunicipality, path));
            }
        }
        if (ids.Count < MinAffectedUnits)
        {
            tx.Input.Invalid(field, MutationErrorCode.TooFew, $"A theme must cut across units: '{field}' must name at least {MinAffectedUnits}");
        }
        proposal.AffectedUnits.RemoveAll(a => units.All(u => u.Id != a.UnitId));
        foreach (var unit in units.Where(u => proposal.AffectedUnits.All(a => a.UnitId != u.Id)))
        {
            proposal.AffectedUnits.Add(new ThemeProposalUnit { UnitId = unit.Id });
        }
    }

    /// <summary>
    /// The approved theme as a <c>proposed</c> network, started by the same rules as createNetwork: named by the title,
    /// described by the answers, owned by the smallest unit above all the affected units, with the proposer as facilitator.
    /// </summary>
    private static async Task<Network> StartNetworkAsync(MutationTransaction tx, ThemeProposal proposal)
    {
        var network = new Network
        {
            Key = "",
            Name = proposal.Title,
            Kind = proposal.Kind,
            Description = ThemeProposalDescription.Of(proposal, FieldRules.LongText.MaxLength),
            OwnerUnitId = await OwnerUnitIdAsync(tx, proposal),
            ProposalId = proposal.Id,
        };
        if (proposal.ProposerId is { } proposer
            && await tx.Db.People.Where(p => p.Id == proposer).Select(p => p.Key).SingleOrDefaultAsync(tx.CancellationToken) is { } proposerKey)
        {
            network.Members.Add(new Membership { PersonId = proposer, Role = Permissions.FacilitatorRole });
            // The proposer's networks are part of their profile in search.
            tx.Changed.People.Add(proposerKey);
        }
        await NetworkCreation.StartAsync(tx, network, NetworkStatus.Proposed);
        return network;
    }

    /// <summary>The deepest unit that lies above (or is) every affected unit; the municipality when there are none.</summary>
    private static async Task<int> OwnerUnitIdAsync(MutationTransaction tx, ThemeProposal proposal)
    {
        var steps = await tx.Db.Database.SqlQuery<UnitStep>($"""
            WITH RECURSIVE up AS (
                SELECT a.unit_id AS start, u.id, u.parent_id, 0 AS depth FROM theme_proposal_units a JOIN units u ON u.id = a.unit_id WHERE a.proposal_id = {proposal.Id}
                UNION ALL SELECT up.start, u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64)
            SELECT start AS "Start", id AS "Id", depth AS "Depth" FROM up
            """).ToListAsync(tx.CancellationToken);
        // Each affected unit's path from the top down; the owner is where the paths part.
        var paths = steps.GroupBy(s => s.Start).Select(g => g.OrderByDescending(s => s.Depth).Select(s => s.Id).ToList()).ToList();
        if (paths.Count == 0)
        {
            return proposal.MunicipalityId;
        }
        var owner = proposal.MunicipalityId;
        for (var level = 0; paths.All(p => p.Count > level && p[level] == paths[0][level]); level++)
        {
            owner = paths[0][level];
        }
        return owner;
    }

    private sealed record UnitStep(int Start, int Id, int Depth);
}
