using Npgsql;

namespace ExpertFinder.Api.Import;

/// <summary>
/// A link that one owner at most may hold (a proposal's network, a document as one meeting's agenda): no two lines of
/// the dataset may claim the same target, nor may a line claim one that an object of the database holds, unless the
/// dataset restates that object's link (and so moves it).
/// </summary>
internal sealed class OneOwnerLinks(string field, string ownerNoun, string ownerTable, string targetTable, string column, string file, List<DatasetError> errors)
{
    private readonly Dictionary<string, (string Owner, int Line)> claims = new(StringComparer.Ordinal);
    private readonly HashSet<string> restated = new(StringComparer.Ordinal);

    /// <summary>The owner's line states this link (possibly as none), replacing what the database holds.</summary>
    public void Restate(string owner) => restated.Add(owner);

    public void Claim(string target, string owner, int line)
    {
        if (claims.TryGetValue(target, out var earlier))
        {
            errors.Add(new DatasetError(file, line,
                $"'{field}' refers to '{target}', which is already the {field} of {ownerNoun} '{earlier.Owner}' on line {earlier.Line}"));
            return;
        }
        claims[target] = (owner, line);
    }

    public async Task CheckAgainstDatabaseAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand(
            $"SELECT t.key, o.key FROM {targetTable} t JOIN {ownerTable} o ON o.{column} = t.id WHERE t.key = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", claims.Keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (target, holder) = (reader.GetString(0), reader.GetString(1));
            var claim = claims[target];
            if (holder != claim.Owner && !restated.Contains(holder))
            {
                errors.Add(new DatasetError(file, claim.Line,
                    $"'{field}' refers to '{target}', which is already the {field} of {ownerNoun} '{holder}' in the database"));
            }
        }
    }
}
