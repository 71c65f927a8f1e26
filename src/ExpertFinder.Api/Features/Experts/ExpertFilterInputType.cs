using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Core.Fields;
using ExpertFinder.Search.Experts;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Experts;

public sealed class ExpertFilterInputType : InputObjectGraphType
{
    public ExpertFilterInputType()
    {
        Name = "ExpertFilter";
        Description = "Narrows the hits: values within a list are alternatives, lists combine with AND.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("municipalities").Description("Municipality unit keys. " + ListQueries.MaxFilterValuesNote);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("departments").Description("Department unit keys. " + ListQueries.MaxFilterValuesNote);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("units").Description("Unit keys; a unit includes everyone below it. " + ListQueries.MaxFilterValuesNote);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("competences").Description("Competence keys the person holds (at minLevel or above). " + ListQueries.MaxFilterValuesNote);
        Field<IntGraphType>("minLevel").Description("1 to 5. Without competences: a competence the query is about, held at this level or above.");
        Field<ListGraphType<NonNullGraphType<PersonRoleType>>>("roles").Description(ListQueries.MaxFilterValuesNote);
        Field<ListGraphType<NonNullGraphType<NetworkKindType>>>("networkKinds").Description("People in a network of one of these kinds. " + ListQueries.MaxFilterValuesNote);
        Field<BooleanGraphType>("openToMentoring").Description("Only people who said they are (true) or are not (false) open to mentoring.");
        Field<BooleanGraphType>("openToJobRotation").Description("Only people who said they are (true) or are not (false) open to a day of job rotation.");
    }

    public static ExpertFilter ToFilter(Dictionary<string, object?>? input)
    {
        if (input is null)
        {
            return ExpertFilter.None;
        }
        var minLevel = input.GetValueOrDefault("minLevel") is { } level ? Convert.ToInt32(level, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        ListQueries.CheckFilterValue(FieldRules.Level, minLevel, "filter.minLevel");
        return new ExpertFilter
        {
            Municipalities = Strings(input, "municipalities"),
            Departments = Strings(input, "departments"),
            Units = Strings(input, "units"),
            Competences = Strings(input, "competences"),
            MinLevel = minLevel,
            Roles = Strings(input, "roles"),
            NetworkKinds = Strings(input, "networkKinds"),
            OpenToMentoring = input.GetValueOrDefault("openToMentoring") as bool?,
            OpenToJobRotation = input.GetValueOrDefault("openToJobRotation") as bool?,
        };
    }

    private static List<string> Strings(Dictionary<string, object?> input, string name) =>
        ListQueries.CheckFilterList(input.GetValueOrDefault(name) as IEnumerable<object?>, "filter." + name).OfType<string>().ToList();
}
