namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// The broad competences: parents of the specific ones and what most staff hold. No query is about them; their
/// documents are the ordinary professional writing of an organisation.
/// </summary>
internal static partial class Taxonomy
{
    private static readonly Topic[] General =
    [
        new("c-hr", "HR og personale", null, "Det brede personaleområde: ansættelse, udvikling, arbejdsmiljø, løn og fratrædelse.")
        {
            Synonyms = ["HR", "personaleområdet", "personaleadministration"],
            Terms = ["personaleområdet", "HR-processerne", "personalepolitikken", "lønforhandlingerne"],
            Sentences =
            [
                "Personalepolitikken bliver revideret i år, og udkastet ligger klar til høring.",
                "Lønforhandlingerne foregår i april, og kriterierne for lokal løn er offentliggjort på intranettet.",
                "HR hjælper med ansættelsesbreve, opsigelser og spørgsmål om overenskomster.",
                "Seniorordningerne er ændret, så medarbejdere over 60 kan søge om nedsat tid.",
            ],
            Offices = ["hr-hr"],
        },
        new("c-personalejura", "Personalejura", "c-hr", "Ansættelsesret i kommunen: advarsler, afskedigelser, tjenestemænd, overenskomster og ferie.")
        {
            Synonyms = ["ansættelsesret", "arbejdsret"],
            Terms = ["ansættelsesretten", "advarslen", "partshøringen", "overenskomsten", "ferieloven"],
            Sentences =
            [
                "En advarsel skal være skriftlig og beskrive, hvad medarbejderen skal ændre, og hvad konsekvensen ellers bliver.",
                "Partshøring er et krav efter forvaltningsloven, før der træffes afgørelse om afsked.",
                "Ferieloven giver ret til fem ugers ferie, som optjenes og afholdes samtidig.",
                "Tjenestemænd har andre regler for afsked og pension end overenskomstansatte.",
            ],
            Offices = ["hr-hr"],
        },
        new("c-ledelse", "Ledelse", null, "Ledelse af medarbejdere og opgaver: personaleledelse, faglig ledelse og strategisk ledelse.")
        {
            Synonyms = ["personaleledelse", "ledelsesopgaver"],
            Terms = ["ledelsen", "personaleledelsen", "den faglige ledelse", "ledelsesgrundlaget"],
            Sentences =
            [
                "Ledelsesgrundlaget beskriver, hvad medarbejderne kan forvente af deres leder.",
                "Den faglige ledelse er lige så vigtig som personaleledelsen, især i store teams.",
                "Ledergruppen mødes hver anden uge og prioriterer opgaverne for den kommende periode.",
                "Medarbejderudviklingssamtalerne skal være afholdt inden udgangen af maj.",
            ],
            Offices = [],
        },
        new("c-okonomi", "Økonomi", null, "Økonomistyring, regnskab, indkøb og analyse i kommunen.")
        {
            Synonyms = ["økonomistyring", "regnskab"],
            Terms = ["regnskabet", "indkøbsaftalerne", "økonomisystemet", "bilagene"],
            Sentences =
            [
                "Regnskabet for sidste år blev aflagt til tiden og viser et lille overskud på driften.",
                "Indkøb skal ske gennem kommunens indkøbsaftaler, også når det gælder småting.",
                "Bilag skal være godkendt i økonomisystemet inden den femte i måneden.",
                "Revisionen har ingen væsentlige bemærkninger til årets regnskab.",
            ],
            Offices = ["hr-okonomi"],
        },
        new("c-administration", "Administration og sekretariatsbetjening", null, "Sagsbehandling, sekretariatsbetjening af udvalg, post, journal og mødeplanlægning.")
        {
            Synonyms = ["sekretariatsbetjening", "kontorarbejde", "sagsbehandling"],
            Terms = ["sekretariatsbetjeningen", "udvalgsmøderne", "dagsordenssystemet", "postfordelingen"],
            Sentences =
            [
                "Dagsordener til udvalgsmøderne skal være i systemet en uge før mødet.",
                "Sekretariatet sørger for referater, opfølgning og svar på spørgsmål fra politikerne.",
                "Fællespostkassen tømmes to gange om dagen, og henvendelser fordeles samme dag.",
                "Vi har ensrettet skabelonerne, så breve fra alle afdelinger ser ens ud.",
            ],
            Offices = ["hr-sekretariat", "sb-ydelse", "bd-borgerservice"],
        },
        new("c-digitalisering", "Digitalisering", null, "Digital udvikling af kommunens opgaver, systemer og services.")
        {
            Synonyms = ["digital transformation", "digital udvikling"],
            Terms = ["digitaliseringen", "de digitale løsninger", "digitaliseringsstrategien", "fagsystemerne"],
            Sentences =
            [
                "Digitaliseringsstrategien har fire spor: borgerne, medarbejderne, data og infrastruktur.",
                "Nye fagsystemer skal vurderes på både gevinster, sikkerhed og brugervenlighed.",
                "Vi har automatiseret udsendelsen af påmindelser, så sagsbehandlerne sparer tid.",
                "Digital post er nu hovedreglen for al kommunikation med borgere og virksomheder.",
            ],
            Offices = ["bd-digi"],
        },
        new("c-it-drift", "IT-drift og support", "c-digitalisering", "Drift af netværk, servere, computere og telefoner; brugersupport og servicedesk.")
        {
            Synonyms = ["IT-support", "servicedesk", "IT-infrastruktur"],
            Terms = ["servicedesken", "IT-driften", "netværket", "serverne", "brugersupporten"],
            Sentences =
            [
                "Servicedesk har åbent fra kl. 7.30 til 16 og kan kontaktes på telefon og i selvbetjeningsportalen.",
                "Alle computere får automatiske opdateringer om natten, så husk at lade dem stå tændt om torsdagen.",
                "Det trådløse netværk på skolerne er blevet udskiftet, og dækningen er meget bedre.",
                "Mobiltelefoner udleveres af IT, og de skal returneres ved fratrædelse.",
            ],
            Offices = ["bd-it"],
        },
        new("c-skole", "Skole og undervisning", null, "Undervisning, didaktik, klasseledelse og skolens samarbejde med forældre.")
        {
            Synonyms = ["undervisning", "didaktik", "folkeskolen"],
            Terms = ["undervisningen", "klasseledelsen", "skole-hjem-samarbejdet", "fagdidaktikken", "elevplanerne"],
            Sentences =
            [
                "Klasseledelse handler om tydelige rammer og gode relationer, og begge dele kræver forberedelse.",
                "Skole-hjem-samtalerne ligger i uge 46, og forældrene booker tid i intra.",
                "Elevernes iPads bliver udskiftet, og IT-mentorerne fra 8. klasse hjælper de yngste i gang.",
                "Vi har lavet fælles årsplaner i dansk og matematik på tværs af årgangene.",
            ],
            Offices = ["bu-skole"],
        },
        new("c-paedagogik", "Pædagogik", null, "Pædagogisk arbejde i dagtilbud, skole og fritid: læreplaner, leg, relationer og inklusion.")
        {
            Synonyms = ["pædagogisk arbejde", "læreplaner", "inklusion"],
            Terms = ["den pædagogiske læreplan", "legen", "børnefællesskaberne", "inklusionen", "relationsarbejdet"],
            Sentences =
            [
                "Den pædagogiske læreplan skal evalueres hvert andet år sammen med forældrebestyrelsen.",
                "Børnefællesskaberne styrkes, når de voksne er til stede i legen, ikke kun ved siden af.",
                "Vi arbejder med små grupper om formiddagen, så alle børn bliver set.",
                "Sprogvurderingerne af treårige er gennemført, og forældrene får besked i denne måned.",
            ],
            Offices = ["bu-dagtilbud", "bu-sfo", "bu-skole"],
        },
        new("c-unge", "Unge og uddannelse", null, "Unges vej gennem uddannelse og ind på arbejdsmarkedet.")
        {
            Synonyms = ["ungeindsats", "ungdomsuddannelse"],
            Terms = ["ungeindsatsen", "de unge", "ungdomsuddannelserne", "uddannelsesplanerne"],
            Sentences =
            [
                "Ungeindsatsen samler vejledning, jobcenter og socialområde om de unge, der har brug for det.",
                "Målet er, at 90 procent af de unge gennemfører en ungdomsuddannelse, før de fylder 25.",
                "Vi holder åbent hus for forældre til elever i 8. klasse i januar.",
            ],
            Offices = ["bu-unge"],
        },
        new("c-sundhed", "Sundhed og omsorg", null, "Sundhed, pleje, omsorg og forebyggelse for borgere i alle aldre.")
        {
            Synonyms = ["ældreområdet", "sundhedsområdet"],
            Terms = ["ældreområdet", "sundhedsindsatsen", "forebyggelsen", "borgernes sundhed"],
            Sentences =
            [
                "Forebyggende hjemmebesøg tilbydes til alle borgere, når de fylder 75.",
                "Sundhedsindsatsen skal i højere grad ske i borgerens eget hjem.",
                "Vi samarbejder med de praktiserende læger om borgere med kroniske sygdomme.",
            ],
            Offices = ["bu-sundhedspleje"],
        },
        new("c-pleje", "Pleje og omsorg", "c-sundhed", "Personlig pleje, praktisk hjælp, sygepleje og omsorg i hjemmet og på plejecentre.")
        {
            Synonyms = ["hjemmepleje", "personlig pleje", "sygepleje"],
            Terms = ["plejen", "den personlige pleje", "hjemmeplejen", "sygeplejen", "besøgene"],
            Sentences =
            [
                "Borgere i hjemmeplejen får besøg efter en visiteret plan, som justeres, når behovet ændrer sig.",
                "Sår, medicin og tryksår er de hyppigste sygeplejeopgaver i hjemmet.",
                "Faste teams omkring borgeren giver færre nye ansigter og mere tryghed.",
                "Kørselslisterne opdateres dagligt kl. 14, så aftenvagten kan se ændringerne.",
            ],
            Offices = ["so-hjemmepleje", "so-pleje", "so-sygepleje"],
        },
        new("c-rehabilitering", "Rehabilitering og genoptræning", "c-sundhed", "Genoptræning efter sygehusophold, hverdagsrehabilitering og vedligeholdende træning.")
        {
            Synonyms = ["genoptræning", "hverdagsrehabilitering", "træning"],
            Terms = ["genoptræningen", "hverdagsrehabiliteringen", "træningsplanen", "genoptræningsplanen"],
            Sentences =
            [
                "Genoptræningsplanen fra sygehuset skal være modtaget, før træningen kan begynde.",
                "Hverdagsrehabilitering betyder, at borgeren træner de hverdagsaktiviteter, der er vigtige for dem.",
                "Holdtræningen i træningscentret har venteliste på to uger.",
            ],
            Offices = ["so-rehab"],
        },
        new("c-beskaeftigelse", "Beskæftigelse", null, "Beskæftigelsesindsatsen for ledige, sygemeldte og virksomheder.")
        {
            Synonyms = ["beskæftigelsesindsats", "jobcenter"],
            Terms = ["beskæftigelsesindsatsen", "de ledige", "virksomhedspraktik", "sygedagpengene", "jobsamtalerne"],
            Sentences =
            [
                "Jobsamtalerne holdes nu oftere ude på virksomhederne end på jobcentret.",
                "Virksomhedspraktik er stadig den indsats, der oftest fører til job.",
                "Sygedagpengesagerne skal følges op inden for otte uger.",
                "Virksomhedsservice har besøgt {n}0 virksomheder i kvartalet.",
            ],
            Offices = ["sb-jobcenter", "sb-ydelse"],
        },
        new("c-socialomraadet", "Handicap og socialområdet", null, "Sociale indsatser for voksne med handicap eller psykiske vanskeligheder: bostøtte, botilbud og hjælpemidler.")
        {
            Synonyms = ["voksenhandicap", "socialpsykiatri", "bostøtte"],
            Terms = ["bostøtten", "botilbuddene", "handicapområdet", "socialpsykiatrien"],
            Sentences =
            [
                "Bostøtten tilrettelægges efter borgerens mål og evalueres hvert halve år.",
                "Botilbuddet har fået nye lejligheder, så beboerne kan have mere privatliv.",
                "Handicaprådet har afgivet høringssvar om den nye politik.",
            ],
            Offices = ["sb-handicap"],
        },
        new("c-teknik-miljo", "Teknik og miljø", null, "Planlægning, byggeri, veje, natur, miljø og forsyning.")
        {
            Synonyms = ["teknisk forvaltning", "plan og miljø"],
            Terms = ["vejene", "lokalplanen", "miljøgodkendelsen", "vejarbejdet", "grønne områder"],
            Sentences =
            [
                "Vejarbejdet på Ringvejen fortsætter til uge 40, og der er skiltet omkørsel.",
                "Lokalplanen for det nye boligområde er sendt i offentlig høring.",
                "Parkafdelingen planter {n}00 nye træer i år.",
                "Snerydningen følger en prioriteret rute, hvor busveje og cykelstier kommer først.",
            ],
            Offices = ["tm-vej", "tm-klima", "tm-affald", "tm-byg"],
        },
        new("c-borgerservice", "Borgerservice", null, "Betjening af borgere i skranke, telefon og digitalt: pas, kørekort, ydelser og vejledning.")
        {
            Synonyms = ["borgerbetjening", "kundeservice"],
            Terms = ["borgerservice", "skranken", "tidsbestillingen", "telefonkøen", "pas og kørekort"],
            Sentences =
            [
                "Pas og kørekort kræver tidsbestilling, og der er ledige tider inden for en uge.",
                "Telefonkøen er længst mandag formiddag; vi har derfor flyttet personale fra skranken.",
                "Borgerservice hjælper borgere, der ikke kan bruge de digitale løsninger selv.",
                "Ventetiden i borgerservice er i gennemsnit {n} minutter.",
            ],
            Offices = ["bd-borgerservice"],
        },
        new("c-kantine", "Kantinedrift og madservice", null, "Drift af kantiner og køkkener: menuplaner, indkøb, hygiejne og madspild.")
        {
            Synonyms = ["storkøkken", "kantine", "madservice"],
            Terms = ["kantinen", "menuplanen", "køkkenet", "madspildet", "egenkontrollen"],
            Sentences =
            [
                "Menuplanen følger årstiderne, og der er altid en grøn ret.",
                "Madspildet i kantinen er halveret, efter at vi begyndte at veje resterne.",
                "Egenkontrollen i køkkenet er godkendt ved fødevarekontrollens besøg med en glad smiley.",
                "Mødeforplejning bestilles senest to hverdage før i bestillingssystemet.",
            ],
            Offices = ["hr-service"],
        },
    ];
}
