using System.Xml.Linq;

namespace ExpertFinder.Tools.Testing;

/// <summary>
/// The counts of a test run, summed over the .trx files that `dotnet test --logger trx` writes (one per test project).
/// A run is green only when every file has its counters, something ran, and nothing failed.
/// </summary>
public sealed record TestRunSummary(int Passed, int Failed, int Skipped, int Executed, IReadOnlyList<string> Problems)
{
    /// <summary>"N passed, N failed[, N skipped]": the last line of `./expertfinder test`, which scripts read.</summary>
    public string Line => $"{Passed} passed, {Failed} failed" + (Skipped == 0 ? "" : $", {Skipped} skipped");

    public bool Green => Problems.Count == 0 && Failed == 0;

    public static TestRunSummary Read(IReadOnlyList<string> trxFiles)
    {
        var problems = new List<string>();
        int passed = 0, failed = 0, skipped = 0, executed = 0;
        foreach (var file in trxFiles)
        {
            var counters = XDocument.Load(file).Descendants().FirstOrDefault(e => e.Name.LocalName == "Counters");
            if (counters is null)
            {
                problems.Add($"no <Counters> element in {file}");
                continue;
            }
            int Count(string name) => int.TryParse((string?)counters.Attribute(name), out var n) ? n : 0;
            var total = Count("total");
            executed += Count("executed");
            passed += Count("passed");
            failed += Count("failed") + Count("error") + Count("timeout") + Count("aborted");
            // xunit's skips show as total - executed; other adapters count them in notExecuted.
            skipped += Math.Max(Count("notExecuted"), total - Count("executed"));
        }
        if (trxFiles.Count == 0)
        {
            problems.Add("no .trx result file was produced");
        }
        else if (executed == 0 && passed + failed == 0)
        {
            problems.Add("no tests ran");
        }
        return new TestRunSummary(passed, failed, skipped, executed, problems);
    }
}
