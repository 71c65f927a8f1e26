namespace ExpertFinder.Tools.Generation;

/// <summary>
/// Common Danish first names, middle names and surnames, most frequent first, drawn Zipf-like: as in Denmark, a few
/// surnames (Nielsen, Jensen, Hansen) are very common, so some full names repeat (and are ambiguous to mention
/// detection) while most, especially those with a middle name, are unique.
/// </summary>
internal sealed class DanishNames
{
    private static readonly string[] Women =
    [
        "Anne", "Kirsten", "Mette", "Hanne", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Lone", "Camilla", "Pia", "Louise",
        "Charlotte", "Tina", "Gitte", "Bente", "Jette", "Karen", "Inge", "Rikke", "Christina", "Linda", "Julie", "Katrine",
        "Sofie", "Hanna", "Line", "Birgitte", "Dorthe", "Trine", "Tanja", "Heidi", "Sanne", "Malene", "Mie", "Maja", "Ida",
        "Emma", "Laura", "Cecilie", "Signe", "Stine", "Lotte", "Annette", "Anette", "Jeanette", "Karina", "Bettina", "Maiken",
        "Mona", "Ulla", "Vibeke", "Winnie", "Yvonne", "Lisbeth", "Merete", "Else", "Grethe", "Lis", "Ane", "Kristina",
        "Josefine", "Nanna", "Amalie", "Frederikke", "Caroline", "Mathilde", "Sara", "Pernille", "Majbritt", "Dorte", "Berit",
        "Tove", "Kamilla", "Lærke", "Nadia", "Fatima", "Ayse", "Amira", "Janne", "Jannie", "Anja", "Connie", "Marlene",
        "Britt", "Henriette", "Ditte", "Ellen", "Astrid", "Agnete", "Solveig", "Ingrid", "Randi", "Ulrikke", "Natasja",
        "Simone", "Sidsel", "Tenna", "Ruth", "Mai", "Lea", "Rebecca", "Isabella", "Clara", "Zainab", "Hiba", "Aylin",
        "Anna", "Alberte", "Birthe", "Bodil", "Christine", "Dagmar", "Elin", "Elise", "Emilie", "Eva", "Freja", "Gerda", "Hedvig",
        "Helga", "Ingeborg", "Irene", "Jytte", "Karin", "Kirstine", "Lena", "Lilian", "Lisa", "Lise", "Liv", "Lykke", "Magdalena",
        "Margit", "Mia", "Nina", "Olivia", "Petra", "Rita", "Rosa", "Sabrina", "Selma", "Silje", "Susan", "Thea", "Tine", "Vera",
        "Vivi", "Yasmin", "Zeynep", "Agnes", "Asta", "Bolette", "Dorthea", "Ella", "Ester", "Filippa", "Gry", "Hilda", "Iben",
        "Ingelise", "Jane", "Julia", "Karoline", "Mille", "Nathalie", "Sigrid", "Stella", "Tilde", "Vibe",
    ];

    private static readonly string[] Men =
    [
        "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Christian", "Martin", "Rasmus", "Jesper",
        "Morten", "Anders", "Mads", "Hans", "Per", "Ole", "Kim", "Jørgen", "Mikkel", "Kasper", "Nicolai", "Jakob", "Jacob",
        "Frederik", "Mathias", "Simon", "Daniel", "Steen", "Brian", "Bo", "Carsten", "Claus", "Erik", "Finn", "Flemming",
        "Torben", "Poul", "Kenneth", "Allan", "Dennis", "Jonas", "Emil", "Oliver", "Lasse", "Troels", "Kristian", "Bjarne",
        "Kurt", "Preben", "Ib", "Bent", "Knud", "Svend", "Mogens", "Kaj", "Ebbe", "Palle", "René", "Tommy", "Johnny",
        "Kristoffer", "Alexander", "Sebastian", "Magnus", "Tobias", "Benjamin", "Victor", "Ali", "Mohammad", "Ahmed", "Omar",
        "Hassan", "Thorbjørn", "Esben", "Asger", "Anton", "William", "Gustav", "Casper", "Jeppe", "Rune", "Ulrik",
        "Bjørn", "Jimmi", "Leif", "Arne", "Villads", "Aksel", "Malthe", "Noah", "Lucas", "Mustafa", "Yusuf", "Piotr",
        "Aage", "Adam", "Albert", "Axel", "Bertel", "Carl", "Christopher", "David", "Ejnar", "Elias", "Erling", "Felix", "Frank",
        "Gert", "Gunnar", "Harald", "Holger", "Ivan", "Janus", "Joakim", "Johan", "John", "Jon", "Karl", "Keld", "Klaus", "Kåre",
        "Laurits", "Leo", "Lukas", "Marcus", "Max", "Nikolaj", "Ove", "Patrick", "Philip", "Ronni", "Sune", "Theis", "Thor",
        "Tonny", "Uffe", "Valdemar", "Viggo", "Vagn", "Oskar", "Otto", "Peder", "Rolf", "Sigurd", "Silas", "Stig", "Sten", "Tage",
        "Tim", "Torsten", "Verner", "Vilhelm", "Hussein", "Ibrahim", "Khalid", "Tariq",
    ];

    /// <summary>Second given names, for women only.</summary>
    private static readonly string[] GivenMiddle = ["Marie", "Louise", "Kristine", "Sofie", "Katrine", "Elisabeth", "Margrethe", "Helene"];

