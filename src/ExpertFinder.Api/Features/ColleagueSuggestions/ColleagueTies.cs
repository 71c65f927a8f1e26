using System.Linq.Expressions;
using ExpertFinder.Api.Data;

namespace ExpertFinder.Api.Features.ColleagueSuggestions;

/// <summary>Why a competence of a candidate ties them to the caller, strongest first.</summary>
public enum TieKind
{
    None = 0,

    /// <summary>Both hold the same competence.</summary>
    Same = 1,

    /// <summary>The candidate holds, at a good level, what the caller's unit records as a need.</summary>
    UnitNeed = 2,

    /// <summary>The candidate holds, at a good level, what one of the caller's networks works on.</summary>
    NetworkTopic = 3,

    /// <summary>Neighbours in the taxonomy: siblings under one broader competence, or one is the broader of the other.</summary>
    Related = 4,
}

/// <summary>A competence someone holds, with where it sits in the taxonomy.</summary>
public sealed class HeldCompetence
{
    public int PersonId { get; init; }
    public int CompetenceId { get; init; }
    public int? ParentId { get; init; }
    public int Level { get; init; }
}

/// <summary>A competence of a candidate, weighed against the caller.</summary>
public sealed class TiedCompetence
{
    public int PersonId { get; init; }
    public int CompetenceId { get; init; }
    public int? ParentId { get; init; }
    public TieKind Kind { get; init; }
}

/// <summary>
/// The scoring, in one place and small enough to explain: each competence of a candidate counts once, by its
/// strongest tie to the caller. The same competence 3; one the caller's unit needs 3 and one the caller's networks
/// work on 2, both only when the candidate holds it at level 3 or above; a neighbour in the taxonomy 1. A candidate's
/// score is the sum. The query runs in SQL, for the whole pool at once and for the few drawn.
/// </summary>
public static class ColleagueTies
{
    public const int GoodLevel = 3;
    public const int SameWeight = 3;
    public const int UnitNeedWeight = 3;
    public const int NetworkTopicWeight = 2;
    public const int RelatedWeight = 1;

    public static int WeightOf(TieKind kind) => kind switch
    {
        TieKind.Same => SameWeight,
        TieKind.UnitNeed => UnitNeedWeight,
        TieKind.NetworkTopic => NetworkTopicWeight,
        TieKind.Related => RelatedWeight,
        _ => 0,
    };

    /// <summary><see cref="WeightOf"/> for a query.</summary>
    public static readonly Expression<Func<TiedCompetence, int>> Weight = t =>
        t.Kind == TieKind.Same ? SameWeight
        : t.Kind == TieKind.UnitNeed ? UnitNeedWeight
        : t.Kind == TieKind.NetworkTopic ? NetworkTopicWeight
        : t.Kind == TieKind.Related ? RelatedWeight
        : 0;

    /// <summary>Everyone's competences that tie them to the caller at all.</summary>
    public static IQueryable<TiedCompetence> Of(ExpertFinderDb db, CallerFootprint caller)
    {
        var held = caller.Held;
        var heldParents = caller.HeldParents;
        var needed = caller.Needed;
        var topics = caller.Topics;
        return db.PersonCompetences
            .Join(db.Competences, pc => pc.CompetenceId, c => c.Id,
                (pc, c) => new HeldCompetence { PersonId = pc.PersonId, CompetenceId = pc.CompetenceId, ParentId = c.ParentId, Level = pc.Level })
            .Select(h => new TiedCompetence
            {
                PersonId = h.PersonId,
                CompetenceId = h.CompetenceId,
                ParentId = h.ParentId,
                Kind = held.Contains(h.CompetenceId) ? TieKind.Same
                    : h.Level >= GoodLevel && needed.Contains(h.CompetenceId) ? TieKind.UnitNeed
                    : h.Level >= GoodLevel && topics.Contains(h.CompetenceId) ? TieKind.NetworkTopic
                    : heldParents.Contains(h.CompetenceId)
                        || (h.ParentId != null && (heldParents.Contains(h.ParentId.Value) || held.Contains(h.ParentId.Value))) ? TieKind.Related
                    : TieKind.None,
            })
            .Where(t => t.Kind != TieKind.None);
    }
}
