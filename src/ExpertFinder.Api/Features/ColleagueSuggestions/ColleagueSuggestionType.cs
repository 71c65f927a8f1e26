using System.ComponentModel;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.ColleagueSuggestions;

/// <summary>Whether the strongest tie is something both work with, or something the candidate brings.</summary>
public enum ColleagueSuggestionKind
{
    [Description("You work with the same competence, or neighbouring ones in the taxonomy.")]
    Overlap,

    [Description("They hold, at a good level, what your unit needs or your networks work on.")]
    Complement,
}

/// <summary>One colleague suggested to the caller, with the tie that explains it.</summary>
public sealed record ColleagueSuggestion(Person Person, int Score, ColleagueSuggestionKind Kind, string Reason, IReadOnlyList<Competence> Competences);

public sealed class ColleagueSuggestionType : ObjectGraphType<ColleagueSuggestion>
{
    public ColleagueSuggestionType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Employee);
        Name = "ColleagueSuggestion";
        Description = "A colleague from another department worth meeting (\"Inviter en ukendt kollega på frokost\"), and why.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<StringGraphType>>("reason")
            .Description("Why, in Danish, from the strongest tie, e.g. \"I arbejder begge med sundhedsfremme i hver jeres forvaltning (Børn og Unge).\"")
            .Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<ColleagueSuggestionKindType>>("kind").Description("The kind of the strongest tie.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("score")
            .Description($"The sum over the colleague's competences of their strongest tie to you: the same competence {ColleagueTies.SameWeight}; one your unit needs {ColleagueTies.UnitNeedWeight} or one your networks work on {ColleagueTies.NetworkTopicWeight} (held at level {ColleagueTies.GoodLevel} or above); a neighbour in the taxonomy {ColleagueTies.RelatedWeight}.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceType>>>>("competences")
            .Description("The colleague's competences behind the suggestion, strongest tie first.")
            .Resolve(c => c.Source.Competences);
    }
}

public sealed class ColleagueSuggestionKindType : EnumerationGraphType<ColleagueSuggestionKind>
{
    public ColleagueSuggestionKindType()
    {
        Name = "ColleagueSuggestionKind";
        Description = "Whether the strongest tie is something you both work with, or something the colleague brings.";
    }
}
