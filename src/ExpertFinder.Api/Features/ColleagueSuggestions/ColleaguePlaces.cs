using Npgsql;

namespace ExpertFinder.Api.Features.ColleagueSuggestions;

/// <summary>Where a suggested colleague works: their department (by the same rule as the caller's) and municipality.</summary>
public sealed record ColleaguePlace(string DepartmentName, int MunicipalityUnitId, string MunicipalityName);

public static class ColleaguePlaces
{
    /// <summary>One round trip for all the chosen: each one's way up the unit tree.</summary>
    public static async Task<Dictionary<int, ColleaguePlace>> LoadAsync(NpgsqlDataSource database, int[] personIds, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            WITH RECURSIVE up AS (
                SELECT p.id AS person_id, u.id, u.name, u.kind, u.parent_id, 0 AS depth FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id = ANY($1)
                UNION ALL SELECT up.person_id, u.id, u.name, u.kind, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64
            )
            SELECT person_id, id, name, kind FROM up ORDER BY person_id, depth
            """);
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = personIds });
        var paths = new Dictionary<int, List<(int Id, string Name, string Kind)>>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var person = reader.GetInt32(0);
                if (!paths.TryGetValue(person, out var path))
                {
                    paths[person] = path = [];
                }
                path.Add((reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
            }
        }
        return paths.ToDictionary(p => p.Key, p =>
        {
            var top = p.Value[^1];
            var department = p.Value.Find(u => u.Kind == "department");
            if (department.Name is null)
            {
                department = top;
            }
            return new ColleaguePlace(department.Name, top.Id, top.Name);
        });
    }
}
