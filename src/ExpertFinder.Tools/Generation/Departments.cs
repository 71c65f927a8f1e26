namespace ExpertFinder.Tools.Generation;

/// <summary>
/// A kind of office (afdeling, center, institution) in a department: what it works on (a top-level competence of
/// Data/competences.txt), its staff's titles (most common first), its leader's title, and names for it and its teams.
/// An institution (school, nursing home) recurs in a municipality under the names of <see cref="Names"/>.
/// </summary>
/// <remarks>"{town}" in a name stands for the municipality's name.</remarks>
internal sealed record OfficeTemplate(string[] Names, string Area, string LeaderTitle, string[] Titles, string[] Teams)
{
    public bool Recurs => Names.Length > 1;
}

/// <summary>
/// A department (forvaltning) as municipalities organise them: its name in the four cities and elsewhere, its share of
/// the staff, the competence areas it works in, and its offices (the first ones are the most common).
/// </summary>
internal sealed record DepartmentTemplate(
    string Code, string CityName, string TownName, double Share, string HeadTitle, string[] Areas, OfficeTemplate[] Offices)
{
    /// <summary>Aarhus calls its departments magistratsafdelinger.</summary>
    public string NameIn(Municipality municipality) => municipality switch
    {
        { Code: 751 } => "Magistratsafdelingen for " + TownName,
        { IsCity: true } => CityName,
        _ => TownName,
    };
}

internal static class Departments
{
    private static readonly string[] Districts = ["Nord", "Syd", "Øst", "Vest", "Midt", "Centrum"];

    private static readonly string[] Schools =
    [
        "Nørreskolen", "Vesterskolen", "Østerskolen", "Sønderskolen", "Bakkeskolen", "Skovskolen", "Engskolen", "Strandskolen",
        "Holmeskolen", "Mølleskolen", "Kirkeskolen", "Lundeskolen", "Hedeskolen", "Bøgeskolen", "Egeskolen", "Lindeskolen",
        "Birkeskolen", "Rosenskolen", "Solskolen", "Havskolen", "Byskolen", "Parkskolen", "Åskolen", "Højvangskolen",
    ];

    private static readonly string[] Daycare =
    [
        "Børnehuset Solstrålen", "Børnehuset Mælkebøtten", "Børnehuset Regnbuen", "Børnehuset Troldehøjen", "Børnehuset Myretuen",
        "Børnehuset Spiren", "Børnehuset Kastanjen", "Børnehuset Humlebien", "Børnehuset Bikuben", "Børnehuset Skovbrynet",
        "Børnehuset Lærkereden", "Børnehuset Stjernen", "Børnehuset Ællingen", "Børnehuset Valmuen", "Børnehuset Mariehønen",
        "Børnehuset Egernet", "Børnehuset Fyrtårnet", "Børnehuset Bølgen", "Børnehuset Nøddehegnet", "Børnehuset Pilehuset",
    ];

    private static readonly string[] NursingHomes =
    [
        "Plejecenter Lindegården", "Plejecenter Egegården", "Plejecenter Bøgely", "Plejecenter Solgården", "Plejecenter Engbo",
        "Plejecenter Havebo", "Plejecenter Skovly", "Plejecenter Rosenly", "Plejecenter Kastanjegården", "Plejecenter Birkebo",
        "Plejecenter Åhaven", "Plejecenter Møllehaven", "Plejecenter Kildebakken", "Plejecenter Strandgården", "Plejecenter Toftegården",
    ];

    private static readonly string[] HomeCare = [.. Districts.Select(d => "Hjemmeplejen " + d)];

    private static readonly string[] ResidentialHomes =
    [
        "Botilbuddet Fuglebakken", "Botilbuddet Granly", "Botilbuddet Hybenhuset", "Botilbuddet Ådalen", "Botilbuddet Kløverhuset",
        "Botilbuddet Nørrevang", "Botilbuddet Hjortegården", "Botilbuddet Elmehuset",
    ];

    private static readonly string[] Libraries = ["Hovedbiblioteket", .. Districts.Select(d => "Biblioteket " + d)];

    private static OfficeTemplate Office(string name, string area, string leader, string[] titles, string[] teams) =>
        new([name], area, leader, titles, teams);

    private static OfficeTemplate Institutions(string[] names, string area, string leader, string[] titles, string[] teams) =>
        new(names, area, leader, titles, teams);

