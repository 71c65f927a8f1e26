using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Documents;

internal static class DocumentMutations
{
    private const int MaxAuthors = 50;

    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<CreateDocumentInputType, CreateDocumentPayloadType>(mutation, "createDocument", AccessPolicy.Employee, "Adds written knowledge.", CreateAsync);
        MutationType.Add<UpdateDocumentInputType, UpdateDocumentPayloadType>(mutation, "updateDocument", AccessPolicy.Employee,
            "Changes the fields given and leaves the others alone.", UpdateAsync);
        MutationType.Add<DeleteDocumentInputType, DeleteDocumentPayloadType>(mutation, "deleteDocument", AccessPolicy.Employee, "Deletes a document.", DeleteAsync);
    }

    private static async Task<MutationPayload> CreateAsync(MutationTransaction tx)
    {
        var title = tx.Input.Text("title", FieldRules.Name, required: true);
        var text = tx.Input.LargeText("text", FieldRules.DocumentText, required: true);
        var document = new Document { Key = "", Title = title ?? "", Text = text ?? "" };
        await ReadOptionalFieldsAsync(tx, document);
        await DemandMayWriteAsync(tx, document);
        document.Key = await tx.NewKeyAsync<Document>(document.Title, "document");
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Db.Documents.Add(document);
        tx.Changed.Documents.Add(document.Key);
        return await tx.AnswerAsync(("document", document));
    }

    private static async Task<MutationPayload> UpdateAsync(MutationTransaction tx)
    {
        var document = await tx.FindAsync<Document>(NodeTypeNames.Document, "id", required: true);
        if (document is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.MayEditDocumentAsync(document), "Only the document's authors, its network's facilitators and admins may change it");
        if (tx.Input.Has("title") && tx.Input.Text("title", FieldRules.Name, required: true) is { } title)
        {
            document.Title = title;
        }
        if (tx.Input.Has("text") && tx.Input.LargeText("text", FieldRules.DocumentText, required: true) is { } text)
        {
            document.Text = text;
        }
        await ReadOptionalFieldsAsync(tx, document);
        await DemandMayWriteAsync(tx, document);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Changed.Documents.Add(document.Key);
        return await tx.AnswerAsync(("document", document));
    }

    private static async Task<MutationPayload> DeleteAsync(MutationTransaction tx)
    {
        var document = await tx.FindAsync<Document>(NodeTypeNames.Document, "id", required: true);
        if (document is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.MayEditDocumentAsync(document), "Only the document's authors, its network's facilitators and admins may change it");
        // The outbox finds documents by key in the table, so the row must still be there when the work is queued.
        tx.Changed.Documents.Add(document.Key);
        await tx.QueueIndexWorkAsync();
        tx.Db.Documents.Remove(document);
        return await tx.AnswerDeletedAsync("document", document, NodeTypeNames.Document, document.Key);
    }

    /// <summary>
    /// A document as it will be written must still be the caller's to write: they are among its authors, or they run
    /// its network, or they administer its unit. So nobody can publish in someone else's name alone.
    /// </summary>
    private static async Task DemandMayWriteAsync(MutationTransaction tx, Document document)
    {
        var caller = tx.Permissions.Caller;
        // The byline as it will be: the one given (new authorships know their person, not yet its id), else the stored one.
        var byline = caller.PersonId is { } self && (tx.Input.Has("authorIds")
            ? document.Authors.Any(a => a.PersonId == self || a.Person?.Id == self)
            : document.Id != 0 && await tx.Db.Authorships.AnyAsync(a => a.DocumentId == document.Id && a.PersonId == self, tx.CancellationToken));
        var network = document.NetworkId is { } networkId ? await tx.Db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Id == networkId, tx.CancellationToken) : null;
        Permissions.Demand(byline || (network is not null && await tx.Permissions.ManagesNetworkAsync(network)) || await tx.Permissions.AdministersUnitAsync(document.UnitId),
            "A document must name you as an author, unless you run its network or administer its unit");
    }

    /// <summary>The fields create and update share: on update only those given, with null clearing them.</summary>
    private static async Task ReadOptionalFieldsAsync(MutationTransaction tx, Document document)
    {
        var input = tx.Input;
        if (input.Has("kind"))
        {
            document.Kind = input.Word("kind");
        }
        if (input.Has("date"))
        {
            document.Date = input.Date("date");
        }
        if (input.Has("language"))
        {
            document.Language = input.Language("language") ?? Vocabulary.DefaultLanguage;
        }
        if (input.Has("networkId"))
        {
            document.NetworkId = (await tx.FindAsync<Network>(NodeTypeNames.Network, "networkId"))?.Id;
        }
        if (input.Has("unitId"))
        {
            document.UnitId = (await tx.FindAsync<Unit>(NodeTypeNames.Unit, "unitId"))?.Id;
        }
        if (input.Has("authorIds"))
        {
            var authors = await tx.FindAllAsync<Person>(NodeTypeNames.Person, "authorIds", MaxAuthors);
            if (document.Id != 0)
            {
                await tx.Db.Authorships.Where(a => a.DocumentId == document.Id).LoadAsync(tx.CancellationToken);
            }
            document.Authors.RemoveAll(a => authors.All(p => p.Id != a.PersonId));
            for (var position = 0; position < authors.Count; position++)
            {
                var person = authors[position];
                var authorship = document.Authors.SingleOrDefault(a => a.PersonId == person.Id);
                if (authorship is null)
                {
                    authorship = new Authorship { Person = person };
                    document.Authors.Add(authorship);
                }
                authorship.Position = position;
            }
        }
    }
}
