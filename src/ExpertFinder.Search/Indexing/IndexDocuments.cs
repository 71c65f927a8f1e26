using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>Maps people and documents to Lucene documents.</summary>
internal static class IndexDocuments
{
    /// <summary>Bumped whenever the fields change, so that an index with the old layout is rebuilt.</summary>
    public const string LayoutVersion = "2";

    public static Document ForPerson(IndexedPerson person)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, IndexFields.PersonId(person.Key), Field.Store.NO),
            new StringField(IndexFields.Kind, "p", Field.Store.NO),
            new StringField(IndexFields.PersonKey, person.Key, Field.Store.YES),
            new SortedDocValuesField(IndexFields.PersonKey, new BytesRef(person.Key)),
            new StringField(IndexFields.PersonUnitKey, person.UnitKey, Field.Store.NO),
            new TextField(IndexFields.PersonName, person.Name, Field.Store.NO),
        };
        if (person.MunicipalityKey is not null)
        {
            doc.Add(new StringField(IndexFields.PersonMunicipality, person.MunicipalityKey, Field.Store.NO));
        }
        AddText(doc, IndexFields.PersonTitle, person.Title);
        AddText(doc, IndexFields.PersonBio, person.Bio);
        foreach (var unit in person.UnitNames)
        {
            AddText(doc, IndexFields.PersonUnit, unit);
        }
        foreach (var role in person.Roles)
        {
            doc.Add(new StringField(IndexFields.PersonRole, role, Field.Store.NO));
        }
        foreach (var network in person.NetworkNames)
        {
            AddText(doc, IndexFields.PersonNetworks, network);
        }
        foreach (var competence in person.Competences)
        {
            var field = IndexFields.Competence(Math.Clamp(competence.Level, 1, 5));
            AddText(doc, field, competence.Name);
            foreach (var synonym in competence.Synonyms)
            {
                AddText(doc, field, synonym);
            }
        }
        return doc;
    }

    public static Document ForDocument(IndexedDocument document)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, IndexFields.DocumentId(document.Key), Field.Store.NO),
            new StringField(IndexFields.Kind, "d", Field.Store.NO),
            new StringField(IndexFields.DocumentKey, document.Key, Field.Store.YES),
            new SortedDocValuesField(IndexFields.DocumentKey, new BytesRef(document.Key)),
            new TextField(IndexFields.DocumentTitle, document.Title, Field.Store.NO),
            new TextField(IndexFields.DocumentText, document.Text, Field.Store.NO),
        };
        if (document.Kind is not null)
        {
            doc.Add(new StringField(IndexFields.DocumentKind, document.Kind, Field.Store.NO));
        }
        if (document.Date is { } date)
        {
            doc.Add(new NumericDocValuesField(IndexFields.DocumentDate, date.DayNumber));
        }
        foreach (var author in document.AuthorKeys.Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(IndexFields.DocumentAuthor, author, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.DocumentAuthor, new BytesRef(author)));
        }
        return doc;
    }

    private static void AddText(Document doc, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            doc.Add(new TextField(field, text, Field.Store.NO));
        }
    }
}
