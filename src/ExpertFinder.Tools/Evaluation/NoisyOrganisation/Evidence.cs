namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>What the grading rule counts, indexed once: each person's documents per main topic and their networks.</summary>
internal sealed class Evidence
{
    private readonly Dictionary<(string Person, string Topic), int> firstAuthored = [];
    private readonly Dictionary<(string Person, string Topic), int> coAuthored = [];
    private readonly Dictionary<string, List<NetworkMembership>> networks = new(StringComparer.Ordinal);

    public Evidence(IEnumerable<Document> documents, IEnumerable<Network> allNetworks)
    {
        foreach (var document in documents.Where(d => d.MainTopic is not null))
        {
            for (var i = 0; i < document.Authors.Count; i++)
            {
                var counts = i == 0 ? firstAuthored : coAuthored;
                var key = (document.Authors[i].Key, document.MainTopic!);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        foreach (var network in allNetworks)
        {
            foreach (var member in network.Members)
            {
                if (!networks.TryGetValue(member.Person.Key, out var list))
                {
                    networks[member.Person.Key] = list = [];
                }
                list.Add(new NetworkMembership(network, member.Role));
            }
        }
    }

    /// <summary>Documents on <paramref name="topic"/> that name the person as first author.</summary>
    public int FirstAuthored(Person person, string topic) => firstAuthored.GetValueOrDefault((person.Key, topic));

    /// <summary>Documents on <paramref name="topic"/> that name the person as a later author.</summary>
    public int CoAuthored(Person person, string topic) => coAuthored.GetValueOrDefault((person.Key, topic));

    public IReadOnlyList<NetworkMembership> NetworksOf(Person person) => networks.TryGetValue(person.Key, out var list) ? list : [];

    public bool ShareANetwork(Person a, Person b) => NetworksOf(a).Any(m => m.Network.Has(b));
}

internal sealed record NetworkMembership(Network Network, string Role);
