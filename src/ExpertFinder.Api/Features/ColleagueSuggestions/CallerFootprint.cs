using ExpertFinder.Api.Security.Privacy;
using Npgsql;

namespace ExpertFinder.Api.Features.ColleagueSuggestions;

/// <summary>A need of the caller's unit (or a unit above it) for a competence, with the unit that records it.</summary>
public sealed record UnitNeed(int CompetenceId, int UnitId, string UnitName);

/// <summary>A competence one of the caller's networks works on, with the network.</summary>
public sealed record NetworkTopicOfCaller(int CompetenceId, string NetworkName);

/// <summary>
/// Where the caller stands, read once per request: whether they are open to being met (opted in, and a profile
/// someone may discover: a hidden caller could never be suggested in turn), the units of their department (whose
/// people are colleagues they already know of), what they know and what their unit and networks need.
/// </summary>
public sealed record CallerFootprint(
    int PersonId,
    int UnitId,
    int MunicipalityUnitId,
    bool OpenToBeingMet,
    int[] DepartmentUnitIds,
    int[] Held,
    int[] HeldParents,
    IReadOnlyList<UnitNeed> Needs,
    IReadOnlyList<NetworkTopicOfCaller> NetworkTopics)
{
    public int[] Needed => [.. Needs.Select(n => n.CompetenceId).Distinct()];

    public int[] Topics => [.. NetworkTopics.Select(t => t.CompetenceId).Distinct()];

    /// <summary>
    /// One round trip. The caller's department is the nearest unit of kind department on their way up; someone with no
    /// department above them (sitting in the municipality itself) counts by the top unit. The department's units are
    /// found going down from it without entering another department, so a municipality-level caller's department is
    /// the municipality's own unit and the units hanging from it outside any department.
    /// Needs count today's and those of this year or later, recorded by the caller's unit or a unit above it.
    /// </summary>
    public static async Task<CallerFootprint?> LoadAsync(NpgsqlDataSource database, int personId, int year, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            WITH RECURSIVE me AS (
                SELECT p.id, p.unit_id, p.open_to_meeting_colleagues AND {PrivacyPolicy.DiscoverableBySomeoneSql("p")} AS open
                FROM people p WHERE p.id = $1
            ), up AS (
                SELECT u.id, u.name, u.kind, u.parent_id, 0 AS depth FROM units u JOIN me ON u.id = me.unit_id
                UNION ALL SELECT u.id, u.name, u.kind, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64
            ), home AS (
                SELECT COALESCE((SELECT id FROM up WHERE kind = 'department' ORDER BY depth LIMIT 1),
                                (SELECT id FROM up ORDER BY depth DESC LIMIT 1)) AS id
            ), down AS (
                SELECT id FROM units WHERE id = (SELECT id FROM home)
                UNION SELECT u.id FROM units u JOIN down d ON u.parent_id = d.id WHERE u.kind <> 'department'
            ), needs AS (
                SELECT DISTINCT ON (n.competence_id) n.competence_id, up.id AS unit_id, up.name AS unit_name
                FROM unit_competence_needs n JOIN up ON up.id = n.unit_id
                WHERE n.year IS NULL OR n.year >= $2
                ORDER BY n.competence_id, up.depth
            ), topics AS (
                SELECT DISTINCT ON (t.competence_id) t.competence_id, n.name
                FROM memberships m JOIN networks n ON n.id = m.network_id JOIN network_topics t ON t.network_id = n.id
                WHERE m.person_id = $1
                ORDER BY t.competence_id, n.name
            )
            SELECT me.id, me.unit_id, (SELECT id FROM up ORDER BY depth DESC LIMIT 1), me.open,
                   ARRAY(SELECT id FROM down),
                   ARRAY(SELECT competence_id FROM person_competences WHERE person_id = me.id),
                   ARRAY(SELECT DISTINCT c.parent_id FROM person_competences pc JOIN competences c ON c.id = pc.competence_id
                         WHERE pc.person_id = me.id AND c.parent_id IS NOT NULL),
                   ARRAY(SELECT competence_id FROM needs ORDER BY competence_id),
                   ARRAY(SELECT unit_id FROM needs ORDER BY competence_id),
                   ARRAY(SELECT unit_name FROM needs ORDER BY competence_id),
                   ARRAY(SELECT competence_id FROM topics ORDER BY competence_id),
                   ARRAY(SELECT name FROM topics ORDER BY competence_id)
            FROM me
            """);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = personId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var needCompetences = reader.GetFieldValue<int[]>(7);
        var needUnits = reader.GetFieldValue<int[]>(8);
        var needUnitNames = reader.GetFieldValue<string[]>(9);
        var topicCompetences = reader.GetFieldValue<int[]>(10);
        var topicNetworks = reader.GetFieldValue<string[]>(11);
        return new CallerFootprint(
            reader.GetInt32(0),
            reader.GetInt32(1),
            reader.GetInt32(2),
            reader.GetBoolean(3),
            reader.GetFieldValue<int[]>(4),
            reader.GetFieldValue<int[]>(5),
            reader.GetFieldValue<int[]>(6),
            [.. needCompetences.Select((id, i) => new UnitNeed(id, needUnits[i], needUnitNames[i]))],
            [.. topicCompetences.Select((id, i) => new NetworkTopicOfCaller(id, topicNetworks[i]))]);
    }
}
