using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// The people searchable in one reader (live person entries, never the hidden), by ordinal, key and document; the
/// entries themselves are read once per segment (<see cref="SegmentTables"/>).
/// </summary>
internal sealed class PersonTable
{
    private readonly Dictionary<string, int> ordinalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> ordinalByDoc = [];
    private readonly List<PersonEntry> people = [];

    public PersonTable(IndexReader reader, Func<AtomicReader, SegmentTables> tables)
    {
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            foreach (var (doc, entry) in tables(leaf.AtomicReader).People)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                ordinalByKey[entry.Key] = people.Count;
                ordinalByDoc[leaf.DocBase + doc] = people.Count;
                people.Add(entry);
            }
        }
    }

    public int Count => people.Count;

    public IReadOnlyList<PersonEntry> All => people;

    public PersonEntry this[int ordinal] => people[ordinal];

    public int OrdinalOf(string personKey) => ordinalByKey.GetValueOrDefault(personKey, -1);

    public int OrdinalOfDoc(int doc) => ordinalByDoc.GetValueOrDefault(doc, -1);

    public static PersonEntry Read(DocValueReader values, int doc, string key)
    {
        var units = values.Many(IndexFields.PersonUnits, doc).Select(DocValueReader.Split).Select(p => new IndexedUnit(p[1], p[2], p[0])).ToArray();
        var unitKey = values.One(IndexFields.PersonOwnUnit, doc) ?? "";
        var competences = values.Many(IndexFields.PersonCompetences, doc).Select(DocValueReader.Split)
            .Select(p => new CompetenceHolding(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2])).ToArray();
        var networks = values.Many(IndexFields.PersonNetworks, doc).Select(DocValueReader.Split).Select(p => new NetworkRole(p[0], p[1])).ToArray();
        // "position␟statement", so byte order is the order the person gave them in.
        var statements = values.Many(IndexFields.PersonStatements, doc).Select(v => v[(v.IndexOf(IndexFields.Separator) + 1)..]).ToArray();
        var willingness = values.Many(IndexFields.PersonWillingness, doc);
        return new PersonEntry(
            key,
            values.One(IndexFields.PersonName, doc) ?? key,
            unitKey,
            units.FirstOrDefault(u => u.Key == unitKey)?.Name ?? unitKey,
            units.FirstOrDefault(u => u.Kind == "municipality"),
            units.FirstOrDefault(u => u.Kind == "department"),
            units,
            [.. values.Many(IndexFields.PersonRoles, doc)],
            competences,
            networks,
            values.One(IndexFields.PersonVisibility, doc) ?? "organisation",
            statements,
            willingness.Contains(IndexFields.Mentoring),
            willingness.Contains(IndexFields.JobRotation));
    }
}

internal sealed record PersonEntry(
    string Key,
    string Name,
    string UnitKey,
    string UnitName,
    IndexedUnit? Municipality,
    IndexedUnit? Department,
    IndexedUnit[] Units,
    string[] Roles,
    CompetenceHolding[] Competences,
    NetworkRole[] Networks,
    string Visibility,
    string[] AskMeAbout,
    bool OpenToMentoring,
    bool OpenToJobRotation)
{
    public bool IsIn(string unitKey) => Units.Any(u => u.Key == unitKey);
}

internal sealed record CompetenceHolding(string Key, int Level, string Source);
