using System.Globalization;

namespace ExpertFinder.Api.Features.ThemeProposals;

/// <summary>
/// The rounds in which the leadership forum decides theme proposals (<c>ExpertFinder:Practices:ProposalRounds</c>):
/// each a deadline (month-day) and the month the forum decides in, e.g. received by 05-01, decided in June; received by
/// 12-01, decided in January of the next year. Without any configured, <see cref="ProposalRoundCalendar.Default"/> applies.
/// </summary>
public sealed class ProposalRoundOptions
{
    public const string Section = "ExpertFinder:Practices";

    /// <summary>Empty by default: a configuration binder appends to a list that already holds items.</summary>
    public List<ProposalRoundRule> ProposalRounds { get; set; } = [];
}

public sealed class ProposalRoundRule
{
    /// <summary>The last day a proposal is received for the round, written MM-dd.</summary>
    public string Deadline { get; set; } = "";

    /// <summary>The month (1-12) the forum decides in: the deadline's year when it is not before the deadline's month, else the next year.</summary>
    public int DecisionMonth { get; set; }
}

/// <summary>One decision round: its key and decision month ("2027-06"), its deadline and a Danish name ("Junirunden 2027").</summary>
public sealed record ProposalRound(DateOnly Deadline, int DecisionYear, int DecisionMonth)
{
    private static readonly string[] DanishMonths =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public string Key => $"{DecisionYear:0000}-{DecisionMonth:00}";

    public string Name
    {
        get
        {
            var month = DanishMonths[DecisionMonth - 1];
            return $"{char.ToUpperInvariant(month[0])}{month[1..]}runden {DecisionYear}";
        }
    }
}

/// <summary>Which round a submission date falls in, and which dates a round takes: pure, from the configured rules.</summary>
public sealed class ProposalRoundCalendar
{
    /// <summary>Albertslund's practice: by 1 May for the June round, by 1 December for the January round.</summary>
    public static readonly ProposalRoundCalendar Default = new([(5, 1, 6), (12, 1, 1)]);

    private readonly List<(int Month, int Day, int DecisionMonth)> rules;

    public ProposalRoundCalendar(IEnumerable<(int Month, int Day, int DecisionMonth)> rules)
    {
        this.rules = [.. rules.OrderBy(r => r.Month).ThenBy(r => r.Day)];
        if (this.rules.Count == 0)
        {
            throw new ArgumentException("At least one proposal round is needed", nameof(rules));
        }
        foreach (var (month, day, decisionMonth) in this.rules)
        {
            // A non-leap year: a deadline must exist every year (29 February does not).
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month) || decisionMonth is < 1 or > 12)
            {
                throw new ArgumentException($"'{month:00}-{day:00}' decided in month {decisionMonth} is no valid proposal round", nameof(rules));
            }
        }
        if (this.rules.DistinctBy(r => r.DecisionMonth).Count() != this.rules.Count || this.rules.DistinctBy(r => (r.Month, r.Day)).Count() != this.rules.Count)
        {
            throw new ArgumentException("Two proposal rounds share a deadline or a decision month", nameof(rules));
        }
    }

    /// <summary>The configured rules, or <see cref="Default"/> when none are; an invalid rule throws.</summary>
    public static ProposalRoundCalendar From(ProposalRoundOptions options)
    {
        if (options.ProposalRounds.Count == 0)
        {
            return Default;
        }
        return new ProposalRoundCalendar(options.ProposalRounds.Select(rule =>
            DateOnly.TryParseExact("2001-" + rule.Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline)
                ? (deadline.Month, deadline.Day, rule.DecisionMonth)
                : throw new ArgumentException($"The proposal round deadline '{rule.Deadline}' is not a day written MM-dd", nameof(options))));
    }

    /// <summary>The round of a proposal received on <paramref name="submitted"/>: the first deadline on or after it.</summary>
    public ProposalRound RoundOf(DateOnly submitted)
    {
        foreach (var year in (int[])[submitted.Year, submitted.Year + 1])
        {
            foreach (var rule in rules)
            {
                var deadline = new DateOnly(year, rule.Month, rule.Day);
                if (deadline >= submitted)
                {
                    return Round(rule, deadline);
                }
            }
        }
        throw new InvalidOperationException("Unreachable: every year has each deadline");
    }

    /// <summary>The round with this key ("2027-06"), or null when no round is decided in that month.</summary>
    public ProposalRound? Parse(string key)
    {
        if (!DateOnly.TryParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) || month.Year < 2)
        {
            return null;
        }
        foreach (var rule in rules.Where(r => r.DecisionMonth == month.Month))
        {
            var deadlineYear = rule.DecisionMonth >= rule.Month ? month.Year : month.Year - 1;
            return Round(rule, new DateOnly(deadlineYear, rule.Month, rule.Day));
        }
        return null;
    }

    /// <summary>The submission dates of a round: after the previous round's deadline, up to and including its own.</summary>
    public (DateOnly After, DateOnly Through) Window(ProposalRound round)
    {
        var previous = new DateOnly(round.Deadline.Year - 1, rules[^1].Month, rules[^1].Day);
        foreach (var year in (int[])[round.Deadline.Year - 1, round.Deadline.Year])
        {
            foreach (var rule in rules)
            {
                var deadline = new DateOnly(year, rule.Month, rule.Day);
                if (deadline < round.Deadline && deadline > previous)
                {
                    previous = deadline;
                }
            }
        }
        return (previous, round.Deadline);
    }

    private static ProposalRound Round((int Month, int Day, int DecisionMonth) rule, DateOnly deadline) =>
        new(deadline, rule.DecisionMonth >= rule.Month ? deadline.Year : deadline.Year + 1, rule.DecisionMonth);
}
