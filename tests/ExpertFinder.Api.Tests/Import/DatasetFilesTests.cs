using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>Reading the files as UTF-8 bytes: line endings, escapes and what PostgreSQL cannot store.</summary>
public sealed class DatasetFilesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Escaped_and_non_ascii_text_arrives_exactly_also_with_a_byte_order_mark_and_crlf_lines()
    {
        using var dataset = TestDataset.WithOrganisation("esc");
        File.WriteAllText(Path.Combine(dataset.Directory, "people.jsonl"),
            "\uFEFF{\"key\": \"esc-p\", \"name\": \"Åse Ørum\", \"unit\": \"esc-afd\"}\r\n\r\n   \r\n");
        File.WriteAllText(Path.Combine(dataset.Directory, "documents.jsonl"),
            """{"key": "esc-d1", "title": "Notat", "text": "Linje et\nlinje \"to\" \u00e6bler \\ \ud83d\ude00", "authors": ["esc-p"]}""" + "\r\n" +
            """{"key": "esc-d2", "title": "Notat", "text": "Blåbærgrød uden escapes", "authors": ["esc-p"]}""" + "\r\n");

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Empty(summary.Errors);
        Assert.NotNull(counts);
        Assert.Equal("Linje et\nlinje \"to\" æbler \\ 😀", await TextAsync("esc-d1"));
        Assert.Equal("Blåbærgrød uden escapes", await TextAsync("esc-d2"));
        Assert.Equal("Åse Ørum", await ScalarAsync("SELECT name FROM people WHERE key = 'esc-p'"));
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_and_an_escaped_nul_are_refused_at_their_line()
    {
        using var dataset = TestDataset.WithOrganisation("bytes");
        // Line 2 has "Bø" in Latin-1: 0xF8 alone is no UTF-8.
        await File.WriteAllBytesAsync(Path.Combine(dataset.Directory, "people.jsonl"),
        [
            .. "{\"key\": \"bytes-p\", \"name\": \"Bo\", \"unit\": \"bytes-afd\"}\n"u8.ToArray(),
            .. "{\"key\": \"bytes-q\", \"name\": \"B"u8.ToArray(), 0xF8, .. "\", \"unit\": \"bytes-afd\"}\n"u8.ToArray(),
        ]);
        File.WriteAllText(Path.Combine(dataset.Directory, "documents.jsonl"),
            """{"key": "bytes-d", "title": "Notat", "text": "før\u0000efter"}""" + "\n");

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Null(counts);
        Assert.Equal(
            ["people.jsonl:2: the file is not valid UTF-8", "documents.jsonl:1: 'text' must not contain the character U+0000"],
            summary.Errors.Select(e => e.ToString()));
    }

    private Task<string> TextAsync(string key) => ScalarAsync($"SELECT text FROM documents WHERE key = '{key}'");

    private async Task<string> ScalarAsync(string sql)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
