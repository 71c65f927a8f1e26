namespace ExpertFinder.Graphs.Model;

/// <summary>What a node stands for: a person, or everyone in one unit, department or municipality.</summary>
public enum GraphLevel
{
    Person,
    Unit,
    Department,
    Municipality,
}

/// <summary>Why two people are tied; an edge between groups carries every kind among the ties it sums.</summary>
[Flags]
public enum TieKinds
{
    None = 0,
    Network = 1,
    Document = 2,
    Unit = 4,
    All = Network | Document | Unit,
}
