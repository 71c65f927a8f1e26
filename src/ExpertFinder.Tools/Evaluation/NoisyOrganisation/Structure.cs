namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>An office (afdeling, institution) of a department: its code, name, teams, staff titles and leader's title.</summary>
internal sealed record OfficePlan(string Code, string Name, string[] Teams, string[] Titles, string LeaderTitle, int TeamSize);

internal sealed record DepartmentPlan(string Code, string Name, string AarhusName, OfficePlan[] Offices);

internal sealed record MunicipalityPlan(string Key, string Name, string Domain, string Address, double Scale);

/// <summary>
/// The four municipalities and how each is organised: the same forvaltninger and offices (as Danish municipalities
/// are, roughly), a little larger in Aarhus. Teams of an institution office are the institutions themselves.
/// </summary>
internal static class Structure
{
    public static readonly MunicipalityPlan[] Municipalities =
    [
        new("aarhus", "Aarhus", "aarhus.dk", "Rådhuspladsen 2, 8000 Aarhus C", 1.15),
        new("vejle", "Vejle", "vejle.dk", "Skolegade 1, 7100 Vejle", 0.85),
        new("silkeborg", "Silkeborg", "silkeborg.dk", "Søvej 1, 8600 Silkeborg", 0.75),
        new("horsens", "Horsens", "horsens.dk", "Rådhustorvet 4, 8700 Horsens", 0.8),
    ];

