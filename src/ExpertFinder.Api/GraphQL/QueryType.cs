using ExpertFinder.Api.Competences;
using ExpertFinder.Api.Documents;
using ExpertFinder.Api.Experts;
using ExpertFinder.Api.Networks;
using ExpertFinder.Api.People;
using ExpertFinder.Api.Units;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Connection<ExpertHitType, ExpertEdgeType, ExpertConnectionType>("experts")
            .AuthorizeWithPolicy(Auth.AccessPolicy.Reader)
            .NonNull()
            .Description("People ranked by how well they know about the query: Danish words, any inflection or spelling.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What you need to know about, in your own words.")
            .Argument<ExpertScopeType>("scope", "Whom to search among, seen from the signed-in person (their colleagues rank lower; each hit gets an introduction path from them). Scopes other than ANYONE need one.", a => a.DefaultValue = ExpertFinder.Search.Experts.ExpertScope.Anyone)
            .Argument<ExpertFilterInputType>("filter", "Narrow by municipality, department, unit, competence and level, role or network kind.")
            .ResolveAsync(ExpertSearchField.ResolveAsync);
        Suggestions.SuggestField.Add(this);
        NodeField.Add(this);

        Field<PersonType>("person").AuthorizeWithPolicy(Auth.AccessPolicy.Reader).Description("A visible person by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.PersonByKey(c.GetArgument<string>("key")));
        Field<UnitType>("unit").AuthorizeWithPolicy(Auth.AccessPolicy.Reader).Description("A unit by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.UnitByKey(c.GetArgument<string>("key")));
        Field<CompetenceType>("competence").AuthorizeWithPolicy(Auth.AccessPolicy.Reader).Description("A competence by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.CompetenceByKey(c.GetArgument<string>("key")));
        Field<NetworkType>("network").AuthorizeWithPolicy(Auth.AccessPolicy.Reader).Description("A network by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.NetworkByKey(c.GetArgument<string>("key")));
        Field<DocumentType>("document").AuthorizeWithPolicy(Auth.AccessPolicy.Reader).Description("A document by key.").Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.DocumentByKey(c.GetArgument<string>("key")));

        PeopleField.Add(this);
        KnowledgeSharers.KnowledgeSharersField.Add(this);
        UnitsField.Add(this);
        CompetencesField.Add(this);
        NetworksField.Add(this);
        DocumentsField.Add(this);
        Graphs.NetworkGraphField.Add(this);
        Audit.AuditLogField.Add(this);
        Me.MeField.Add(this);
        ThemeProposals.ThemeProposalsField.Add(this);
        ThemeProposals.ProposalRoundField.Add(this);
        ColleagueSuggestions.ColleagueSuggestionsField.Add(this);
    }
}
