using ExpertFinder.Api.Features.AuditLog;
using ExpertFinder.Api.Features.ColleagueSuggestions;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Experts;
using ExpertFinder.Api.Features.KnowledgeSharers;
using ExpertFinder.Api.Features.Me;
using ExpertFinder.Api.Features.NetworkGraphs;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.Suggestions;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Schema;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        // The order of the fields is the order of the SDL: a feature declares its root fields, the root type places them.
        ExpertSearchField.Add(this);
        SuggestField.Add(this);
        NodeField.Add(this);
        PeopleField.AddByKey(this);
        UnitsField.AddByKey(this);
        CompetencesField.AddByKey(this);
        NetworksField.AddByKey(this);
        DocumentsField.AddByKey(this);
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
