using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core.Fields;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.People;

public sealed class CreatePersonInputType : InputObjectGraphType
{
    public CreatePersonInputType()
    {
        Name = "CreatePersonInput";
        MutationInputFields.AddKey(this, madeFrom: "name");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("title").Description("Job title, e.g. Sundhedsplejerske.");
        Field<NonNullGraphType<IdGraphType>>("unitId").Description("The unit the person works in.");
        PersonFields.AddOptional(this);
    }
}

public sealed class UpdatePersonInputType : InputObjectGraphType
{
    public UpdatePersonInputType()
    {
        Name = "UpdatePersonInput";
        Description = "Only the fields given change; null clears title, e-mail, phone, location, bio, roles or languages.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("name");
        Field<StringGraphType>("title");
        Field<IdGraphType>("unitId");
        PersonFields.AddOptional(this);
    }
}

public sealed class DeletePersonInputType() : DeleteInputType("DeletePersonInput");

internal static class PersonFields
{
    public static void AddOptional(InputObjectGraphType input)
    {
        input.Field<StringGraphType>("email");
        input.Field<StringGraphType>("phone");
        input.Field<StringGraphType>("location").Description("Workplace address or site.");
        input.Field<StringGraphType>("bio").Description("Free text in the person's own words.");
        input.Field<ListGraphType<NonNullGraphType<PersonRoleType>>>("roles");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("ISO 639-1 codes, e.g. da, en.");
        input.Field<VisibilityType>("visibility").Description("ORGANISATION when absent on create.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("askMeAbout")
            .Description($"What the person is happy to be asked about (spørg mig om), in their own words: at most {FieldRules.MaxStatements} statements of {FieldRules.Statement.MaxLength} characters; repeats are dropped, null clears.");
        input.Field<BooleanGraphType>("openToMentoring").Description("Open to mentoring a colleague.");
        input.Field<BooleanGraphType>("openToJobRotation").Description("Open to a day of job rotation (jobrotation for en dag), as host or guest.");
        input.Field<BooleanGraphType>("openToMeetingColleagues").Description("Opted in to being suggested to unknown colleagues, and to getting suggestions.");
        input.Field<ContactSharingType>("contactSharing").Description("Who may see e-mail, phone and location: READERS (everyone who may see the person; the default), MUNICIPALITY or NOBODY.");
    }
}
