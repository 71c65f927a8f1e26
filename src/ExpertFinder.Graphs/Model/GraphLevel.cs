namespace ExpertFinder.Graphs.Model;

/// <summary>What a node stands for: a person, or everyone in one unit, department or municipality.</summary>
public enum GraphLevel
{
    Person,
    Unit,
    Department,
    Municipality,
}
