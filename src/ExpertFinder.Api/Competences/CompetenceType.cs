using ExpertFinder.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Competences;

public sealed class CompetenceType : ObjectGraphType<Competence>
{
    public CompetenceType()
    {
        Name = "Competence";
        Description = "A competence in the taxonomy.";
        Field(c => c.Key);
        Field(c => c.Name);
        Field(c => c.Description, nullable: true);
        Field(c => c.Synonyms).Description("Other words people use for it.");
        Field<CompetenceType>("parent").Description("The broader competence.").ResolveAsync(async c => await c.FindAsync<Competence>(c.Source.ParentId));
    }
}
