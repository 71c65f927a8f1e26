using Npgsql;

namespace ExpertFinder.Api.Import;

/// <summary>
/// A proposal is decided by a municipality's leadership forum: its <c>municipality</c> must be a unit of that kind, and
/// without one, its proposer must work in a municipality. Units are few, so the database's are read whole; the
/// proposers' units come from a second read of people.jsonl, done only when a proposal leaves its municipality to its
/// proposer (a national dataset without proposals is read once, as before).
/// </summary>
internal sealed class ProposalMunicipalities(List<DatasetError> errors)
{
    private readonly Dictionary<string, string> datasetKinds = new(StringComparer.Ordinal);
    private readonly List<(int Line, string Unit)> named = [];
    private readonly List<(int Line, string Proposer)> byProposer = [];

    public void Unit(string key, string kind) => datasetKinds[key] = kind;

    public void Named(int line, string unit) => named.Add((line, unit));

    public void ByProposer(int line, string proposer) => byProposer.Add((line, proposer));

    public async Task CheckAsync(
        NpgsqlConnection connection, DatasetFiles files, Dictionary<string, (string Parent, int Line)> datasetParents, CancellationToken cancellationToken)
    {
        if (named.Count == 0 && byProposer.Count == 0)
        {
            return;
        }
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT u.key, u.kind, p.key FROM units u LEFT JOIN units p ON p.id = u.parent_id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                kinds[reader.GetString(0)] = reader.GetString(1);
                if (!reader.IsDBNull(2))
                {
                    parents[reader.GetString(0)] = reader.GetString(2);
                }
            }
        }
        foreach (var (key, kind) in datasetKinds)
        {
            // The dataset's line is the unit as it will be: its parent is the one it names, or none.
            kinds[key] = kind;
            parents.Remove(key);
        }
        foreach (var (key, (parent, _)) in datasetParents)
        {
            parents[key] = parent;
        }
        foreach (var (line, unit) in named)
        {
            // An unknown unit, or one whose kind is itself wrong, is reported as such.
            if (kinds.TryGetValue(unit, out var kind) && kind is not ("municipality" or ""))
            {
                errors.Add(new DatasetError(DatasetFiles.Proposals, line, $"'municipality' refers to '{unit}', which is a {kind}, not a municipality"));
            }
        }
        if (byProposer.Count == 0)
        {
            return;
        }
        var personUnits = await ProposersUnitsAsync(connection, files, cancellationToken);
        foreach (var (line, proposer) in byProposer)
        {
            if (!personUnits.TryGetValue(proposer, out var unit))
            {
                continue; // an unknown proposer is reported as such
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (seen.Add(unit) && kinds.GetValueOrDefault(unit) != "municipality" && parents.TryGetValue(unit, out var parent))
            {
                unit = parent;
            }
            if (kinds.GetValueOrDefault(unit) != "municipality")
            {
                errors.Add(new DatasetError(DatasetFiles.Proposals, line,
                    $"'municipality' is missing and the proposer '{proposer}' works in no municipality: name the municipality whose forum decides"));
            }
        }
    }

    private async Task<Dictionary<string, string>> ProposersUnitsAsync(NpgsqlConnection connection, DatasetFiles files, CancellationToken cancellationToken)
    {
        var proposers = byProposer.Select(p => p.Proposer).ToHashSet(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, person) in files.ReadPeople([]))
        {
            if (proposers.Contains(person.Key) && person.Unit.Length > 0)
            {
                units[person.Key] = person.Unit;
            }
        }
        await using var command = new NpgsqlCommand("SELECT p.key, u.key FROM people p JOIN units u ON u.id = p.unit_id WHERE p.key = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", proposers.Where(p => !units.ContainsKey(p)).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            units[reader.GetString(0)] = reader.GetString(1);
        }
        return units;
    }
}
