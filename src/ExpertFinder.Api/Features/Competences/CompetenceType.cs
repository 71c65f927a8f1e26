using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Features.Competences;

public sealed class CompetenceType : ObjectGraphType<Competence>
{
    public CompetenceType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = NodeTypeNames.Competence;
        Description = "A competence in the taxonomy.";
        this.ImplementNode(c => c.Key);
        Field(c => c.Key);
        Field(c => c.Name);
        Field(c => c.Description, nullable: true);
        Field(c => c.Synonyms).Description("Other words people use for it.");
        Field<CompetenceType>("parent").Description("The broader competence.")
            .Resolve(c => c.Source.ParentId is { } parent ? c.CompetenceById(parent) : null);
        Connection<CompetenceType, EdgeType<CompetenceType>, PageType<CompetenceType>>("narrower").Pageable().Description("The narrower competences, by name.")
            .ResolvePage(c => c.Page(c.NarrowerThan(c.Source.Id)));
        Connection<PersonCompetenceType, EdgeType<PersonCompetenceType>, PageType<PersonCompetenceType>>("holders").Pageable()
            .Description("Visible people who hold it, highest level first.")
            .Argument<IntGraphType>("minLevel", "Only holders at this level (1-5) or above.", a => a.DefaultValue = 1)
            .ResolvePage(c => c.Page(c.HoldersOf(c.Source.Id, c.GetArgument<int>("minLevel"))));
        Connection<NetworkType, EdgeType<NetworkType>, PageType<NetworkType>>("networks").Pageable().Description("Networks that work on it, by name.")
            .ResolvePage(c => c.Page(c.NetworksOn(c.Source.Id)));
    }
}
