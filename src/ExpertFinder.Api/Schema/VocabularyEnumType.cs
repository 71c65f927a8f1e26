using ExpertFinder.Core;
using GraphQL.Types;

namespace ExpertFinder.Api.Schema;

/// <summary>A GraphQL enum over one of the dataset format's word lists: "knowledge-sharer" is KNOWLEDGE_SHARER.</summary>
public abstract class VocabularyEnumType : EnumerationGraphType
{
    protected VocabularyEnumType(string name, string description, string[] words)
    {
        Name = name;
        Description = description;
        foreach (var word in words)
        {
            Add(word.Replace('-', '_').ToUpperInvariant(), word);
        }
    }
}

public sealed class UnitKindType() : VocabularyEnumType("UnitKind", "Level in the organisation tree.", Vocabulary.UnitKinds);

public sealed class PersonRoleType() : VocabularyEnumType("PersonRole", "A role a person has (KNOWLEDGE_SHARER is videndeler).", Vocabulary.Roles);

public sealed class VisibilityType() : VocabularyEnumType("Visibility", "Who may find a person.", Vocabulary.Visibilities);

public sealed class CompetenceSourceType() : VocabularyEnumType("CompetenceSource", "Who says a person has a competence.", Vocabulary.CompetenceSources);

public sealed class NetworkKindType() : VocabularyEnumType("NetworkKind", "Kind of network.", Vocabulary.NetworkKinds);

public sealed class NetworkStatusType() : VocabularyEnumType("NetworkStatus", "Lifecycle state of a network.", Vocabulary.NetworkStatuses);

public sealed class MemberRoleType() : VocabularyEnumType("MemberRole", "A member's role in a network.", Vocabulary.MemberRoles);

public sealed class DocumentKindType() : VocabularyEnumType("DocumentKind", "Kind of document.", Vocabulary.DocumentKinds);
