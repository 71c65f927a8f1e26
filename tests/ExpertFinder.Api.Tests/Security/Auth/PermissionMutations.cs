using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>The mutations the permission tests send, each selecting what shows whether it happened.</summary>
public static class PermissionMutations
{
    public const string UpdatePerson = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ key bio roles unit {{ key }} }} {Errors} }} }}";
    public const string CreatePerson = $"mutation($input: CreatePersonInput!) {{ createPerson(input: $input) {{ person {{ key unit {{ key }} }} {Errors} }} }}";
    public const string DeleteUnit = $"mutation($input: DeleteUnitInput!) {{ deleteUnit(input: $input) {{ deletedId {Errors} }} }}";
    public const string CreateCompetence = $"mutation($input: CreateCompetenceInput!) {{ createCompetence(input: $input) {{ competence {{ key }} {Errors} }} }}";
    public const string SetCompetence = $"mutation($input: SetPersonCompetenceInput!) {{ setPersonCompetence(input: $input) {{ personCompetence {{ level source }} {Errors} }} }}";
    public const string SetCompetences = $"mutation($input: SetPersonCompetencesInput!) {{ setPersonCompetences(input: $input) {{ person {{ key }} {Errors} }} }}";
    public const string Endorse = $"mutation($input: EndorseCompetenceInput!) {{ endorseCompetence(input: $input) {{ endorsement {{ id endorser {{ key }} person {{ key }} }} {Errors} }} }}";
    public const string Withdraw = $"mutation($input: WithdrawEndorsementInput!) {{ withdrawEndorsement(input: $input) {{ deletedId {Errors} }} }}";
    public const string AddMember = $"mutation($input: AddNetworkMemberInput!) {{ addNetworkMember(input: $input) {{ membership {{ role person {{ key }} }} {Errors} }} }}";
    public const string RemoveMember = $"mutation($input: RemoveNetworkMemberInput!) {{ removeNetworkMember(input: $input) {{ network {{ key }} {Errors} }} }}";
    public const string CreateDocument = $"mutation($input: CreateDocumentInput!) {{ createDocument(input: $input) {{ document {{ key }} {Errors} }} }}";
    public const string UpdateDocument = $"mutation($input: UpdateDocumentInput!) {{ updateDocument(input: $input) {{ document {{ key title }} {Errors} }} }}";

    public const string ChangeNetworkStatus = $"mutation($input: ChangeNetworkStatusInput!) {{ changeNetworkStatus(input: $input) {{ network {{ key status }} {Errors} }} }}";
    public const string CreateMeeting = $"mutation($input: CreateMeetingInput!) {{ createMeeting(input: $input) {{ meeting {{ id key }} {Errors} }} }}";
    public const string UpdateMeeting = $"mutation($input: UpdateMeetingInput!) {{ updateMeeting(input: $input) {{ meeting {{ key title }} {Errors} }} }}";
    public const string DeleteMeeting = $"mutation($input: DeleteMeetingInput!) {{ deleteMeeting(input: $input) {{ deletedId {Errors} }} }}";
    public const string ProposeTheme = $$"""
        mutation($input: ProposeThemeInput!) { proposeTheme(input: $input) {
          proposal { id key title kind status submitted round { key deadline decisionMonth name } municipality { key } proposer { key }
                     affectedUnits { key } challenge outsidePerspectives }
          {{Errors}} } }
        """;

    public const string UpdateThemeProposal = $$"""
        mutation($input: UpdateThemeProposalInput!) { updateThemeProposal(input: $input) { proposal { title affectedUnits { key } outsidePerspectives } {{Errors}} } }
        """;

    public const string DecideThemeProposal = $$"""
        mutation($input: DecideThemeProposalInput!) { decideThemeProposal(input: $input) {
          proposal { status decisionReason decided decidedBy { key } network { key } }
          network { key name kind status description owner { key } proposal { key } members { nodes { role person { key } } } }
          {{Errors}} } }
        """;
    public const string SetNeed = $"mutation($input: SetUnitCompetenceNeedInput!) {{ setUnitCompetenceNeed(input: $input) {{ need {{ level people }} {Errors} }} }}";
    public const string RemoveNeed = $"mutation($input: RemoveUnitCompetenceNeedInput!) {{ removeUnitCompetenceNeed(input: $input) {{ unit {{ key }} {Errors} }} }}";
    public const string UpdateWillingness = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ key askMeAbout openToMentoring openToJobRotation openToMeetingColleagues }} {Errors} }} }}";

    public static string Person(string key) => Id("Person", key);

    public static string Unit(string key) => Id("Unit", key);

    public static string Competence(string key) => Id("Competence", key);

    public static string Network(string key) => Id("Network", key);

    public static string Document(string key) => Id("Document", key);
}
