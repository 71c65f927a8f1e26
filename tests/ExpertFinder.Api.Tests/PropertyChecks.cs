using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ExpertFinder.Api.Tests;

/// <summary>
/// Checks a property from inside a test (where a fixture is at hand) and fails it with a message the test host can
/// carry: a counterexample is hostile text, and a lone surrogate in a failure message makes the VSTest host drop the
/// result altogether, so that the failing test would not be reported at all.
/// </summary>
public static class PropertyChecks
{
    public static void Check<T>(Arbitrary<T> values, Func<T, bool> property, int cases)
    {
        try
        {
            Prop.ForAll(values, property).Check(Config.QuickThrowOnFailure.WithMaxTest(cases));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException(Printable(e.Message));
        }
    }

    /// <summary>The text with every control character and surrogate written as its code, e.g. \u0000.</summary>
    public static string Printable(string text)
    {
        var printable = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            printable.Append(c is '\n' || !(char.IsControl(c) || char.IsSurrogate(c)) ? c.ToString() : $"\\u{(int)c:x4}");
        }
        return printable.ToString();
    }
}
