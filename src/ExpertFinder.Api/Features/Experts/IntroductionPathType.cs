using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Core.Ties;
using ExpertFinder.Search.Colleagues;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Experts;

public sealed record IntroductionPathView(IntroductionPath Path, HitReferences References)
{
    /// <summary>The chain in Danish, as a portal would show it: "Du og Anne er begge i Ledernetværket; Anne og Peter har skrevet »Skabelon for referater« sammen."</summary>
    public string Describe()
    {
        if (Path.Steps.Count == 0)
        {
            return "Det er dig selv.";
        }
        var sentences = Path.Steps.Select((step, i) =>
        {
            var from = i == 0 ? "Du" : NameOf(step.FromPerson);
            var to = NameOf(step.ToPerson);
            var pair = $"{from} og {to}";
            return step.Via switch
            {
                TieKind.Unit => $"{pair} arbejder begge i {step.ViaName}",
                TieKind.Network => $"{pair} er begge med i {step.ViaName}",
                _ => $"{pair} har skrevet »{step.ViaName}« sammen",
            };
        });
        return string.Join("; ", sentences) + ".";
    }

    private string NameOf(string personKey) =>
        References.People.TryGetValue(personKey, out var person) ? person.Name : personKey;
}

public sealed class IntroductionPathType : ObjectGraphType<IntroductionPathView>
{
    public IntroductionPathType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "IntroductionPath";
        Description = "How the viewer can be introduced to an expert: each step is two people who share a unit, a network or a document.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of steps; 1 means the viewer already shares something with the expert.")
            .Resolve(c => c.Source.Path.Steps.Count);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The chain as a sentence in Danish.").Resolve(c => c.Source.Describe());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntroductionStepType>>>>("steps")
            .Resolve(c => c.Source.Path.Steps.Select(s => (s, c.Source.References)).ToList());
    }
}

public sealed class IntroductionStepType : ObjectGraphType<(IntroductionStep Step, HitReferences References)>
{
    public IntroductionStepType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "IntroductionStep";
        Field<NonNullGraphType<PersonType>>("from").Resolve(c => c.Source.References.People.GetValueOrDefault(c.Source.Step.FromPerson));
        Field<NonNullGraphType<PersonType>>("to").Resolve(c => c.Source.References.People.GetValueOrDefault(c.Source.Step.ToPerson));
        Field<NonNullGraphType<ConnectionKindType>>("via").Resolve(c => c.Source.Step.Via);
        Field<NonNullGraphType<StringGraphType>>("viaName").Description("The unit's or network's name, or the document's title.").Resolve(c => c.Source.Step.ViaName);
        Field<UnitType>("unit").Resolve(c => c.Source.Step.Via == TieKind.Unit ? c.Source.References.Units.GetValueOrDefault(c.Source.Step.ViaKey) : null);
        Field<NetworkType>("network").Resolve(c => c.Source.Step.Via == TieKind.Network ? c.Source.References.Networks.GetValueOrDefault(c.Source.Step.ViaKey) : null);
        Field<DocumentType>("document").Resolve(c => c.Source.Step.Via == TieKind.Document ? c.Source.References.Documents.GetValueOrDefault(c.Source.Step.ViaKey) : null);
    }
}

public sealed class ConnectionKindType : EnumerationGraphType<TieKind>
{
    public ConnectionKindType()
    {
        Name = "ConnectionKind";
        Description = "What two people on an introduction path share.";
    }
}