    /// <summary>Family names carried as middle names, for anyone.</summary>
    private static readonly string[] Middle =
    [
        "Juul", "Holm", "Lund", "Dahl",
        "Bach", "Krogh", "Skov", "Kjær", "Bech", "Bay", "Vinther", "Munk", "Vestergaard", "Østergaard", "Due", "Winther", "Brix",
        "Kirk", "Hjort", "Lykke", "Lind", "Toft", "Bang", "Friis", "Møller", "Damgaard", "Nørgaard", "Bisgaard", "Frost",
        "Klit", "Hedegaard", "Kragh", "Storm", "Hald", "Buch", "Borg", "Mose", "Ravn", "Sand", "Lyng", "Steen", "Berg",
        "Bjerg", "Bonde", "Brink", "Dam", "Fog", "Grøn", "Hvid", "Kaas", "Kjeldgaard", "Krog", "Lauge", "Leth", "Linde", "Lunde",
        "Mølgaard", "Nygaard", "Pihl", "Rask", "Refslund", "Rosenkilde", "Schou", "Skytte", "Sloth", "Sommer", "Stampe", "Strand",
        "Thorup", "Vang", "Wind", "Ørum", "Enevold", "Gade", "Holst", "Juhl", "Kirkegaard", "Klitgaard", "Lykkegaard", "Overgaard", "Tang",
    ];

    private static readonly string[] Surnames =
    [
        "Nielsen", "Jensen", "Hansen", "Andersen", "Pedersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
        "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
        "Knudsen", "Jakobsen", "Jacobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt",
        "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Mogensen",
        "Jespersen", "Nissen", "Lauridsen", "Frandsen", "Østergaard", "Jepsen", "Kjær", "Carlsen", "Vestergaard", "Jessen",
        "Nørgaard", "Dahl", "Christoffersen", "Skov", "Søndergaard", "Bertelsen", "Bruun", "Lassen", "Bach", "Gregersen",
        "Friis", "Johannsen", "Steffensen", "Kjeldsen", "Bech", "Krogh", "Lauritsen", "Danielsen", "Mathiesen", "Andresen",
        "Brandt", "Winther", "Toft", "Ravn", "Mathiasen", "Dam", "Holst", "Nilsson", "Lind", "Berg", "Schou", "Overgaard",
        "Kristoffersen", "Hedegaard", "Bisgaard", "Lindholm", "Bundgaard", "Vinther", "Thygesen", "Kirkegaard", "Damgaard",
        "Kofoed", "Lykke", "Juhl", "Munk", "Hjort", "Brogaard", "Mølgaard", "Abildgaard", "Villadsen", "Kragh", "Husted",
        "Laustsen", "Bjerre", "Dalsgaard", "Boesen", "Høj", "Vad", "Engholm", "Kamp", "Riis", "Stougaard", "Storgaard",
        "Yilmaz", "Hussein", "Ali", "Khan", "Nguyen", "Kowalski", "Hassan", "Öztürk", "Abdi", "Jovanovic", "Ahmadi",
        "Aagaard", "Bak", "Balle", "Birk", "Bonde", "Bro", "Bøgh", "Dyrberg", "Ebbesen", "Eskildsen", "Fisker", "Fog", "Gade",
        "Gammelgaard", "Gravesen", "Grøn", "Gundersen", "Hald", "Hvid", "Højgaard", "Isaksen", "Juul", "Kaas", "Kirk", "Kjærgaard",
        "Klausen", "Koch", "Kruse", "Kvist", "Lange", "Leth", "Lindberg", "Lorentzen", "Lykkegaard", "Lynge", "Markussen", "Melgaard",
        "Meyer", "Mølholm", "Nygaard", "Nyholm", "Ottesen", "Pallesen", "Pape", "Pihl", "Præst", "Qvist", "Rask", "Refsgaard",
        "Rosenberg", "Rytter", "Schultz", "Skou", "Staal", "Stenberg", "Stokholm", "Søgaard", "Tang", "Terkelsen", "Thomasen",
        "Thorsen", "Tranberg", "Ulrich", "Valentin", "Vang", "Wind", "Wulff", "Zacho", "Ørum", "Brøndum", "Dalgaard", "Fabricius",
        "Graversen", "Hougaard", "Kampmann", "Lauritzen", "Nedergaard", "Olsson", "Pilgaard", "Rahbek", "Sloth", "Thuesen", "Bruhn",
        "Buus", "Dideriksen", "Enevoldsen", "Fogh", "Holmgaard", "Ibsen", "Just", "Kirkeby", "Kjeldgaard", "Laugesen", "Mathiassen",
        "Nikolajsen", "Ploug", "Rosendahl", "Schrøder", "Skytte", "Stampe", "Svenningsen", "Tobiasen",
    ];

    // Flat enough that most full names are unique among 50,000 people; steep enough that Nielsen and Jensen lead.
    private readonly WeightedTable women = WeightedTable.Zipf(Women.Length, 0.5);
    private readonly WeightedTable men = WeightedTable.Zipf(Men.Length, 0.5);
    private readonly WeightedTable middle = WeightedTable.Zipf(Middle.Length, 0.3);
    private readonly WeightedTable givenMiddle = WeightedTable.Zipf(GivenMiddle.Length, 0.3);
    private readonly WeightedTable surnames = WeightedTable.Zipf(Surnames.Length, 0.6);

    public const double MiddleNameShare = 0.55;

    /// <summary>A full name: first, sometimes a middle name, and a surname; about as many women as men.</summary>
    public (string First, string? Middle, string Last) Draw(SeededRandom random)
    {
        var woman = random.Chance(0.55);
        var first = woman ? Women[women.Draw(random)] : Men[men.Draw(random)];
        var last = Surnames[surnames.Draw(random)];
        string? middleName = null;
        if (random.Chance(MiddleNameShare))
        {
            middleName = woman && random.Chance(0.4) ? GivenMiddle[givenMiddle.Draw(random)] : Middle[middle.Draw(random)];
            if (middleName == last || middleName == first)
            {
                middleName = null;
            }
        }
        return (first, middleName, last);
    }
}
