namespace ExpertFinder.Core;

/// <summary>The closed word lists of the dataset format; the database enforces the same lists with check constraints.</summary>
public static class Vocabulary
{
    public static readonly string[] UnitKinds = ["municipality", "department", "office", "team"];
    public static readonly string[] Roles = ["knowledge-sharer", "resource-person", "mentor", "ambassador", "manager", "facilitator"];
    public static readonly string[] Visibilities = ["public", "organisation", "hidden"];
    public static readonly string[] CompetenceSources = ["self", "manager", "formal", "endorsed"];
    public static readonly string[] NetworkKinds = ["learning", "welfare", "innovation", "leadership", "professional", "project"];
    public static readonly string[] NetworkStatuses = ["proposed", "active", "testing", "evaluated", "closed"];
    public static readonly string[] MemberRoles = ["facilitator", "member", "external"];
    public static readonly string[] ProposalStatuses = ["submitted", "approved", "rejected"];
    public static readonly string[] DocumentKinds = ["minutes", "agenda", "template", "catalogue", "report", "article", "handbook", "note"];

    /// <summary>
    /// Who may see a person's e-mail, phone and location: every authenticated reader allowed to see the person,
    /// only readers of the person's own municipality, or nobody.
    /// </summary>
    public static readonly string[] ContactSharings = ["readers", "municipality", "nobody"];

    public const string DefaultVisibility = "organisation";
    public const string DefaultNetworkStatus = "active";
    public const string DefaultLanguage = "da";
    public const string DefaultContactSharing = "readers";
    public const string DefaultProposalStatus = "submitted";
}
