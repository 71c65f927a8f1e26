using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>How much say the caller has over a person's competences.</summary>
public enum CompetenceAuthority
{
    None,

    /// <summary>The person themself: self-assessment only.</summary>
    Self,

    /// <summary>A manager of a unit above the person's (or the same unit): may confirm, source MANAGER.</summary>
    Manager,

    /// <summary>An admin of the person's municipality: any source, FORMAL included.</summary>
    Admin,
}

/// <summary>
/// What the caller may change, from their roles and their relationships in the data: their own profile, the people
/// below them as a manager, the networks they facilitate, the documents they wrote, and as an admin whatever lies in
/// their municipality (or anything, for a deployment admin). Every mutation asks here, inside its own transaction,
/// and a refusal is a FORBIDDEN error with nothing written.
/// </summary>
public sealed class Permissions(Caller caller, ExpertFinderDb db, CancellationToken cancellationToken)
{
    public const string ManagerRole = "manager";
    public const string FacilitatorRole = "facilitator";

    public Caller Caller => caller;

    /// <summary>Refuses the mutation: a GraphQL error with code FORBIDDEN; the transaction is never committed.</summary>
    public static ExecutionError Forbidden(string message) => new(message) { Code = AuthorizationValidationRule.Forbidden };

    public static void Demand(bool allowed, string message)
    {
        if (!allowed)
        {
            throw Forbidden(message);
        }
    }

    /// <summary>The municipality a unit belongs to (null for a unit outside any, or none).</summary>
    public async Task<string?> MunicipalityOfUnitAsync(int? unitId)
    {
        if (unitId is null)
        {
            return null;
        }
        return await db.Database.SqlQuery<string>($"""
            WITH RECURSIVE up AS (
                SELECT id, key, kind, parent_id, 0 AS depth FROM units WHERE id = {unitId.Value}
                UNION ALL SELECT u.id, u.key, u.kind, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64)
            SELECT key AS "Value" FROM up WHERE kind = 'municipality' ORDER BY depth LIMIT 1
            """).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether the caller administers the unit's municipality; a unit outside every municipality needs a deployment admin.</summary>
    public async Task<bool> AdministersUnitAsync(int? unitId) =>
        caller.IsDeploymentAdmin || (caller.IsAdmin && await MunicipalityOfUnitAsync(unitId) is { } municipality && caller.Administers(municipality));

    public bool IsSelf(Person person) => caller.PersonId == person.Id;

    /// <summary>The person themself or an admin of their municipality.</summary>
    public async Task<bool> MayEditPersonAsync(Person person) => IsSelf(person) || await AdministersUnitAsync(person.UnitId);

    /// <summary>A manager (role in the data) of the person's unit or a unit above it, other than the person.</summary>
    public async Task<bool> ManagesAsync(Person person) => caller.PersonId != person.Id && await ManagesUnitAsync(person.UnitId);

    /// <summary>A manager (role in the data) of the unit itself or of a unit above it.</summary>
    public async Task<bool> ManagesUnitAsync(int unitId)
    {
        if (caller.PersonId is not { } self)
        {
            return false;
        }
        var manager = await db.People.AsNoTracking().Where(p => p.Id == self).Select(p => new { p.UnitId, p.Roles }).SingleOrDefaultAsync(cancellationToken);
        if (manager is null || !manager.Roles.Contains(ManagerRole))
        {
            return false;
        }
        return await db.Database.SqlQuery<int>($"""
            WITH RECURSIVE up AS (
                SELECT id, parent_id, 0 AS depth FROM units WHERE id = {unitId}
                UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64)
            SELECT id AS "Value" FROM up WHERE id = {manager.UnitId}
            """).AnyAsync(cancellationToken);
    }

    /// <summary>Who may say what a unit needs: its managers (of it or a unit above) and the admins of its municipality.</summary>
    public async Task<bool> MayPlanUnitAsync(int unitId) => await AdministersUnitAsync(unitId) || await ManagesUnitAsync(unitId);

    public async Task<CompetenceAuthority> CompetenceAuthorityAsync(Person person) =>
        await AdministersUnitAsync(person.UnitId) ? CompetenceAuthority.Admin
        : IsSelf(person) ? CompetenceAuthority.Self
        : await ManagesAsync(person) ? CompetenceAuthority.Manager
        : CompetenceAuthority.None;

    /// <summary>Whether the caller facilitates the network.</summary>
    public Task<bool> FacilitatesAsync(int networkId) =>
        caller.PersonId is { } self
            ? db.Memberships.AnyAsync(m => m.NetworkId == networkId && m.PersonId == self && m.Role == FacilitatorRole, cancellationToken)
            : Task.FromResult(false);

    /// <summary>An admin of the municipality of the unit that owns the network (a network without owner: deployment admins).</summary>
    public Task<bool> AdministersNetworkAsync(Network network) => AdministersUnitAsync(network.OwnerUnitId);

    /// <summary>Runs the network: its facilitators and its admins.</summary>
    public async Task<bool> ManagesNetworkAsync(Network network) => await FacilitatesAsync(network.Id) || await AdministersNetworkAsync(network);

    /// <summary>Its authors, the facilitators of its network, and admins of its unit's (or network owner's) municipality.</summary>
    public async Task<bool> MayEditDocumentAsync(Document document)
    {
        if (caller.PersonId is { } self && await db.Authorships.AnyAsync(a => a.DocumentId == document.Id && a.PersonId == self, cancellationToken))
        {
            return true;
        }
        if (document.NetworkId is { } networkId)
        {
            var network = await db.Networks.AsNoTracking().SingleAsync(n => n.Id == networkId, cancellationToken);
            if (await ManagesNetworkAsync(network))
            {
                return true;
            }
        }
        return document.UnitId is { } unitId ? await AdministersUnitAsync(unitId) : caller.IsDeploymentAdmin;
    }
}
