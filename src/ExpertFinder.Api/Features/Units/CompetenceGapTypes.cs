using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Units;

public sealed class UnitCompetenceNeedType : ObjectGraphType<UnitCompetenceNeed>
{
    public UnitCompetenceNeedType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "UnitCompetenceNeed";
        Description = "Core knowledge a unit needs (kerneviden i dag og i morgen): a competence at a level, held by a number of people, today or by a year.";
        Field<NonNullGraphType<CompetenceType>>("competence")
            .Resolve(c => c.Source.Competence is { } loaded ? loaded : c.CompetenceById(c.Source.CompetenceId));
        Field<IntGraphType>("year").Description("The year the need is for; null for today.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("level").Description("The lowest level that counts, 1 to 5.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<IntGraphType>>("people").Description("How many people should hold it at that level or above.").Resolve(c => c.Source.People);
    }
}

public sealed class CompetenceGapType : ObjectGraphType<CompetenceGap>
{
    public CompetenceGapType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "CompetenceGap";
        Description = "A need of a unit set against its people (the unit and every unit below it), and who elsewhere could help close it.";
        Field<NonNullGraphType<CompetenceType>>("competence").Resolve(c => c.Source.Competence);
        Field<IntGraphType>("year").Description("The year the need is for; null for today.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("level").Description("The lowest level that counts, 1 to 5.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<IntGraphType>>("needed").Description("How many people should hold it at that level or above.").Resolve(c => c.Source.People);
        Field<NonNullGraphType<IntGraphType>>("have")
            .Description("How many people of the unit and the units below it hold it at that level or above (everyone counts; no one is named).")
            .Resolve(c => c.Source.Have);
        Field<NonNullGraphType<IntGraphType>>("missing").Description("needed - have, at least 0.").Resolve(c => c.Source.Missing);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkType>>>>("networks")
            .Description($"Running networks on the competence the unit's people could join, by name (at most {CompetenceGaps.MaxNetworks}).")
            .WithComplexityImpact(1, CompetenceGaps.MaxNetworks)
            .Resolve(c => c.JoinableNetworksOn(c.Source.Competence.Id).Then(n => n ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapCandidateType>>>>("candidates")
            .Description("People outside the unit (and the units below it) who hold the competence at the level or above, as far as the caller may discover them: best level first, then by name.")
            .Argument<IntGraphType>("first", $"How many (0-{CompetenceGaps.MaxCandidates}; default {CompetenceGaps.DefaultCandidates}).", a => a.DefaultValue = CompetenceGaps.DefaultCandidates)
            .Resolve(c =>
            {
                var first = c.GetArgument<int>("first");
                if (first is < 0 or > CompetenceGaps.MaxCandidates)
                {
                    throw new ExecutionError($"'first' must be between 0 and {CompetenceGaps.MaxCandidates}") { Code = "BAD_PAGE_SIZE" };
                }
                return first == 0 ? Array.Empty<GapCandidate>() : c.CandidatesFor(c.Source, first).Then(list => list ?? []);
            });
    }
}

public sealed class GapCandidateType : ObjectGraphType<GapCandidate>
{
    public GapCandidateType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "GapCandidate";
        Description = "Someone elsewhere who holds the competence, and how they could share it.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<IntGraphType>>("level").Description("The level they hold it at.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapWayType>>>>("ways")
            .Description("NETWORK: an open network on the topic they are in (else a running one both could join); MENTORING and JOB_ROTATION where they said they are open to it.")
            .WithComplexityImpact(1, CompetenceGaps.MaxNetworks + 2)
            .Resolve(c => c.Source.Ways);
    }
}

public sealed class GapWayType : ObjectGraphType<GapWay>
{
    public GapWayType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "GapWay";
        Field<NonNullGraphType<GapWayKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NetworkType>("network").Description("For NETWORK: the network.").Resolve(c => c.Source.Network);
    }
}

public sealed class GapWayKindType() : VocabularyEnumType("GapWayKind",
    "How knowledge can travel: a network on the topic, mentoring, or a day of job rotation (jobrotation for en dag).", CompetenceGaps.Ways);
