using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search.Experts;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Experts;

/// <summary>A ranked person with the evidence behind the rank, and the page's entities to resolve it from.</summary>
public sealed record ExpertMatch(Person Person, ExpertHit Hit, HitReferences References);

public sealed class ExpertHitType : ObjectGraphType<ExpertMatch>
{
    public ExpertHitType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "ExpertHit";
        Description = "A person who knows about the query, and why.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance; higher is better. Comparable within one search only.")
            .Resolve(c => (double)c.Source.Hit.Score);
        Field<NonNullGraphType<FloatGraphType>>("profileScore").Description("The part of the score from the person's own profile.")
            .Resolve(c => (double)c.Source.Hit.Parts.Profile);
        Field<NonNullGraphType<FloatGraphType>>("documentScore").Description("The part of the score from documents the person wrote.")
            .Resolve(c => (double)c.Source.Hit.Parts.Documents);
        Field<NonNullGraphType<ScorePartsType>>("scoreParts").Resolve(c => c.Source.Hit.Parts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description($"The best matching documents the person wrote or is named in (at most {ExpertHit.MaxDocuments}).")
            .Resolve(c => c.Source.Hit.Documents.Select(d => c.Source.References.Documents.GetValueOrDefault(d.DocumentKey)).OfType<Document>().ToList());
        Field<NonNullGraphType<ExpertEvidenceType>>("evidence").Description("Why the person matched.").Resolve(c => c.Source);
        Field<NonNullGraphType<ColleagueRelationType>>("relation").Description("How the viewer already knows the person (NONE without a viewer).")
            .Resolve(c => c.Source.Hit.Relation);
        Field<IntroductionPathType>("introductionPath")
            .Description("The shortest chain of shared units, networks and co-written documents from the viewer to the person; null without a viewer or a chain of at most four steps.")
            .Resolve(c => c.Source.Hit.IntroductionPath is { } path ? new IntroductionPathView(path, c.Source.References) : null);
    }
}

public sealed class ScorePartsType : ObjectGraphType<ScoreParts>
{
    public ScorePartsType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "ScoreParts";
        Description = "score = (profile + documents + mentions + networks) × prior × proximity.";
        Field<NonNullGraphType<FloatGraphType>>("profile").Description("Title, bio, competences (weighed by level and source) and what the person is happy to be asked about; half when only the title, bio or unit match and no competence, statement or network of the person bears them out.").Resolve(c => (double)c.Source.Profile);
        Field<NonNullGraphType<FloatGraphType>>("documents").Description("Documents the person wrote, newer ones counting more.").Resolve(c => (double)c.Source.Documents);
        Field<NonNullGraphType<FloatGraphType>>("mentions").Description("Documents that name the person.").Resolve(c => (double)c.Source.Mentions);
        Field<NonNullGraphType<FloatGraphType>>("networks").Description("Networks on the topic, by the person's role (facilitator over member).").Resolve(c => (double)c.Source.Networks);
        Field<NonNullGraphType<FloatGraphType>>("prior").Description("Multiplier for roles such as knowledge sharer, for the role the query asks for, for holding the competence a query consists of (by level and source), and a little for a stated willingness to mentor or to job rotation.").Resolve(c => (double)c.Source.Prior);
        Field<NonNullGraphType<FloatGraphType>>("proximity").Description("Multiplier below 1 for people the viewer already works with.").Resolve(c => (double)c.Source.Proximity);
    }
}

public sealed class ExpertEvidenceType : ObjectGraphType<ExpertMatch>
{
    public ExpertEvidenceType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "ExpertEvidence";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchedCompetenceType>>>>("competences")
            .Description("The person's competences the query is about, highest level first.")
            .Resolve(c => c.Source.Hit.Competences.Select(m => (m, c.Source.References.Competences.GetValueOrDefault(m.CompetenceKey))).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("askMeAbout")
            .Description("What the person said they are happy to be asked about (spørg mig om) that the query is about, in their order.")
            .Resolve(c => c.Source.Hit.AskMeAbout);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentEvidenceType>>>>("documents")
            .Description("The best documents, authored ones first, with a highlighted snippet.")
            .Resolve(c => c.Source.Hit.Documents
                .Where(d => c.Source.References.Documents.ContainsKey(d.DocumentKey))
                .Select(d => (d, c.Source.References.Documents[d.DocumentKey])).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEvidenceType>>>>("networks")
            .Description("Networks on the topic the person takes part in, and their role.")
            .Resolve(c => c.Source.Hit.Networks
                .Where(n => c.Source.References.Networks.ContainsKey(n.NetworkKey))
                .Select(n => (n, c.Source.References.Networks[n.NetworkKey])).ToList());
    }
}

public sealed class MatchedCompetenceType : ObjectGraphType<(CompetenceEvidence Match, Competence? Competence)>
{
    public MatchedCompetenceType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "MatchedCompetence";
        Field<NonNullGraphType<CompetenceType>>("competence").Resolve(c => c.Source.Competence);
        Field<NonNullGraphType<IntGraphType>>("level").Description("1 (beginner) to 5 (expert).").Resolve(c => c.Source.Match.Level);
        Field<NonNullGraphType<CompetenceSourceType>>("source").Resolve(c => c.Source.Match.Source);
    }
}

public sealed class DocumentEvidenceType : ObjectGraphType<(DocumentEvidence Evidence, Document Document)>
{
    public DocumentEvidenceType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "DocumentEvidence";
        Field<NonNullGraphType<DocumentType>>("document").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<DocumentAssociationType>>("association").Resolve(c => c.Source.Evidence.Association);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => (double)c.Source.Evidence.Score);
        Field<SnippetType>("snippet").Description("The passage that matched best, with the matched words marked; names of people the reader may not discover read \"(navn udeladt)\".")
            .ResolveAsync(async c => c.Source.Evidence.Snippet is { } snippet
                ? await c.RequestServices!.GetRequiredService<NamesInText>().ForReaderAsync(snippet, c.Privacy(), c.CancellationToken)
                : null);
    }
}

public sealed class NetworkEvidenceType : ObjectGraphType<(NetworkEvidence Evidence, Network Network)>
{
    public NetworkEvidenceType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "NetworkEvidence";
        Field<NonNullGraphType<NetworkType>>("network").Resolve(c => c.Source.Network);
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Evidence.Role);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => (double)c.Source.Evidence.Score);
    }
}

public sealed class DocumentAssociationType : EnumerationGraphType<DocumentAssociation>
{
    public DocumentAssociationType()
    {
        Name = "DocumentAssociation";
        Description = "How a person is tied to a document: AUTHOR (strong evidence) or MENTION (named in it).";
    }
}

public sealed class ColleagueRelationType : EnumerationGraphType<ColleagueRelation>
{
    public ColleagueRelationType()
    {
        Name = "ColleagueRelation";
        Description = "How the viewer already works with a person.";
    }
}
