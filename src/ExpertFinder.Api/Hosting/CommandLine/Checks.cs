using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace ExpertFinder.Api.Hosting.CommandLine;

/// <summary>
/// The numbers the verbs take, read in one way: plain digits (a decimal point for seconds) within a range; anything
/// else is a usage error that names the option or argument, the range and what was given.
/// </summary>
internal static class Checks
{
    public static Option<int> Within(this Option<int> option, int minimum, int maximum)
    {
        option.CustomParser = result => Parse(result, option.Name, minimum, maximum, option.DefaultValueFactory);
        return option;
    }

    public static Option<int?> Within(this Option<int?> option, int minimum, int maximum)
    {
        option.CustomParser = result => result.Tokens.Count == 0 ? null : Parse(result, option.Name, minimum, maximum, null);
        return option;
    }

    public static Argument<T> Within<T>(this Argument<T> argument, T minimum, T maximum) where T : struct, INumber<T>
    {
        argument.CustomParser = result => Parse(result, argument.Name, minimum, maximum, argument.DefaultValueFactory);
        return argument;
    }

    /// <summary>The one token as a number in range; with no token, the default (the parser is asked for it then too).</summary>
    private static T Parse<T>(ArgumentResult result, string name, T minimum, T maximum, Func<ArgumentResult, T>? fallback) where T : struct, INumber<T>
    {
        if (result.Tokens.Count == 0 && fallback is not null)
        {
            return fallback(result);
        }
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        // A half truncates to zero only in a whole-number type.
        var whole = T.CreateTruncating(0.5) == T.Zero;
        var style = whole ? NumberStyles.None : NumberStyles.AllowDecimalPoint;
        if (!T.TryParse(text, style, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            var kind = whole ? "a whole number" : "a number";
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be {kind} from {minimum} to {maximum}, not '{text}'"));
            return default;
        }
        return value;
    }
}
