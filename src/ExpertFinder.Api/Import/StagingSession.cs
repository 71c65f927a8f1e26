using Npgsql;
using NpgsqlTypes;

namespace ExpertFinder.Api.Import;

/// <summary>
/// An import's connection and transaction: staging tables that binary COPY fills, and set-based statements from them
/// that return the keys they changed.
/// </summary>
internal sealed class StagingSession(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
{
    public NpgsqlConnection Connection => connection;

    public NpgsqlTransaction Transaction => transaction;

    public CancellationToken CancellationToken => cancellationToken;

    public async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Fills a staging table, given as <c>table (columns)</c>, with binary COPY.</summary>
    public async Task CopyAsync<T>(string tableAndColumns, IEnumerable<T> rows, Action<CopyRow, T> write)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {tableAndColumns} FROM STDIN (FORMAT BINARY)", cancellationToken);
        var row = new CopyRow(importer);
        foreach (var item in rows)
        {
            // Synchronous writes: one await per field would cost more than the copy itself, and they only block to send.
            importer.StartRow();
            write(row, item);
        }
        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>Runs a statement that returns the keys it changed, hands each to <paramref name="changed"/> and returns how many.</summary>
    public async Task<int> ChangedAsync(string sql, Action<string> changed)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            changed(reader.GetString(0));
            count++;
        }
        return count;
    }
}

/// <summary>Writes the fields of one COPY row in column order; null is SQL NULL.</summary>
internal readonly struct CopyRow(NpgsqlBinaryImporter importer)
{
    public CopyRow Text(string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Text);
        }
        return this;
    }

    /// <summary>
    /// Text given as UTF-8. Binary COPY sends text as its bytes in the client encoding (Npgsql's is always UTF-8), which
    /// is also how bytea goes, so the bytes are written as they are; the server checks them as text on receipt.
    /// </summary>
    public CopyRow Text(byte[] utf8)
    {
        importer.Write(utf8, NpgsqlDbType.Bytea);
        return this;
    }

    public CopyRow Texts(IReadOnlyList<string> values)
    {
        importer.Write(values as string[] ?? [.. values], NpgsqlDbType.Array | NpgsqlDbType.Text);
        return this;
    }

    public CopyRow Integer(int value)
    {
        importer.Write(value, NpgsqlDbType.Integer);
        return this;
    }

    public CopyRow Date(DateOnly? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value.Value, NpgsqlDbType.Date);
        }
        return this;
    }
}
