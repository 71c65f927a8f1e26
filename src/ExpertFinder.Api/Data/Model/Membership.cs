namespace ExpertFinder.Api.Data.Model;

public sealed class Membership
{
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public string Role { get; set; } = "member";
}
