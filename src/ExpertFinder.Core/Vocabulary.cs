namespace ExpertFinder.Core;

/// <summary>The closed word lists of the dataset format; the database enforces the same lists with check constraints.</summary>
public static class Vocabulary
{
    public static readonly string[] UnitKinds = ["municipality", "department", "office", "team"];
    public static readonly string[] Roles = [Role.KnowledgeSharer, Role.ResourcePerson, Role.Mentor, Role.Ambassador, Role.Manager, Role.Facilitator];
    public static readonly string[] Visibilities = ["public", "organisation", "hidden"];
    public static readonly string[] CompetenceSources = [CompetenceSource.Self, CompetenceSource.Manager, CompetenceSource.Formal, CompetenceSource.Endorsed];
    public static readonly string[] NetworkKinds = ["learning", "welfare", "innovation", "leadership", "professional", "project"];
    public static readonly string[] NetworkStatuses = [NetworkStatus.Proposed, NetworkStatus.Active, NetworkStatus.Testing, NetworkStatus.Evaluated, NetworkStatus.Closed];
    public static readonly string[] MemberRoles = [MemberRole.Facilitator, MemberRole.Member, MemberRole.External];
    public static readonly string[] ProposalStatuses = ["submitted", "approved", "rejected"];
    public static readonly string[] DocumentKinds = ["minutes", "agenda", "template", "catalogue", "report", "article", "handbook", "note"];

    /// <summary>
    /// Who may see a person's e-mail, phone and location: every authenticated reader allowed to see the person,
    /// only readers of the person's own municipality, or nobody.
    /// </summary>
    public static readonly string[] ContactSharings = ["readers", "municipality", "nobody"];

    public const string DefaultVisibility = "organisation";
    public const string DefaultNetworkStatus = NetworkStatus.Active;
    public const string DefaultLanguage = "da";
    public const string DefaultContactSharing = "readers";
    public const string DefaultProposalStatus = "submitted";
    public const string DefaultCompetenceSource = CompetenceSource.Self;
    public const string DefaultMemberRole = MemberRole.Member;

    /// <summary>What a person is in the organisation besides their job: the roles of knowledge sharing, and leaders.</summary>
    public static class Role
    {
        public const string KnowledgeSharer = "knowledge-sharer";
        public const string ResourcePerson = "resource-person";
        public const string Mentor = "mentor";
        public const string Ambassador = "ambassador";
        public const string Manager = "manager";
        public const string Facilitator = "facilitator";
    }

    /// <summary>A person's place in a network.</summary>
    public static class MemberRole
    {
        public const string Facilitator = "facilitator";
        public const string Member = "member";
        public const string External = "external";
    }

    /// <summary>Where a held competence comes from: the person's own word, their manager's, a formal qualification, colleagues' endorsements.</summary>
    public static class CompetenceSource
    {
        public const string Self = "self";
        public const string Manager = "manager";
        public const string Formal = "formal";
        public const string Endorsed = "endorsed";
    }

    /// <summary>Where a network stands; its lifecycle moves it forward through them in this order.</summary>
    public static class NetworkStatus
    {
        public const string Proposed = "proposed";
        public const string Active = "active";
        public const string Testing = "testing";
        public const string Evaluated = "evaluated";
        public const string Closed = "closed";
    }
}
