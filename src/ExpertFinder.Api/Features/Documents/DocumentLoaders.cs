using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Features.Documents;

public static class DocumentLoaders
{
    public static IDataLoaderResult<Document?> DocumentByKey(this IResolveFieldContext context, string key) =>
        context.LoadByKey("document-by-key", key, db => db.Documents.AsNoTracking());

    /// <summary>Visible authors in byline order.</summary>
    public static IDataLoaderResult<IReadOnlyList<Person>?> AuthorsOf(this IResolveFieldContext context, int documentId) =>
        context.Loaders().GetGroups<int, Person>("authors-of-document", async (db, ids, ct) =>
            (await db.Authorships.AsNoTracking().Where(a => ids.Contains(a.DocumentId) && db.VisiblePersonIds(context.Privacy()).Contains(a.PersonId))
                .OrderBy(a => a.Position).Select(a => new { a.DocumentId, a.Person }).ToListAsync(ct))
                .Select(a => (a.DocumentId, a.Person!)).ToList()).Load(documentId);
}
