namespace ExpertFinder.Tools.Generation;

/// <summary>A Danish municipality: its official code (the unit key), name and population (about 2024).</summary>
internal sealed record Municipality(int Code, string ShortName, string OfficialName, int Population, string MailDomain)
{
    public string Key => "k" + Code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The four largest cities name their departments as forvaltninger or magistratsafdelinger.</summary>
    public bool IsCity => Population > 200_000;
}

/// <summary>
/// The 98 municipalities of Denmark. Employees are spread over them in proportion to the population, so København
/// gets about eleven percent of any N and Læsø a few people at most.
/// </summary>
internal static class Municipalities
{
    public static readonly IReadOnlyList<Municipality> All =
    [
        // Region Hovedstaden
        M(101, "København", 660_000, "Københavns Kommune", "kk.dk"),
        M(147, "Frederiksberg", 104_000),
        M(165, "Albertslund", 28_000),
        M(201, "Allerød", 26_000),
        M(151, "Ballerup", 52_000),
        M(400, "Bornholm", 39_000, "Bornholms Regionskommune", "brk.dk"),
        M(153, "Brøndby", 39_000),
        M(155, "Dragør", 14_500),
        M(240, "Egedal", 44_000),
        M(210, "Fredensborg", 41_000),
        M(250, "Frederikssund", 46_000),
        M(190, "Furesø", 41_000),
        M(157, "Gentofte", 75_000),
        M(159, "Gladsaxe", 70_000),
        M(161, "Glostrup", 24_000),
        M(270, "Gribskov", 41_000),
        M(260, "Halsnæs", 31_000),
        M(217, "Helsingør", 63_000),
        M(163, "Herlev", 30_000),
        M(219, "Hillerød", 52_000),
        M(167, "Hvidovre", 54_000),
        M(169, "Høje-Taastrup", 52_000, mailDomain: "htk.dk"),
        M(223, "Hørsholm", 25_000),
        M(183, "Ishøj", 23_000),
        M(173, "Lyngby-Taarbæk", 57_000, mailDomain: "ltk.dk"),
        M(230, "Rudersdal", 57_000),
        M(175, "Rødovre", 41_000),
        M(185, "Tårnby", 44_000),
        M(187, "Vallensbæk", 17_000),
        // Region Sjælland
        M(320, "Faxe", 37_000),
        M(253, "Greve", 51_000),
        M(376, "Guldborgsund", 60_000),
        M(316, "Holbæk", 73_000),
        M(326, "Kalundborg", 49_000),
        M(259, "Køge", 62_000),
        M(350, "Lejre", 29_000),
        M(360, "Lolland", 40_000),
        M(370, "Næstved", 84_000),
        M(306, "Odsherred", 33_000),
        M(329, "Ringsted", 36_000),
        M(265, "Roskilde", 90_000),
        M(330, "Slagelse", 80_000),
        M(269, "Solrød", 24_000),
        M(340, "Sorø", 30_000),
        M(336, "Stevns", 24_000),
        M(390, "Vordingborg", 46_000),
        // Region Syddanmark
        M(420, "Assens", 41_000),
        M(530, "Billund", 27_000),
        M(561, "Esbjerg", 116_000),
        M(563, "Fanø", 3_500),
        M(607, "Fredericia", 52_000),
        M(430, "Faaborg-Midtfyn", 52_000, mailDomain: "fmk.dk"),
        M(510, "Haderslev", 56_000),
        M(440, "Kerteminde", 24_000),
        M(621, "Kolding", 95_000),
        M(482, "Langeland", 12_000),
        M(410, "Middelfart", 39_000),
        M(480, "Nordfyn", 29_000, "Nordfyns Kommune", "nordfynskommune.dk"),
        M(450, "Nyborg", 32_000),
        M(461, "Odense", 207_000),
        M(479, "Svendborg", 59_000),
        M(540, "Sønderborg", 74_000),
        M(550, "Tønder", 37_000),
        M(573, "Varde", 50_000),
        M(575, "Vejen", 43_000),
        M(630, "Vejle", 120_000),
        M(492, "Ærø", 6_000),
        M(580, "Aabenraa", 59_000),
        // Region Midtjylland
        M(710, "Favrskov", 49_000),
        M(766, "Hedensted", 47_000),
        M(657, "Herning", 90_000),
        M(661, "Holstebro", 59_000),
        M(615, "Horsens", 98_000),
        M(756, "Ikast-Brande", 42_000),
        M(665, "Lemvig", 19_000),
        M(707, "Norddjurs", 37_000),
        M(727, "Odder", 24_000),
        M(730, "Randers", 99_000),
        M(760, "Ringkøbing-Skjern", 56_000, mailDomain: "rksk.dk"),
        M(741, "Samsø", 3_700),
        M(740, "Silkeborg", 99_000),
        M(746, "Skanderborg", 64_000),
        M(779, "Skive", 46_000),
        M(671, "Struer", 21_000),
        M(706, "Syddjurs", 44_000),
        M(791, "Viborg", 98_000),
        M(751, "Aarhus", 370_000),
        // Region Nordjylland
        M(810, "Brønderslev", 36_000),
        M(813, "Frederikshavn", 59_000),
        M(860, "Hjørring", 64_000),
        M(849, "Jammerbugt", 38_000),
        M(825, "Læsø", 1_800),
        M(846, "Mariagerfjord", 42_000),
        M(773, "Morsø", 20_000),
        M(840, "Rebild", 30_000),
        M(787, "Thisted", 43_000),
        M(820, "Vesthimmerland", 37_000, "Vesthimmerlands Kommune", "vesthimmerland.dk"),
        M(851, "Aalborg", 222_000),
    ];

    /// <summary>
    /// How many of <paramref name="people"/> work in each municipality (same order as <see cref="All"/>): in
    /// proportion to the population, by largest remainder, so the counts add up exactly.
    /// </summary>
    public static int[] Apportion(int people) => Apportionment.LargestRemainder(people, [.. All.Select(m => (double)m.Population)]);

    private static Municipality M(int code, string name, int population, string? officialName = null, string? mailDomain = null) =>
        new(code, name, officialName ?? name + " Kommune", population, mailDomain ?? Ascii.Fold(name).ToLowerInvariant().Replace("-", "", StringComparison.Ordinal) + ".dk");
}
