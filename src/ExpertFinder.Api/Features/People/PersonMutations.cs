using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core;
using ExpertFinder.Core.Fields;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.People;

internal static class PersonMutations
{
    private const int MaxLanguages = 20;

    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<CreatePersonInputType, CreatePersonPayloadType>(mutation, "createPerson", AccessPolicy.Admin, "Adds an employee.", CreateAsync);
        MutationType.Add<UpdatePersonInputType, UpdatePersonPayloadType>(mutation, "updatePerson", AccessPolicy.Employee,
            "Changes the fields given and leaves the others alone; an explicit null clears an optional field.", UpdateAsync);
        MutationType.Add<DeletePersonInputType, DeletePersonPayloadType>(mutation, "deletePerson", AccessPolicy.Admin,
            "Deletes a person with their competences, memberships, bylines and endorsements.", DeleteAsync);
    }

    private static async Task<MutationPayload> CreateAsync(MutationTransaction tx)
    {
        var input = tx.Input;
        var name = input.Text("name", FieldRules.Name, required: true);
        var unit = await tx.FindAsync<Unit>(NodeTypeNames.Unit, "unitId", required: true);
        Permissions.Demand(unit is null || await tx.Permissions.AdministersUnitAsync(unit.Id), "Only an admin of the unit's municipality may add people to it");
        var person = new Person { Key = "", Name = name ?? "" };
        ReadOptionalFields(input, person);
        person.Key = await tx.NewKeyAsync<Person>(person.Name, "person");
        if (tx.Failed)
        {
            return tx.Failure();
        }
        person.UnitId = unit!.Id;
        tx.Db.People.Add(person);
        tx.Changed.People.Add(person.Key);
        return await tx.AnswerAsync(("person", person));
    }

    private static async Task<MutationPayload> UpdateAsync(MutationTransaction tx)
    {
        var person = await tx.FindAsync<Person>(NodeTypeNames.Person, "id", required: true);
        if (person is null)
        {
            return tx.Failure();
        }
        var input = tx.Input;
        Permissions.Demand(await tx.Permissions.MayEditPersonAsync(person), "Only the person themself or an admin of their municipality may change their profile");
        var admin = await tx.Permissions.AdministersUnitAsync(person.UnitId);
        // Where someone works and the roles they hold are the organisation's to say, not the person's.
        Permissions.Demand(admin || !(input.Has("unitId") || input.Has("roles")), "Only an admin may change a person's unit or roles");
        if (input.Has("name") && input.Text("name", FieldRules.Name, required: true) is { } name)
        {
            person.Name = name;
        }
        if (input.Has("unitId") && await tx.FindAsync<Unit>(NodeTypeNames.Unit, "unitId", required: true) is { } unit)
        {
            Permissions.Demand(await tx.Permissions.AdministersUnitAsync(unit.Id), "Only an admin of the municipality a person moves to may move them there");
            person.UnitId = unit.Id;
        }
        ReadOptionalFields(input, person);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Changed.People.Add(person.Key);
        return await tx.AnswerAsync(("person", person));
    }

    private static async Task<MutationPayload> DeleteAsync(MutationTransaction tx)
    {
        var person = await tx.FindAsync<Person>(NodeTypeNames.Person, "id", required: true);
        if (person is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.AdministersUnitAsync(person.UnitId), "Only an admin of the person's municipality may delete them");
        // Queued while the person's bylines and memberships still lead to the documents and networks that show them.
        tx.Changed.People.Add(person.Key);
        await tx.QueueIndexWorkAsync();
        tx.Db.People.Remove(person);
        return await tx.AnswerDeletedAsync("person", person, NodeTypeNames.Person, person.Key);
    }

    /// <summary>The fields create and update share: on update only those given, with null clearing them.</summary>
    private static void ReadOptionalFields(MutationInput input, Person person)
    {
        if (input.Has("title"))
        {
            person.Title = input.Text("title", FieldRules.Name);
        }
        if (input.Has("email"))
        {
            person.Email = input.Email("email");
        }
        if (input.Has("phone"))
        {
            person.Phone = input.Phone("phone");
        }
        if (input.Has("location"))
        {
            person.Location = input.Text("location", FieldRules.Name);
        }
        if (input.Has("bio"))
        {
            person.Bio = input.Text("bio", FieldRules.LongText);
        }
        if (input.Has("roles"))
        {
            person.Roles = input.Words("roles", Vocabulary.Roles.Length, FieldRules.Name);
        }
        if (input.Has("languages"))
        {
            person.Languages = input.Words("languages", MaxLanguages, FieldRules.LanguageCode);
        }
        if (input.Has("visibility"))
        {
            person.Visibility = input.Word("visibility", required: true) ?? person.Visibility;
        }
        if (input.Has("askMeAbout"))
        {
            person.AskMeAbout = input.Statements("askMeAbout", FieldRules.MaxStatements, FieldRules.Statement);
        }
        if (input.Has("openToMentoring"))
        {
            person.OpenToMentoring = input.Flag("openToMentoring");
        }
        if (input.Has("openToJobRotation"))
        {
            person.OpenToJobRotation = input.Flag("openToJobRotation");
        }
        if (input.Has("openToMeetingColleagues"))
        {
            person.OpenToMeetingColleagues = input.Flag("openToMeetingColleagues");
        }
        if (input.Has("contactSharing"))
        {
            person.ContactSharing = input.Word("contactSharing", required: true) ?? person.ContactSharing;
        }
    }
}
