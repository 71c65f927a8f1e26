using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace ExpertFinder.Api.Schema;

/// <summary>The schema as SDL, as committed in schema/expertfinder.graphql.</summary>
public static class SchemaSdl
{
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