    public static readonly IReadOnlyList<DepartmentTemplate> All =
    [
        new("bu", "Børne- og Ungdomsforvaltningen", "Børn og Unge", 0.30, "Direktør for Børn og Unge",
            ["Børn og unge", "Skole og undervisning", "Dagtilbud"],
            [
                Institutions(Schools, "Skole og undervisning", "Skoleleder",
                    ["Lærer", "Pædagog", "Pædagogmedhjælper", "Lærer", "Specialpædagog", "Læsevejleder", "Viceskoleleder", "Skolesekretær"],
                    ["Indskolingen", "Mellemtrinnet", "Udskolingen", "SFO", "Specialklasserne", "Administrationen"]),
                Institutions(Daycare, "Dagtilbud", "Dagtilbudsleder",
                    ["Pædagog", "Pædagogmedhjælper", "Pædagogisk assistent", "Souschef", "Køkkenmedarbejder"],
                    ["Vuggestuen", "Børnehaven", "Udegruppen"]),
                Office("Sundhedsplejen", "Sundhed og forebyggelse", "Leder af sundhedsplejen",
                    ["Sundhedsplejerske", "Sundhedsplejerske", "Sekretær"], ["Spædbørn", "Skolesundhedsplejen"]),
                Office("PPR", "Børn og unge", "PPR-leder",
                    ["Psykolog", "Talepædagog", "Ergoterapeut", "Fysioterapeut", "Sekretær"], ["Team Skole", "Team Dagtilbud", "Team Tale og Sprog"]),
                Office("Familieafdelingen", "Børn og unge", "Familiechef",
                    ["Socialrådgiver", "Familiebehandler", "Sagsbehandler", "Faglig koordinator", "Jurist"],
                    ["Modtagelsen", "Team Børn", "Team Unge", "Team Handicap", "Familiebehandlingen", "Plejefamilieteamet"]),
                Office("Dagplejen", "Dagtilbud", "Dagplejeleder", ["Dagplejer", "Dagplejepædagog"], [.. Districts.Select(d => "Dagpleje " + d)]),
                Office("Ungdomsskolen", "Børn og unge", "Ungdomsskoleleder", ["Ungdomsskolelærer", "Klubmedarbejder", "SSP-konsulent"], ["Klubberne", "SSP"]),
                Office("Skole- og Dagtilbudsafdelingen", "Skole og undervisning", "Afdelingschef",
                    ["Pædagogisk konsulent", "Konsulent", "Specialkonsulent", "Pladsanviser"], ["Skoleteamet", "Dagtilbudsteamet", "Pladsanvisningen"]),
                Office("Tandplejen", "Sundhed og forebyggelse", "Overtandlæge", ["Tandlæge", "Tandplejer", "Klinikassistent"], ["Klinik Nord", "Klinik Syd"]),
            ]),
        new("so", "Sundheds- og Omsorgsforvaltningen", "Sundhed og Omsorg", 0.28, "Direktør for Sundhed og Omsorg",
            ["Ældre og omsorg", "Sygepleje og behandling", "Træning og rehabilitering", "Sundhed og forebyggelse"],
            [
                Institutions(NursingHomes, "Ældre og omsorg", "Centerleder",
                    ["Social- og sundhedshjælper", "Social- og sundhedsassistent", "Sygeplejerske", "Aktivitetsmedarbejder", "Køkkenmedarbejder", "Teamleder"],
                    ["Afsnit A", "Afsnit B", "Afsnit C", "Demensafsnittet", "Aften og nat", "Køkkenet"]),
                Institutions(HomeCare, "Ældre og omsorg", "Leder af hjemmeplejen",
                    ["Social- og sundhedshjælper", "Social- og sundhedsassistent", "Sygeplejerske", "Planlægger"],
                    ["Dagteam 1", "Dagteam 2", "Dagteam 3", "Aftenteamet", "Natteamet", "Planlægningen"]),
                Office("Sygeplejen", "Sygepleje og behandling", "Leder af sygeplejen",
                    ["Sygeplejerske", "Social- og sundhedsassistent", "Sårsygeplejerske", "Klinisk vejleder"], ["Akutteamet", "Sygeplejeklinikken", "Team Dag", "Team Aften"]),
                Office("Træning og Rehabilitering", "Træning og rehabilitering", "Leder af træning",
                    ["Fysioterapeut", "Ergoterapeut", "Terapeutassistent"], ["Genoptræning", "Hverdagsrehabilitering", "Vedligeholdende træning"]),
                Office("Visitationen", "Ældre og omsorg", "Visitationschef", ["Visitator", "Sagsbehandler", "Hjælpemiddelkonsulent"], ["Hjemmehjælp", "Hjælpemidler", "Boliger"]),
                Office("Sundhedscentret", "Sundhed og forebyggelse", "Sundhedschef",
                    ["Sundhedskonsulent", "Diætist", "Sygeplejerske", "Fysioterapeut"], ["Forebyggelse", "Patientuddannelse", "Rygestop"]),
                Office("Demensteamet", "Ældre og omsorg", "Demensleder", ["Demenskoordinator", "Sygeplejerske", "Ergoterapeut"], ["Demensrådgivningen"]),
                Office("Kvalitet og Udvikling", "Innovation og udvikling", "Udviklingschef",
                    ["Udviklingskonsulent", "Kvalitetskonsulent", "Velfærdsteknologisk konsulent", "Dataanalytiker"], ["Kvalitet", "Velfærdsteknologi"]),
            ]),
        new("sf", "Socialforvaltningen", "Social og Handicap", 0.10, "Socialdirektør",
            ["Social og handicap", "Psykiatri og misbrug"],
            [
                Institutions(ResidentialHomes, "Social og handicap", "Forstander",
                    ["Socialpædagog", "Pædagog", "Social- og sundhedsassistent", "Pædagogmedhjælper"], ["Hus 1", "Hus 2", "Hus 3", "Dagtilbuddet"]),
                Office("Myndighed Voksne", "Social og handicap", "Myndighedschef", ["Socialrådgiver", "Sagsbehandler", "Faglig koordinator", "Jurist"],
                    ["Team Handicap", "Team Psykiatri", "Team Hjemløshed", "Modtagelsen"]),
                Office("Bostøtten", "Social og handicap", "Leder af bostøtten", ["Bostøttemedarbejder", "Socialpædagog", "Ergoterapeut"], [.. Districts.Select(d => "Bostøtte " + d)]),
                Office("Socialpsykiatrien", "Psykiatri og misbrug", "Leder af socialpsykiatrien", ["Socialpædagog", "Sygeplejerske", "Recoverymentor"], ["Væresteder", "Akuttilbuddet", "Team Psykiatri"]),
                Office("Misbrugscentret", "Psykiatri og misbrug", "Centerleder", ["Misbrugsbehandler", "Socialrådgiver", "Sygeplejerske", "Læge"], ["Ungebehandling", "Alkoholbehandling", "Stofbehandling"]),
                Office("Krisecentret", "Social og handicap", "Leder af krisecentret", ["Socialrådgiver", "Pædagog", "Psykolog"], ["Døgn", "Rådgivningen"]),
            ]),
        new("be", "Beskæftigelses- og Integrationsforvaltningen", "Job og Beskæftigelse", 0.08, "Beskæftigelsesdirektør",
            ["Beskæftigelse", "Integration"],
            [
                Institutions(["Jobcenter {town}", "Jobcenter Nord", "Jobcenter Syd", "Jobcenter Vest"], "Beskæftigelse", "Jobcenterchef",
                    ["Jobkonsulent", "Sagsbehandler", "Virksomhedskonsulent", "Socialrådgiver", "Mentor"],
                    ["Team Sygedagpenge", "Team Kontanthjælp", "Team Jobafklaring", "Team Fleksjob", "Team Forsikrede", "Modtagelsen"]),
                Office("Ungeindsatsen", "Beskæftigelse", "Leder af ungeindsatsen", ["UU-vejleder", "Jobkonsulent", "Mentor"], ["Uddannelsesvejledningen", "Unge på ydelse"]),
                Office("Virksomhedsservice", "Beskæftigelse", "Virksomhedschef", ["Virksomhedskonsulent", "Rekrutteringskonsulent"], ["Rekruttering", "Fastholdelse"]),
                Office("Integrationsenheden", "Integration", "Integrationschef", ["Integrationskonsulent", "Sagsbehandler", "Sprogkonsulent", "Tolk"], ["Program", "Boligplacering", "Sprogcentret"]),
                Office("Ydelsescentret", "Beskæftigelse", "Ydelseschef", ["Ydelsesmedarbejder", "Sagsbehandler"], ["Kontanthjælp", "Sygedagpenge", "Kontrol"]),
            ]),
        new("tm", "Teknik- og Miljøforvaltningen", "Teknik og Miljø", 0.09, "Teknisk direktør",
            ["Teknik og byggeri", "Klima, natur og miljø", "Trafik og veje"],
            [
                Office("Byplan", "Teknik og byggeri", "Planchef", ["Byplanlægger", "Arkitekt", "Landskabsarkitekt", "Planmedarbejder"], ["Lokalplaner", "Kommuneplan", "Byudvikling"]),
                Office("Byggeri", "Teknik og byggeri", "Byggesagschef", ["Byggesagsbehandler", "Bygningskonstruktør", "Ingeniør"], ["Byggesager", "Byggesager erhverv", "Tilsyn"]),
                Office("Natur og Miljø", "Klima, natur og miljø", "Miljøchef", ["Miljømedarbejder", "Biolog", "Geolog", "Miljøingeniør"], ["Natur", "Vand", "Virksomheder", "Jord"]),
                Office("Vej og Park", "Trafik og veje", "Vejchef", ["Vejingeniør", "Trafikplanlægger", "Vejformand", "Gartner", "Chauffør"], ["Drift", "Trafik", "Parker", "Vintertjenesten"]),
                Office("Klima og Forsyning", "Klima, natur og miljø", "Klimachef", ["Klimakonsulent", "Ingeniør", "Energikonsulent"], ["Klimaplan", "Skybrud", "Affald"]),
                Office("Ejendomme", "Teknik og byggeri", "Ejendomschef", ["Ejendomskonsulent", "Bygningsingeniør", "Servicemedarbejder", "Pedel"], ["Vedligehold", "Energi", "Service"]),
                Office("Beredskabet", "Teknik og byggeri", "Beredskabschef", ["Brandmand", "Indsatsleder", "Brandinspektør"], ["Vagtholdet", "Forebyggelse"]),
            ]),
        new("kf", "Kultur- og Fritidsforvaltningen", "Kultur og Fritid", 0.05, "Kulturdirektør",
            ["Kultur og fritid"],
            [
                Institutions(Libraries, "Kultur og fritid", "Bibliotekschef", ["Bibliotekar", "Kulturformidler", "Biblioteksassistent"], ["Børn", "Voksne", "Borgerservice i biblioteket"]),
                Office("Idræt og Fritid", "Kultur og fritid", "Fritidschef", ["Fritidskonsulent", "Halinspektør", "Foreningskonsulent"], ["Haller", "Foreninger"]),
                Office("Musikskolen", "Kultur og fritid", "Musikskoleleder", ["Musikskolelærer"], ["Rytmisk", "Klassisk"]),
                Office("Kulturhuset", "Kultur og fritid", "Kulturhusleder", ["Kulturmedarbejder", "Eventkoordinator", "Tekniker"], ["Scenen", "Events"]),
            ]),
        new("ok", "Økonomiforvaltningen", "Økonomi og Administration", 0.10, "Kommunaldirektør",
            ["Økonomi og styring", "HR og personale", "Jura og forvaltning", "Digitalisering og IT", "Kommunikation", "Borgerservice", "Data og analyse"],
            [
                Office("Økonomi og Analyse", "Økonomi og styring", "Økonomichef", ["Økonomikonsulent", "Controller", "Dataanalytiker", "Bogholder"], ["Budget", "Regnskab", "Analyse", "Indkøb"]),
                Office("HR og Personale", "HR og personale", "HR-chef", ["HR-konsulent", "Lønkonsulent", "Arbejdsmiljøkonsulent", "HR-partner"], ["Personalejura", "Løn", "Arbejdsmiljø", "Rekruttering og udvikling"]),
                Office("Digitalisering og IT", "Digitalisering og IT", "IT-chef", ["IT-konsulent", "Systemkonsulent", "IT-supporter", "Informationssikkerhedskonsulent", "Projektleder"], ["Drift", "Servicedesk", "Digitalisering", "Fagsystemer"]),
                Office("Borgerservice", "Borgerservice", "Borgerservicechef", ["Borgerservicemedarbejder", "Kontaktcentermedarbejder", "Opkrævningsmedarbejder"], ["Kontaktcentret", "Pas og kørekort", "Opkrævningen"]),
                Office("Sekretariat og Jura", "Jura og forvaltning", "Sekretariatschef", ["Jurist", "Specialkonsulent", "Direktionssekretær", "Chefkonsulent"], ["Byrådssekretariatet", "Jura", "Databeskyttelse"]),
                Office("Kommunikation", "Kommunikation", "Kommunikationschef", ["Kommunikationskonsulent", "Webredaktør", "Grafiker"], ["Presse", "Web og SoMe"]),
                Office("Udvikling og Data", "Data og analyse", "Udviklingschef", ["Dataanalytiker", "Udviklingskonsulent", "Projektleder"], ["Data", "Strategi og Udvikling"]),
            ]),
    ];

    /// <summary>Areas anyone may hold competences in, besides their department's.</summary>
    public static readonly string[] CommonAreas = ["Samarbejde og videndeling", "Innovation og udvikling", "HR og personale"];

    /// <summary>Areas that teams and networks of every department also work on and write about.</summary>
    public static readonly string[] CrossCuttingAreas = ["Samarbejde og videndeling", "Innovation og udvikling", "HR og personale", "Ledelse"];

    /// <summary>Where leaders' competences come from, besides their own department's.</summary>
    public const string LeadershipArea = "Ledelse";

    /// <summary>Generic team names when an office has more teams than its template names.</summary>
    public static IEnumerable<string> FallbackTeams() => Districts.Select(d => "Team " + d).Concat(Enumerable.Range(1, 1000).Select(i => "Team " + i));
}