    public static readonly DepartmentPlan[] Departments =
    [
        new("bu", "Børn og Unge", "Magistratsafdelingen for Børn og Unge",
        [
            new("bu-ppr", "PPR", ["Psykologteamet", "Tale, høre og læsning"], ["Skolepsykolog", "Psykolog", "Talepædagog", "Læsekonsulent", "Pædagogisk konsulent"], "Leder af PPR", 9),
            new("bu-skole", "Skoler", ["Bakkeskolen", "Åskolen", "Lindeskolen", "Strandskolen"], ["Lærer", "Lærer", "Lærer", "Pædagog", "Pædagogmedhjælper", "Skolesekretær", "Læsevejleder", "Viceskoleleder"], "Skoleleder", 18),
            new("bu-sfo", "SFO og fritid", ["SFO Bakken", "SFO Åhuset", "Klubben Lindely"], ["Pædagog", "Pædagog", "Pædagogmedhjælper", "Fritidspædagog"], "SFO-leder", 10),
            new("bu-dagtilbud", "Dagtilbud", ["Børnehuset Mælkebøtten", "Vuggestuen Solsikken", "Dagplejen"], ["Pædagog", "Pædagog", "Pædagogmedhjælper", "Dagplejer", "Pædagogisk assistent"], "Dagtilbudsleder", 14),
            new("bu-unge", "Ungeindsatsen", ["Uddannelsesvejledning", "Overgang til ungdomsuddannelse"], ["Uddannelsesvejleder", "Ungekonsulent", "Socialrådgiver", "Mentor"], "Leder af Ungeindsatsen", 8),
            new("bu-sundhedspleje", "Sundhedspleje", [], ["Sundhedsplejerske", "Sundhedsplejerske", "Sekretær"], "Ledende sundhedsplejerske", 9),
        ]),
        new("so", "Sundhed og Omsorg", "Magistratsafdelingen for Sundhed og Omsorg",
        [
            new("so-hjemmepleje", "Hjemmeplejen", ["Hjemmepleje Nord", "Hjemmepleje Syd", "Aften og nat"], ["Social- og sundhedshjælper", "Social- og sundhedsassistent", "Social- og sundhedshjælper", "Sygeplejerske", "Planlægger", "Hjemmehjælper"], "Distriktsleder", 22),
            new("so-pleje", "Plejecentre", ["Plejecenter Solbakken", "Plejecenter Lindegården", "Plejecenter Egely"], ["Social- og sundhedsassistent", "Social- og sundhedshjælper", "Sygeplejerske", "Aktivitetsmedarbejder", "Ernæringsassistent"], "Centerleder", 20),
            new("so-rehab", "Træning og Rehabilitering", ["Genoptræning", "Neuroteamet", "Hverdagsrehabilitering"], ["Fysioterapeut", "Ergoterapeut", "Fysioterapeut", "Træningsassistent"], "Leder af Træning og Rehabilitering", 10),
            new("so-sygepleje", "Sygepleje og Demens", ["Sygeplejeklinikken", "Demensteamet"], ["Sygeplejerske", "Demenskonsulent", "Sygeplejerske", "Klinisk vejleder"], "Sygeplejefaglig leder", 10),
            new("so-teknologi", "Velfærdsteknologi og Hjælpemidler", ["Hjælpemiddeldepotet", "Teknologiteamet"], ["Hjælpemiddelkonsulent", "Ergoterapeut", "Projektmedarbejder", "Depotmedarbejder"], "Leder af Velfærdsteknologi", 8),
            new("so-elever", "Uddannelse og Elever", [], ["Uddannelseskonsulent", "Praktikvejleder", "Elevkoordinator"], "Uddannelsesleder", 6),
        ]),
        new("sb", "Social og Beskæftigelse", "Magistratsafdelingen for Sociale Forhold og Beskæftigelse",
        [
            new("sb-jobcenter", "Jobcenter", ["Team Job og Afklaring", "Team Sygedagpenge", "Team Unge", "Virksomhedsservice"], ["Jobkonsulent", "Sagsbehandler", "Socialrådgiver", "Virksomhedskonsulent", "Jobkonsulent"], "Jobcenterchef", 16),
            new("sb-handicap", "Handicap og Psykiatri", ["Hjælperordninger", "Bostøtte", "Botilbuddet Granly"], ["Socialrådgiver", "Sagsbehandler", "Socialpædagog", "Bostøttemedarbejder"], "Afdelingsleder", 13),
            new("sb-ydelse", "Ydelsesservice", ["Kontanthjælp", "Boligstøtte og pension"], ["Ydelsesmedarbejder", "Sagsbehandler", "Kontorelev"], "Teamleder", 10),
        ]),
        new("tm", "Teknik og Miljø", "Magistratsafdelingen for Teknik og Miljø",
        [
            new("tm-byg", "Byggeri og Ejendomsdata", ["Byggesager", "Ejendomsdata"], ["Byggesagsbehandler", "Bygningskonstruktør", "Geodatamedarbejder", "Ingeniør", "Administrativ medarbejder"], "Byggechef", 11),
            new("tm-klima", "Klima og Vand", ["Vandløb og kloak", "Klimatilpasning"], ["Civilingeniør", "Miljømedarbejder", "Landskabsarkitekt", "Biolog"], "Leder af Klima og Vand", 9),
            new("tm-affald", "Affald og Genbrug", ["Genbrugspladserne", "Indsamling"], ["Affaldsplanlægger", "Pladsmand", "Miljøkonsulent", "Chauffør"], "Affaldschef", 12),
            new("tm-vej", "Vej og Park", ["Vejdrift", "Parker og grønne områder"], ["Vejmand", "Gartner", "Trafikplanlægger", "Ingeniør", "Driftsleder"], "Vejchef", 14),
        ]),
        new("bd", "Borgerservice og Digitalisering", "Magistratsafdelingen for Kultur og Borgerservice",
        [
            new("bd-borgerservice", "Borgerservice", ["Pas og kørekort", "Henvendelser og ydelser"], ["Borgerservicemedarbejder", "Borgerservicemedarbejder", "Kontorelev", "Teamkoordinator"], "Borgerservicechef", 13),
            new("bd-digi", "Digitalisering", ["Data og Analyse", "Digital Udvikling"], ["Digitaliseringskonsulent", "Dataanalytiker", "Projektleder", "Forretningsudvikler"], "Digitaliseringschef", 10),
            new("bd-it", "IT-drift", ["Servicedesk", "Infrastruktur"], ["IT-supporter", "IT-tekniker", "Netværksadministrator", "IT-supporter"], "IT-chef", 11),
            new("bd-sikkerhed", "Informationssikkerhed", [], ["Informationssikkerhedskonsulent", "Databeskyttelsesrådgiver", "Jurist"], "Informationssikkerhedschef", 5),
        ]),
        new("hr", "Økonomi og Personale", "Borgmesterens Afdeling",
        [
            new("hr-hr", "HR og Personale", ["HR-jura", "Rekruttering og Udvikling", "Arbejdsmiljø"], ["HR-konsulent", "HR-partner", "Personalejurist", "Arbejdsmiljøkonsulent", "Lønkonsulent"], "HR-chef", 14),
            new("hr-okonomi", "Økonomi", ["Budget og Analyse", "Regnskab"], ["Økonomikonsulent", "Controller", "Budgetkonsulent", "Bogholder"], "Økonomichef", 9),
            new("hr-service", "Service og Kantine", ["Kantinen", "Reception og Post", "Bygningsservice"], ["Køkkenmedarbejder", "Servicemedarbejder", "Receptionist", "Pedel", "Ernæringsassistent"], "Servicechef", 9),
            new("hr-sekretariat", "Direktionssekretariatet", ["Politisk Sekretariat", "Arkiv og Journal"], ["Fuldmægtig", "Specialkonsulent", "Journalmedarbejder", "Kommunikationskonsulent", "Jurist"], "Sekretariatschef", 8),
        ]),
    ];

    public static OfficePlan Office(string code) =>
        Departments.SelectMany(d => d.Offices).FirstOrDefault(o => o.Code == code) ?? throw new ArgumentException("no office " + code, nameof(code));
}
