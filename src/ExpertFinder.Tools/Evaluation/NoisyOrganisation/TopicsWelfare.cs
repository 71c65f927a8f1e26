namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>The welfare topics: children and schools, young people, health and care, employment and disability.</summary>
internal static partial class Taxonomy
{
    private static readonly Topic[] Welfare =
    [
        new("c-ppr", "Pædagogisk psykologisk rådgivning", "c-skole", "Rådgivning og udredning af børn i dagtilbud og skole: psykologiske undersøgelser, konsultative forløb og specialpædagogisk bistand.")
        {
            Synonyms = ["PPR", "pædagogisk-psykologisk vurdering", "skolepsykolog"],
            Terms = ["PPR", "den pædagogisk-psykologiske vurdering", "skolepsykologen", "konsultative forløb", "PPV'en", "psykologiske undersøgelser", "specialpædagogisk bistand"],
            Sentences =
            [
                "PPR arbejder konsultativt: vi kommer ud på skolen og drøfter barnet med lærere og forældre, før vi tester.",
                "En pædagogisk-psykologisk vurdering skal beskrive barnets styrker og vanskeligheder og give konkrete anbefalinger.",
                "Ventetiden på en psykologisk undersøgelse er nu {n} uger; akutte sager prioriteres.",
                "Skolepsykologen deltager i skolens ressourcemøder hver måned og kan kontaktes direkte af lærerne.",
                "Forældre skal give samtykke, før PPR indhenter oplysninger fra andre fagpersoner.",
                "Vi har lavet en ny model for samarbejdet mellem PPR og dagtilbud, hvor tale-høre-konsulenten kommer tidligere ind.",
            ],
            Titles = ["PPR's konsultative model", "Sådan henviser du til PPR", "Pædagogisk-psykologisk vurdering: skabelon", "Samarbejdet mellem PPR og skolerne"],
            ExpertTitles = ["Skolepsykolog", "Psykolog i PPR", "Faglig leder, PPR"],
            Offices = ["bu-ppr"],
            BioLines = ["Jeg er psykolog i PPR og laver {t} for børn i indskolingen.", "Jeg har arbejdet i PPR i {n} år med udredning og konsultative forløb."],
        },
        new("c-fritidsordning", "Skolefritidsordning", "c-paedagogik", "Fritidspædagogik før og efter skoletid for de yngste elever, og samarbejdet mellem skole og fritid.")
        {
            Synonyms = ["fritidspædagogik", "fritidsdel", "fritidsordning"],
            Terms = ["fritidspædagogikken", "fritidsdelen", "eftermiddagen i fritidsordningen", "samarbejdet mellem skole og fritid", "fritidspædagogerne"],
            Short = new("SFO", "skolefritidsordning"),
            Sentences =
            [
                "I {a}'en er legen i centrum, men vi planlægger også aktiviteter, der styrker børnenes fællesskaber.",
                "Overgangen fra børnehave til {a} begynder allerede i april, hvor de kommende skolebørn starter i mini-{a}.",
                "{a}-pædagogerne deltager i undervisningen om formiddagen og kender derfor børnene fra begge sider af dagen.",
                "Forældretaksten for {a} er fastsat af byrådet, og der kan søges om økonomisk friplads.",
                "Vi har lavet en ny pædagogisk læreplan for {a}, der beskriver leg, bevægelse og fællesskab.",
                "Lukkedage i {a}'en skal varsles senest {n} måneder før.",
            ],
            Titles = ["Pædagogisk plan for {a}", "Mini-{a}: overgangen fra børnehave", "Samarbejdet mellem skole og {a}", "Forældreinformation om {a}"],
            ExpertTitles = ["SFO-leder", "Pædagogisk leder, fritid", "Fritidspædagog"],
            Offices = ["bu-sfo"],
            BioLines = ["Jeg er uddannet pædagog og har arbejdet med {t} i {n} år.", "Jeg står for overgangen fra børnehave til skole og fritid."],
        },
        new("c-ordblindhed", "Ordblindhed", "c-skole", "Læse- og skrivevanskeligheder hos børn og voksne: test, hjælpemidler og undervisning.")
        {
            Synonyms = ["dysleksi", "læse- og skrivevanskeligheder", "ordblindetest"],
            Terms = ["ordblindhed", "ordblinde elever", "ordblindetesten", "læsevanskeligheder", "læse- og skriveteknologi", "oplæsningsprogrammer", "ordblindeundervisning"],
            Sentences =
            [
                "Ordblindetesten kan tages fra slutningen af 3. klasse, og den viser, om eleven er ordblind, usikker eller ikke ordblind.",
                "Ordblinde elever skal have adgang til læse- og skriveteknologi i alle fag, også til prøverne.",
                "Vi har uddannet en ressourceperson for ordblindhed på hver skole, som lærerne kan gå til.",
                "Tidlig indsats virker: elever med læsevanskeligheder i 1. klasse får intensive forløb på {n} uger.",
                "Oplæsningsprogrammer og ordforslagsprogrammer skal være installeret på elevernes computere fra første dag.",
                "Forældre til ordblinde børn efterspørger viden om, hvordan de kan støtte lektielæsningen hjemme.",
            ],
            Titles = ["Handleplan for ordblinde elever", "Læse- og skriveteknologi i undervisningen", "Ordblindetest: sådan gør vi", "Ressourcepersoner for ordblindhed"],
            ExpertTitles = ["Læsevejleder", "Ordblindekonsulent", "Læsekonsulent"],
            Offices = ["bu-skole", "bu-ppr"],
            BioLines = ["Jeg er læsevejleder og ressourceperson for {t}.", "Jeg tester og rådgiver om {t} og læse- og skriveteknologi."],
        },
        new("c-skolefravaer", "Skolefravær", "c-skole", "Bekymrende og ufrivilligt skolefravær: tidlig opsporing, samarbejde med forældre og tilbagevenden til skolen.")
        {
            Synonyms = ["ufrivilligt skolefravær", "skolevægring", "bekymrende fravær"],
            Terms = ["skolefraværet", "bekymrende fravær", "ufrivilligt skolefravær", "fraværsprocedure", "elever, der ikke kommer i skole", "tilbagevenden til skolen", "fraværsregistreringen"],
            Sentences =
            [
                "Ufrivilligt skolefravær opstår sjældent pludseligt; de første tegn er ofte enkeltdage og ondt i maven om mandagen.",
                "Vores fraværsprocedure siger, at skolen kontakter forældrene på første fraværsdag og holder møde ved {n} procent fravær.",
                "Tilbagevenden til skolen planlægges i små skridt sammen med eleven, forældrene og en fast voksen.",
                "Ved bekymrende fravær inddrages PPR og socialrådgiveren tidligt, så indsatsen bliver helhedsorienteret.",
                "Angst er en hyppig årsag til, at elever ikke kommer i skole, og det kræver et andet svar end sanktioner.",
                "Vi har samlet erfaringerne fra {n} forløb, hvor elever kom tilbage efter lang tids fravær.",
            ],
            Titles = ["Procedure ved bekymrende skolefravær", "Når eleven ikke kommer i skole", "Ufrivilligt skolefravær: erfaringer", "Tilbage i skole trin for trin"],
            ExpertTitles = ["Fraværskonsulent", "Skolesocialrådgiver", "Pædagogisk konsulent, skolefravær"],
            Offices = ["bu-skole", "bu-ppr"],
            BioLines = ["Jeg arbejder med {t} og hjælper skoler og familier, når et barn ikke kommer i skole.", "Jeg har været med til at lave kommunens fraværsprocedure."],
        },
        new("c-ungevejledning", "Uddannelsesvejledning", "c-unge", "Vejledning af unge om valg af ungdomsuddannelse, uddannelsesparathed og overgangen fra grundskole.")
        {
            Synonyms = ["uddannelsesparathed", "vejledning af unge", "ungevejledning"],
            Terms = ["uddannelsesvejledningen", "uddannelsesparathedsvurderingen", "vejledningssamtalen", "valget af ungdomsuddannelse", "uddannelsesplanen", "brobygning"],
            Short = new("UU", "Ungdommens Uddannelsesvejledning"),
            Sentences =
            [
                "{a} vurderer elevernes uddannelsesparathed i 8. klasse og følger op i 9. klasse.",
                "Vejledningssamtalen med en {a}-vejleder tager udgangspunkt i elevens egne ønsker og styrker.",
                "Elever, der ikke er uddannelsesparate, får en plan for, hvad de skal arbejde med, og tilbud om brobygning.",
                "{a} har kontakt til unge under 25 år, der hverken er i uddannelse eller job.",
                "Samarbejdet mellem {a}, skolerne og jobcentret er samlet i den kommunale ungeindsats.",
                "Brobygningsforløbene giver eleverne {n} dage på en ungdomsuddannelse, før de vælger.",
            ],
            Titles = ["Uddannelsesparathedsvurdering i {a}", "Vejledning i 8. og 9. klasse", "Brobygning: plan for {y}", "{a}-vejledernes årsberetning"],
            ExpertTitles = ["Uddannelsesvejleder", "UU-vejleder", "Ungevejleder"],
            Offices = ["bu-unge"],
            BioLines = ["Jeg er uddannelsesvejleder og taler hver dag med unge om {t}.", "Jeg har vejledt unge i {n} år."],
        },
        new("c-grunduddannelse", "Forberedende grunduddannelse", "c-unge", "Uddannelsestilbuddet for unge under 25, der ikke er klar til en ungdomsuddannelse eller et job, og målgruppevurderingen til det.")
        {
            Synonyms = ["målgruppevurdering", "forberedende tilbud"],
            Terms = ["målgruppevurderingen", "de forberedende spor", "produktionsgrundforløbet", "erhvervsgrunduddannelsen", "almen grunduddannelse"],
            Short = new("FGU", "forberedende grunduddannelse"),
            Sentences =
            [
                "Kommunen skal lave en målgruppevurdering, før en ung kan starte på {a}.",
                "{a} har tre spor: almen grunduddannelse, produktionsgrunduddannelse og erhvervsgrunduddannelse.",
                "Vi har faste møder med {a}-skolen om de unge, der er i risiko for at falde fra.",
                "En elev på {a} får skoleydelse, og den unge skal have en uddannelsesplan.",
                "Fastholdelse på {a} kræver en kontaktperson, der kender den unge og kan samle trådene med jobcenter og socialforvaltning.",
                "I {y} startede {n}0 unge fra kommunen på {a}, og frafaldet er faldet.",
            ],
            Titles = ["Målgruppevurdering til {a}", "Samarbejdsaftale med {a}-skolen", "Unge på {a}: status {y}", "Fastholdelse på {a}"],
            ExpertTitles = ["Ungekonsulent", "Uddannelsesvejleder", "Koordinator for ungeindsatsen"],
            Offices = ["bu-unge", "sb-jobcenter"],
            BioLines = ["Jeg laver målgruppevurderinger og følger unge på {a}.", "Jeg er kommunens kontakt til {a}-skolen."],
        },
        new("c-saerlig-ungdomsuddannelse", "Særligt tilrettelagt ungdomsuddannelse", "c-unge", "Den treårige ungdomsuddannelse for unge med funktionsnedsættelser: visitation, forløb og overgang til voksenlivet.")
        {
            Synonyms = ["ungdomsuddannelse for unge med særlige behov", "særlig ungdomsuddannelse"],
            Terms = ["den særligt tilrettelagte ungdomsuddannelse", "uddannelsesforløbet", "visitationen", "unge med særlige behov", "overgangen til voksenlivet", "praktikforløbene"],
            Short = new("STU", "særligt tilrettelagt ungdomsuddannelse"),
            Sentences =
            [
                "{a} er en treårig uddannelse for unge, der ikke kan gennemføre en anden ungdomsuddannelse, selv med støtte.",
                "Visitationen til {a} sker på baggrund af en vurdering fra vejledningen og en individuel uddannelsesplan.",
                "Et {a}-forløb kombinerer undervisning, praktik og træning i at klare sig selv.",
                "Overgangen fra {a} til voksenlivet skal planlægges mindst et år før, sammen med handicapområdet.",
                "Vi har {n} forskellige udbydere af {a}, og forældrene kan pege på et ønske.",
            ],
            Titles = ["Visitation til {a}", "{a}-forløb: kvalitet og opfølgning", "Efter {a}: overgangen til voksenlivet", "Udbydere af {a}"],
            ExpertTitles = ["STU-koordinator", "Ungevejleder", "Socialrådgiver, unge med handicap"],
            Offices = ["bu-unge", "sb-handicap"],
            BioLines = ["Jeg visiterer til {a} og følger de unges forløb.", "Jeg arbejder med unge med særlige behov og deres uddannelse."],
        },
        new("c-hjerneskade", "Hjerneskaderehabilitering", "c-rehabilitering", "Genoptræning og rehabilitering af voksne med erhvervet hjerneskade efter apopleksi, ulykke eller sygdom.")
        {
            Synonyms = ["erhvervet hjerneskade", "neurorehabilitering", "apopleksi"],
            Terms = ["erhvervet hjerneskade", "hjerneskaderehabiliteringen", "neurorehabilitering", "borgere med hjerneskade", "apopleksi", "hjernerystelse", "den neurologiske genoptræning"],
            English = ["acquired brain injury", "neurorehabilitation"],
            Sentences =
            [
                "Borgere med erhvervet hjerneskade har brug for et koordineret forløb fra udskrivning til genoptræning og arbejde.",
                "Neuroteamet tilbyder specialiseret genoptræning efter apopleksi i op til {n} måneder.",
                "Hjernetræthed er en af de mest oversete følger af hjerneskade, og det påvirker både arbejde og familieliv.",
                "En hjerneskadekoordinator sørger for, at borgeren og de pårørende har én indgang til kommunen.",
                "Vi har lavet et forløbsprogram for voksne med hjerneskade sammen med regionen.",
                "Efter en hjernerystelse anbefaler vi gradvis tilbagevenden til aktivitet frem for fuld hvile.",
            ],
            EnglishSentences =
            [
                "People with acquired brain injury need one coordinated pathway from hospital discharge to rehabilitation and work.",
                "Fatigue is one of the most overlooked consequences of brain injury.",
                "Our neurorehabilitation team offers specialised training for up to six months after a stroke.",
            ],
            Titles = ["Forløbsprogram for voksne med erhvervet hjerneskade", "Hjernetræthed: vejledning til borgere og pårørende", "Neurorehabilitering i kommunen", "Hjerneskadekoordinatorens opgaver"],
            ExpertTitles = ["Hjerneskadekoordinator", "Fysioterapeut, neurologisk rehabilitering", "Ergoterapeut, neuroteamet"],
            Offices = ["so-rehab"],
            BioLines = ["Jeg er hjerneskadekoordinator og følger borgere med {t}.", "Jeg har arbejdet med {t} i {n} år, først på hospitalet og nu i kommunen."],
        },
        new("c-demens", "Demens", "c-sundhed", "Pleje, omsorg og rådgivning for borgere med demens og deres pårørende; demensvenlige boliger og tilbud.")
        {
            Synonyms = ["demenssygdom", "demensomsorg", "Alzheimers sygdom"],
            Terms = ["demens", "demente borgere", "borgere med demens", "demensområdet", "demensvenlige boliger", "pårørende til mennesker med demens", "demenskoordinatoren"],
            English = ["dementia", "dementia care", "dementia-friendly"],
            Sentences =
            [
                "Demenskoordinatoren er den faste indgang for borgere med demens og deres pårørende.",
                "En demensvenlig bolig har tydelige farver, gode lysforhold og ingen spejle, der kan forvirre.",
                "Pårørendecaféen for pårørende til mennesker med demens mødes den første tirsdag i måneden.",
                "Udadreagerende adfærd hos borgere med demens kan ofte forebygges med den rette tilgang og ro.",
                "Vi har uddannet {n} demensnøglepersoner på plejecentrene, som kolleger kan spørge til råds.",
                "Tidlig opsporing af demens i hjemmeplejen kræver, at medarbejderne kender de første tegn.",
            ],
            EnglishSentences =
            [
                "Dementia care at home depends on staff who recognise the early signs and know the family.",
                "A dementia-friendly home has clear colours, good lighting and no mirrors that may confuse.",
                "Our dementia coordinator is the single point of contact for citizens with dementia and their relatives.",
            ],
            Titles = ["Demensvenlige boliger", "Demenshåndbog for hjemmeplejen", "Pårørende til mennesker med demens", "Udadreagerende adfærd hos borgere med demens"],
            ExpertTitles = ["Demenskoordinator", "Demenskonsulent", "Sygeplejerske, demensteamet"],
            Offices = ["so-sygepleje", "so-pleje"],
            BioLines = ["Jeg er demenskoordinator og rådgiver borgere med {t} og deres pårørende.", "Jeg har arbejdet med {t} i {n} år."],
        },
        new("c-velfaerdsteknologi", "Velfærdsteknologi", "c-sundhed", "Teknologi i pleje og omsorg: skærmbesøg, medicinrobotter, vasketoiletter, sensorer og implementeringen af dem.")
        {
            Synonyms = ["skærmbesøg", "medicinrobot", "digitale hjælpemidler"],
            Terms = ["velfærdsteknologien", "skærmbesøgene", "medicinrobotterne", "vasketoiletter", "sensorer", "teknologiske hjælpemidler", "implementeringen af velfærdsteknologi"],
            Sentences =
            [
                "Skærmbesøg kan erstatte nogle fysiske besøg i hjemmeplejen, men ikke alle borgere er egnede.",
                "Medicinrobotten minder borgeren om medicinen og giver besked til hjemmeplejen, hvis dosen ikke tages.",
                "Implementeringen af velfærdsteknologi lykkes kun, når medarbejderne er med fra starten.",
                "Vi har afprøvet sensorer i sengene på to plejecentre, og natteroen er blevet bedre.",
                "Vasketoiletter giver borgerne mere selvhjulpenhed og sparer {n} besøg om ugen i gennemsnit.",
                "Hver afdeling har en teknologiansvarlig, der kan hjælpe kolleger med de nye løsninger.",
            ],
            Titles = ["Erfaringer med skærmbesøg", "Implementering af medicinrobotter", "Velfærdsteknologisk strategi", "Sensorer på plejecentrene: evaluering"],
            ExpertTitles = ["Velfærdsteknologisk konsulent", "Projektleder, velfærdsteknologi", "Ergoterapeut, teknologiteamet"],
            Offices = ["so-teknologi", "so-hjemmepleje"],
            BioLines = ["Jeg arbejder med {t} og hjælper teams med at tage nye løsninger i brug.", "Jeg har ledet afprøvningen af skærmbesøg."],
        },
        new("c-sosu-elever", "Social- og sundhedselever", "c-sundhed", "Uddannelse og praktik for elever på social- og sundhedsuddannelserne; praktikvejledning og fastholdelse.")
        {
            Synonyms = ["SSA-elever", "SSH-elever", "praktikvejledning", "SOSU-elever"],
            Terms = ["eleverne", "praktikperioden", "praktikvejledningen", "social- og sundhedsassistentelever", "elevforløbene", "praktikvejlederen", "fastholdelse af elever"],
            Sentences =
            [
                "Hver elev har en praktikvejleder, som har tid afsat til vejledning hver uge.",
                "SSA-eleverne har praktik både i hjemmeplejen, på plejecentre og i psykiatrien.",
                "Frafaldet blandt elever er størst i de første {n} uger af praktikken; derfor har vi styrket modtagelsen.",
                "Praktikvejlederne mødes i et netværk, hvor de deler erfaringer om svære elevforløb.",
                "En god praktikplan beskriver målene for perioden og de læringssituationer, eleven skal igennem.",
                "Vi samarbejder tæt med SOSU-skolen om elever, der har brug for ekstra støtte.",
            ],
            Titles = ["Praktikvejledning af SSA-elever", "Modtagelse af nye elever", "Fastholdelse af social- og sundhedselever", "Praktikplan: skabelon"],
            ExpertTitles = ["Praktikvejleder", "Elevkoordinator", "Uddannelseskonsulent, SOSU"],
            Offices = ["so-elever", "so-pleje", "so-hjemmepleje"],
            BioLines = ["Jeg er praktikvejleder og mentor for vores elever.", "Jeg koordinerer {t} i hele området."],
        },
        new("c-fleksjob", "Fleksjob", "c-beskaeftigelse", "Fleksjob og ressourceforløb: vurdering af arbejdsevne, rehabiliteringsteam og job på særlige vilkår.")
        {
            Synonyms = ["ressourceforløb", "rehabiliteringsteam", "job på særlige vilkår"],
            Terms = ["fleksjobordningen", "fleksjobbere", "ressourceforløbet", "rehabiliteringsteamet", "arbejdsevnen", "ledighedsydelse", "fleksløntilskuddet"],
            Sentences =
            [
                "Før en borger kan få fleksjob, skal sagen forelægges rehabiliteringsteamet med en ressourceprofil.",
                "Et ressourceforløb varer fra et til fem år og skal udvikle borgerens arbejdsevne.",
                "Mange fleksjob er på få timer om ugen, og virksomhederne skal hjælpes til at se mulighederne.",
                "Fleksløntilskuddet aftrappes, når lønnen stiger, og det skal borgeren have forklaret tydeligt.",
                "Vi har {n} virksomhedskonsulenter, der kun arbejder med at finde fleksjob.",
                "Ledighedsydelse udbetales, mens borgeren venter på et fleksjob.",
            ],
            Titles = ["Fleksjob: vejledning til sagsbehandlere", "Ressourceforløb i praksis", "Rehabiliteringsteamet: forberedelse af sager", "Fleksjob på få timer"],
            ExpertTitles = ["Jobkonsulent, fleksjob", "Socialrådgiver, ressourceforløb", "Virksomhedskonsulent"],
            Offices = ["sb-jobcenter"],
            BioLines = ["Jeg arbejder med {t} og finder job til borgere med nedsat arbejdsevne.", "Jeg forbereder sager til rehabiliteringsteamet."],
        },
        new("c-sagsstyring", "Helhedsorienteret sagsbehandling", "c-beskaeftigelse", "Koordinering af sager for borgere med komplekse problemer på tværs af jobcenter, socialområde og sundhed.")
        {
            Synonyms = ["koordinerende sagsbehandler", "tværfaglig sagsbehandling", "én plan"],
            Terms = ["helhedsorienteret sagsbehandling", "den koordinerende sagsbehandler", "én samlet plan", "tværfaglige sager", "borgere med komplekse problemer", "koordineringen af indsatser"],
            English = ["case management", "case manager", "integrated case management"],
            Sentences =
            [
                "Den koordinerende sagsbehandler samler indsatserne, så borgeren kun skal forholde sig til én plan.",
                "Borgere med komplekse problemer har i gennemsnit {n} sagsbehandlere, og det koster både tid og tillid.",
                "I helhedsorienteret sagsbehandling mødes borgeren, jobcentret og socialområdet ved samme bord.",
                "Vi har afprøvet en fælles plan på tværs af lovgivningerne i {n}0 sager med gode resultater.",
                "Tværfaglige sager kræver, at sagsbehandlerne kender hinandens lovgivning og tilbud.",
            ],
            EnglishSentences =
            [
                "Case management in the job centre means one case manager who coordinates all measures around the citizen.",
                "Citizens with complex problems often have many caseworkers; integrated case management replaces them with one plan.",
                "We evaluated our case management model in 40 cases and found shorter time to employment.",
            ],
            Titles = ["Én plan: helhedsorienteret sagsbehandling", "Den koordinerende sagsbehandler", "Evaluering af tværfaglig sagsbehandling", "Borgere med komplekse problemer"],
            ExpertTitles = ["Koordinerende sagsbehandler", "Socialrådgiver, tværfagligt team", "Faglig koordinator, jobcentret"],
            Offices = ["sb-jobcenter", "sb-handicap"],
            BioLines = ["Jeg er koordinerende sagsbehandler for borgere med komplekse sager.", "Jeg arbejder med {t} på tværs af forvaltningerne."],
        },
        new("c-bpa", "BPA-ordninger", "c-socialomraadet", "Hjælperordninger efter serviceloven for borgere med betydelig og varigt nedsat funktionsevne: udmåling, arbejdsgiverrollen og opfølgning.")
        {
            Synonyms = ["BPA", "hjælperordning", "handicaphjælper"],
            Terms = ["hjælperordningen", "hjælperordningerne", "udmålingen af timer", "arbejdsgiverrollen", "handicaphjælperne", "borgere med hjælperordning"],
            Short = new("BPA", "borgerstyret personlig assistance"),
            Sentences =
            [
                "Ved {a} er borgeren arbejdsleder for sine hjælpere og kan overdrage arbejdsgiveransvaret til en forening eller en virksomhed.",
                "Udmålingen af timer i en {a}-ordning tager udgangspunkt i borgerens samlede behov over døgnet.",
                "Borgeren skal kunne fungere som arbejdsleder, før {a} kan bevilges.",
                "Vi har samlet praksis for udmåling af {a} i en intern vejledning med {n} eksempler.",
                "Opfølgningen på {a}-sager skal ske mindst en gang om året.",
            ],
            Titles = ["Vejledning om {a}", "Udmåling af timer i {a}-sager", "Arbejdsgiverrollen i {a}", "Opfølgning på {a}"],
            ExpertTitles = ["Socialrådgiver, hjælperordninger", "Specialkonsulent, handicap"],
            Offices = ["sb-handicap"],
            BioLines = ["Jeg behandler sager om {a} og hjælperordninger.", "Jeg har arbejdet med {a} og handicapkompenserende ydelser i {n} år."],
        },
    ];
}
