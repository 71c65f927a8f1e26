using ExpertFinder.Api.Schema.Conventions;
using GraphQL;
using GraphQL.Types;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Experts;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Features.AuditLog;
using ExpertFinder.Api.Features.ColleagueSuggestions;
using ExpertFinder.Api.Features.KnowledgeSharers;
using ExpertFinder.Api.Features.Me;
using ExpertFinder.Api.Features.NetworkGraphs;
using ExpertFinder.Api.Features.Suggestions;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Api.Schema;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Connection<ExpertHitType, ExpertEdgeType, ExpertConnectionType>("experts")
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .NonNull()
            .Description("People ranked by how well they know about the query: Danish words, any inflection or spelling.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What you need to know about, in your own words.")
            .Argument<ExpertScopeType>("scope", "Whom to search among, seen from the signed-in person (their colleagues rank lower; each hit gets an introduction path from them). Scopes other than ANYONE need one.", a => a.DefaultValue = ExpertFinder.Search.Experts.ExpertScope.Anyone)
            .Argument<ExpertFilterInputType>("filter", "Narrow by municipality, department, unit, competence and level, role or network kind.")
            .ResolveAsync(ExpertSearchField.ResolveAsync);
        SuggestField.Add(this);
        NodeField.Add(this);

        Field<PersonType>("person").AuthorizeWithPolicy(AccessPolicy.Reader).Description("A visible person by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.PersonByKey(c.GetArgument<string>("key")));
        Field<UnitType>("unit").AuthorizeWithPolicy(AccessPolicy.Reader).Description("A unit by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.UnitByKey(c.GetArgument<string>("key")));
        Field<CompetenceType>("competence").AuthorizeWithPolicy(AccessPolicy.Reader).Description("A competence by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.CompetenceByKey(c.GetArgument<string>("key")));
        Field<NetworkType>("network").AuthorizeWithPolicy(AccessPolicy.Reader).Description("A network by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.NetworkByKey(c.GetArgument<string>("key")));
        Field<DocumentType>("document").AuthorizeWithPolicy(AccessPolicy.Reader).Description("A document by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.DocumentByKey(c.GetArgument<string>("key")));

        PeopleField.Add(this);
        KnowledgeSharersField.Add(this);
        UnitsField.Add(this);
        CompetencesField.Add(this);
        NetworksField.Add(this);
        DocumentsField.Add(this);
        NetworkGraphField.Add(this);
        AuditLogField.Add(this);
        MeField.Add(this);
        ThemeProposalsField.Add(this);
        ProposalRoundField.Add(this);
        ColleagueSuggestionsField.Add(this);
    }
}
