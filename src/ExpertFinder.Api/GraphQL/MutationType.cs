using ExpertFinder.Api.Competences;
using ExpertFinder.Api.Documents;
using ExpertFinder.Api.Endorsements;
using ExpertFinder.Api.Networks;
using ExpertFinder.Api.People;
using ExpertFinder.Api.Units;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.GraphQL;

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
        Meetings.MeetingMutations.Add(this);
        ThemeProposals.ThemeProposalMutations.Add(this);
    }

    /// <summary>
    /// Adds `name(input: TInput!): TPayload!` for callers who meet <paramref name="policy"/> (an <see cref="Auth.AccessPolicy"/>),
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
