using System.Buffers.Binary;
using System.Globalization;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// A SHA-256 of what one index entry is built from (<see cref="Of(IndexedPerson)"/> and its siblings), kept with the
/// entry, so that the index can be compared with its source without reading either twice: an entry whose record
/// now has another fingerprint is stale. Two values, not an array: a million of them are compared in memory.
/// </summary>
public readonly record struct ContentFingerprint(UInt128 High, UInt128 Low)
{
    public const int Size = 32;

    public static ContentFingerprint Read(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt128BigEndian(bytes), BinaryPrimitives.ReadUInt128BigEndian(bytes[16..]));

    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, High);
        BinaryPrimitives.WriteUInt128BigEndian(bytes.AsSpan(16), Low);
        return bytes;
    }

    /// <summary>The first 12 hex digits: enough to tell two fingerprints apart in a report.</summary>
    public override string ToString() => (High >> 80).ToString("x12", CultureInfo.InvariantCulture);

    // The order of the properties is part of each fingerprint: a new property goes at the end of its record's list, and
    // a change here changes every fingerprint (IndexDocuments.LayoutVersion rebuilds the index then).
    // Lists the index keeps as sets (authors, roles, memberships: doc values and terms have no order) are hashed in
    // ordinal order, so that the same content loaded in another order (a rebuild's read and an update's) is the same;
    // lists whose order the index keeps (the unit path, ask-me-about statements, synonyms) are hashed as loaded.

    public static ContentFingerprint Of(IndexedPerson person)
    {
        using var hash = new FingerprintWriter("person");
        hash.Text(person.Key);
        hash.Text(person.Name);
        hash.Text(person.Title);
        hash.Text(person.Bio);
        hash.Count(person.UnitPath.Count);
        foreach (var unit in person.UnitPath)
        {
            hash.Text(unit.Key);
            hash.Text(unit.Name);
            hash.Text(unit.Kind);
        }
        hash.Set(person.Roles);
        var competences = person.Competences
            .OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Level)
            .ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => string.Join('\u001f', c.Synonyms), StringComparer.Ordinal)
            .ToList();
        hash.Count(competences.Count);
        foreach (var competence in competences)
        {
            hash.Text(competence.Key);
            hash.Text(competence.Name);
            hash.Texts(competence.Synonyms);
            hash.Number(competence.Level);
            hash.Text(competence.Source);
        }
        hash.Set(person.Networks.Select(n => IndexFields.Join(n.NetworkKey, n.Role)));
        hash.Text(person.Visibility);
        hash.Texts(person.AskMeAbout);
        hash.Flag(person.OpenToMentoring);
        hash.Flag(person.OpenToJobRotation);
        return hash.Finish();
    }

    /// <summary>
    /// What the document's entry is built from. The network the document belongs to is not: the entry does not show
    /// it, and a network's deletion does not index its documents again. People named are those the entry lists as
    /// named: the ones not also authors.
    /// </summary>
    public static ContentFingerprint Of(IndexedDocument document)
    {
        using var hash = new FingerprintWriter("document");
        hash.Text(document.Key);
        hash.Text(document.Title);
        hash.Text(document.Text);
        hash.Text(document.Kind);
        hash.Number(document.Date?.DayNumber);
        hash.Set(document.AuthorKeys);
        hash.Set((document.MentionedKeys ?? []).Except(document.AuthorKeys, StringComparer.Ordinal));
        return hash.Finish();
    }

    public static ContentFingerprint Of(IndexedNetwork network)
    {
        using var hash = new FingerprintWriter("network");
        hash.Text(network.Key);
        hash.Text(network.Name);
        hash.Text(network.Description);
        hash.Text(network.Kind);
        hash.Text(network.Status);
        // A topic and its synonyms are loaded as one flat list, topic by topic in no particular order.
        hash.Bag(network.Topics);
        hash.Set(network.Members.Select(m => IndexFields.Join(m.PersonKey, m.Role)));
        return hash.Finish();
    }

    public static ContentFingerprint Of(IndexedCompetence competence)
    {
        using var hash = new FingerprintWriter("competence");
        hash.Text(competence.Key);
        hash.Text(competence.Name);
        hash.Texts(competence.Synonyms);
        hash.Text(competence.ParentKey);
        return hash.Finish();
    }
}
