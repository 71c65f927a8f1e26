using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Endorsements;
using ExpertFinder.Api.Features.Meetings;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Schema;

/// <summary>
/// Every mutation takes one input object and answers its own payload type, with business errors in the payload.
/// Each commits in one transaction and returns once the change is searchable.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        UnitMutations.Add(this);
        UnitCompetenceNeedMutations.Add(this);
        CompetenceMutations.Add(this);
        PersonMutations.Add(this);
        PersonCompetenceMutations.Add(this);
        EndorsementMutations.Add(this);
        NetworkMutations.Add(this);
        MembershipMutations.Add(this);
        DocumentMutations.Add(this);
        MeetingMutations.Add(this);
        ThemeProposalMutations.Add(this);
    }

    /// <summary>
    /// Adds `name(input: TInput!): TPayload!` for callers who meet <paramref name="policy"/> (an <see cref="AccessPolicy"/>),
    /// running <paramref name="run"/> in a transaction of its own; <paramref name="run"/> checks what the data decides.
    /// </summary>
    internal static void Add<TInput, TPayload>(ObjectGraphType mutation, string name, string policy, string description, Func<MutationTransaction, Task<MutationPayload>> run)
        where TInput : InputObjectGraphType
        where TPayload : PayloadType =>
        mutation.Field<NonNullGraphType<TPayload>>(name)
            .AuthorizeWithPolicy(policy)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async context =>
            {
                await using var transaction = await MutationTransaction.BeginAsync(context);
                return await run(transaction);
            });
}
