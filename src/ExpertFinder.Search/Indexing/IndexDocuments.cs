using ExpertFinder.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>Maps people, documents, networks and competences to Lucene documents.</summary>
internal static class IndexDocuments
{
    /// <summary>Bumped whenever the fields change, so that an index with the old layout is rebuilt.</summary>
    public const string LayoutVersion = "6";

    /// <summary>Surface words only need to be found, not scored: no frequencies, positions or norms.</summary>
    private static readonly FieldType SpellingType = new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    }.Freeze();

    /// <summary>
    /// Exact values (ids, keys, kinds, authors): one term each, recording only which entries have it, as a
    /// <see cref="StringField"/> indexes them. They are analysed by the writer's keyword analyser
    /// (<see cref="WriterAnalyzer"/>) instead, because a <see cref="StringField"/> builds a token stream of its own for
    /// every value, and each such stream registers its attributes under a lock that all indexing threads share: at
    /// two threads they waited on it a tenth of the time. The index holds the same terms either way.
    /// </summary>
    private static readonly FieldType KeywordType = new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    }.Freeze();

    private static readonly FieldType StoredKeywordType = new FieldType(KeywordType) { IsStored = true }.Freeze();

    /// <summary>The fields indexed as exact values.</summary>
    private static readonly HashSet<string> KeywordFields =
    [
        IndexFields.Id, IndexFields.Kind, IndexFields.PersonKey, IndexFields.DocumentKey, IndexFields.DocumentKind,
        IndexFields.DocumentAuthor, IndexFields.NetworkKey, IndexFields.CompetenceKey, IndexFields.Abbreviation, IndexFields.AbbreviationByLongForm,
    ];

    /// <summary>
    /// What the index writer analyses each field with: exact values as one term, the spelling field's surface words
    /// unstemmed (<see cref="DanishSpellingAnalyzer"/>), acronyms as the terms they were made into
    /// (<see cref="AbbreviationFields.AcronymAnalyzer"/>), every other text field as Danish.
    /// </summary>
    public static Analyzer WriterAnalyzer(DanishTextAnalyzer text) => new FieldAnalyzers(text);

    public static Document ForPerson(IndexedPerson person)
    {
        var doc = Entry(IndexFields.PersonId(person.Key), "p", ContentFingerprint.Of(person));
        doc.Add(Keyword(IndexFields.PersonKey, person.Key, stored: true));
        doc.Add(new SortedDocValuesField(IndexFields.PersonKey, new BytesRef(person.Key)));
        doc.Add(new SortedDocValuesField(IndexFields.PersonName, new BytesRef(person.Name)));
        doc.Add(new TextField(IndexFields.PersonName, person.Name, Field.Store.NO));
        doc.Add(new SortedDocValuesField(IndexFields.PersonOwnUnit, new BytesRef(person.UnitKey)));
        doc.Add(new SortedDocValuesField(IndexFields.PersonVisibility, new BytesRef(person.Visibility)));
        AddText(doc, IndexFields.PersonTitle, person.Title);
        AddText(doc, IndexFields.PersonBio, person.Bio);
        AddSpelling(doc, person.Name, person.Title, person.Bio);
        AbbreviationFields.Add(doc, IndexFields.PersonAcronym, [person.Title, person.Bio, .. person.AskMeAbout]);
        foreach (var unit in person.UnitPath)
        {
            AddText(doc, IndexFields.PersonUnit, unit.Name);
            AddValue(doc, IndexFields.PersonUnits, IndexFields.Join(unit.Kind, unit.Key, unit.Name));
        }
        for (var i = 0; i < person.AskMeAbout.Count; i++)
        {
            AddText(doc, IndexFields.PersonAskMeAbout, person.AskMeAbout[i]);
            AddSpelling(doc, person.AskMeAbout[i]);
            AddValue(doc, IndexFields.PersonStatements, IndexFields.Join(i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), Shorten(person.AskMeAbout[i])));
        }
        if (person.OpenToMentoring)
        {
            AddValue(doc, IndexFields.PersonWillingness, IndexFields.Mentoring);
        }
        if (person.OpenToJobRotation)
        {
            AddValue(doc, IndexFields.PersonWillingness, IndexFields.JobRotation);
        }
        foreach (var role in person.Roles.Distinct(StringComparer.Ordinal))
        {
            AddValue(doc, IndexFields.PersonRoles, role);
        }
        foreach (var network in person.Networks)
        {
            AddValue(doc, IndexFields.PersonNetworks, IndexFields.Join(network.NetworkKey, network.Role));
        }
        foreach (var competence in person.Competences)
        {
            var level = Math.Clamp(competence.Level, 1, 5);
            var field = IndexFields.Competence(level, competence.Source == "self");
            AddText(doc, field, competence.Name);
            AddSpelling(doc, competence.Name);
            foreach (var synonym in competence.Synonyms)
            {
                AddText(doc, field, synonym);
                AddSpelling(doc, synonym);
            }
            AddValue(doc, IndexFields.PersonCompetences, IndexFields.Join(competence.Key, level.ToString(System.Globalization.CultureInfo.InvariantCulture), competence.Source));
        }
        return doc;
    }

    public static Document ForDocument(IndexedDocument document)
    {
        var doc = Entry(IndexFields.DocumentId(document.Key), "d", ContentFingerprint.Of(document));
        doc.Add(Keyword(IndexFields.DocumentKey, document.Key, stored: true));
        doc.Add(new SortedDocValuesField(IndexFields.DocumentKey, new BytesRef(document.Key)));
        // Stored so that snippets can be cut from the text without a trip to the database.
        doc.Add(new TextField(IndexFields.DocumentTitle, document.Title, Field.Store.NO));
        doc.Add(new SortedDocValuesField(IndexFields.DocumentTitle, new BytesRef(Shorten(document.Title))));
        doc.Add(new TextField(IndexFields.DocumentText, document.Text, Field.Store.YES));
        AddSpelling(doc, document.Title, document.Text);
        AbbreviationFields.Add(doc, IndexFields.DocumentAcronym, document.Title, document.Text);
        if (document.Kind is not null)
        {
            doc.Add(Keyword(IndexFields.DocumentKind, document.Kind));
        }
        if (document.Date is { } date)
        {
            doc.Add(new NumericDocValuesField(IndexFields.DocumentDate, date.DayNumber));
        }
        var authors = document.AuthorKeys.Distinct(StringComparer.Ordinal).ToList();
        foreach (var author in authors)
        {
            doc.Add(Keyword(IndexFields.DocumentAuthor, author));
            AddValue(doc, IndexFields.DocumentAuthor, author);
        }
        foreach (var mentioned in (document.MentionedKeys ?? []).Except(authors, StringComparer.Ordinal).Distinct(StringComparer.Ordinal))
        {
            AddValue(doc, IndexFields.DocumentMention, mentioned);
        }
        return doc;
    }

    public static Document ForNetwork(IndexedNetwork network)
    {
        var doc = Entry(IndexFields.NetworkId(network.Key), "n", ContentFingerprint.Of(network));
        doc.Add(Keyword(IndexFields.NetworkKey, network.Key, stored: true));
        doc.Add(new SortedDocValuesField(IndexFields.NetworkKey, new BytesRef(network.Key)));
        doc.Add(new TextField(IndexFields.NetworkName, network.Name, Field.Store.NO));
        doc.Add(new SortedDocValuesField(IndexFields.NetworkName, new BytesRef(network.Name)));
        AddText(doc, IndexFields.NetworkText, network.Description);
        AddSpelling(doc, network.Name, network.Description);
        AbbreviationFields.Add(doc, IndexFields.NetworkAcronym, network.Name, network.Description);
        foreach (var topic in network.Topics)
        {
            AddText(doc, IndexFields.NetworkTopics, topic);
        }
        doc.Add(new SortedDocValuesField(IndexFields.NetworkFacts, new BytesRef(IndexFields.Join(network.Kind, network.Status))));
        foreach (var member in network.Members)
        {
            AddValue(doc, IndexFields.NetworkMembers, IndexFields.Join(member.PersonKey, member.Role));
        }
        return doc;
    }

    public static Document ForCompetence(IndexedCompetence competence)
    {
        var doc = Entry(IndexFields.CompetenceId(competence.Key), "c", ContentFingerprint.Of(competence));
        doc.Add(Keyword(IndexFields.CompetenceKey, competence.Key, stored: true));
        doc.Add(new SortedDocValuesField(IndexFields.CompetenceKey, new BytesRef(competence.Key)));
        doc.Add(new StoredField(IndexFields.CompetenceForms, competence.Name));
        foreach (var synonym in competence.Synonyms)
        {
            doc.Add(new StoredField(IndexFields.CompetenceForms, synonym));
        }
        if (competence.ParentKey is not null)
        {
            doc.Add(new StoredField(IndexFields.CompetenceParent, competence.ParentKey));
        }
        AddSpelling(doc, competence.Name);
        AddSpelling(doc, [.. competence.Synonyms]);
        return doc;
    }

    /// <summary>Doc values hold at most 32 KB a value; a title is shown, never searched, from them.</summary>
    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500];

    /// <summary>
    /// A new entry: its id, its kind, and the fingerprint of the record it is built from (computed from the same
    /// record, so that the fingerprint can only be stale when the whole entry is).
    /// </summary>
    private static Document Entry(string id, string kind, ContentFingerprint fingerprint) =>
    [
        Keyword(IndexFields.Id, id),
        Keyword(IndexFields.Kind, kind),
        new BinaryDocValuesField(IndexFields.Fingerprint, new BytesRef(fingerprint.ToBytes())),
    ];

    private static Field Keyword(string field, string value, bool stored = false)
    {
        if (!KeywordFields.Contains(field))
        {
            throw new ArgumentException($"{field} is not analysed as an exact value", nameof(field));
        }
        return new Field(field, value, stored ? StoredKeywordType : KeywordType);
    }

    private static void AddText(Document doc, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            doc.Add(new TextField(field, text, Field.Store.NO));
        }
    }

    private static void AddValue(Document doc, string field, string value) =>
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));

    private static void AddSpelling(Document doc, params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                doc.Add(new Field(IndexFields.Spelling, text, SpellingType));
            }
        }
    }

    private sealed class FieldAnalyzers(DanishTextAnalyzer text) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        private readonly KeywordAnalyzer keyword = new();
        private readonly DanishSpellingAnalyzer spelling = new();
        private readonly Analyzer acronyms = AbbreviationFields.AcronymAnalyzer();

        protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
            KeywordFields.Contains(fieldName) ? keyword
            : fieldName == IndexFields.Spelling ? spelling
            : AbbreviationFields.IsAcronymField(fieldName) ? acronyms
            : text;
    }
}
