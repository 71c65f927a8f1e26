using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ExpertFinder.Api.Hosting.CommandLine;

/// <summary>
/// The numbers the verbs take, read in one way: plain digits (a decimal point for seconds) within a range; anything
/// else is a usage error that names the option or argument, the range and what was given.
/// </summary>
internal static class Checks
{
    public static Option<int> Within(this Option<int> option, int minimum, int maximum)
    {
        option.CustomParser = result => Parse(result, option.Name, minimum, maximum, result.Tokens.Count == 0 ? option.DefaultValueFactory : null);
        return option;
    }

    public static Option<int?> Within(this Option<int?> option, int minimum, int maximum)
    {
        option.CustomParser = result => result.Tokens.Count == 0 ? null : Parse(result, option.Name, minimum, maximum, null);
        return option;
    }

    public static Argument<int> Within(this Argument<int> argument, int minimum, int maximum)
    {
        argument.CustomParser = result => Parse(result, argument.Name, minimum, maximum, result.Tokens.Count == 0 ? argument.DefaultValueFactory : null);
        return argument;
    }

    public static Argument<double> Within(this Argument<double> argument, double minimum, double maximum)
    {
        argument.CustomParser = result =>
        {
            if (result.Tokens.Count == 0 && argument.DefaultValueFactory is { } fallback)
            {
                return fallback(result);
            }
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{argument.Name} must be a number from {minimum} to {maximum}, not '{text}'"));
                return default;
            }
            return value;
        };
        return argument;
    }

    private static int Parse(ArgumentResult result, string name, int minimum, int maximum, Func<ArgumentResult, int>? fallback)
    {
        if (fallback is not null)
        {
            return fallback(result);
        }
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            result.AddError($"{name} must be a whole number from {minimum} to {maximum}, not '{text}'");
            return default;
        }
        return value;
    }
}
