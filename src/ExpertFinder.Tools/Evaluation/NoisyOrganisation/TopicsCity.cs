namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>The technical and administrative topics: climate and buildings, waste, records, data, service and security.</summary>
internal static partial class Taxonomy
{
    private static readonly Topic[] City =
    [
        new("c-klimatilpasning", "Klimatilpasning", "c-teknik-miljo", "Beskyttelse mod skybrud, oversvømmelser og stigende grundvand: planer, projekter og rådgivning af grundejere.")
        {
            Synonyms = ["skybrudssikring", "oversvømmelsessikring", "klimasikring"],
            Terms = ["klimatilpasningen", "skybrud", "skybrudssikringen", "oversvømmelser", "klimatilpasningsplanen", "kraftig regn", "højvandssikring"],
            Sentences =
            [
                "Klimatilpasningsplanen udpeger de områder, hvor risikoen for oversvømmelse ved skybrud er størst.",
                "Grundejere kan sikre kælderen mod skybrud med en højvandslukker på kloakken og tæt kældertrappe.",
                "Ved et skybrud falder der mere end 15 mm regn på en halv time, og kloakken kan ikke følge med.",
                "Vi har lavet skybrudskort, som borgerne kan bruge til at se, om deres grund ligger lavt.",
                "Klimatilpasning skal tænkes ind i lokalplaner, så nye boligområder kan tåle kraftig regn.",
                "Projektet ved åen kombinerer højvandssikring med nye stier og natur.",
            ],
            Titles = ["Klimatilpasningsplan {y}", "Sådan sikrer du dit hus mod skybrud", "Skybrudskort og risikoområder", "Klimatilpasning i nye lokalplaner"],
            ExpertTitles = ["Klimatilpasningskoordinator", "Civilingeniør, klima og vand"],
            Offices = ["tm-klima"],
            BioLines = ["Jeg er civilingeniør og arbejder med {t} og skybrudsplaner.", "Jeg rådgiver grundejere om sikring mod skybrud."],
        },
        new("c-regnvand", "Regnvandshåndtering", "c-klimatilpasning", "Håndtering af regnvand på egen grund og i byen: nedsivning, regnbede, faskiner og afkobling fra kloakken.")
        {
            Synonyms = ["nedsivning af regnvand", "regnbede", "faskiner"],
            Terms = ["nedsivning", "regnvandet", "faskinen", "regnbedet", "afkobling af tagvand", "grønne tage", "nedsivningstilladelsen"],
            Short = new("LAR", "lokal afledning af regnvand"),
            Sentences =
            [
                "Med {a} bliver regnvandet på grunden i stedet for at løbe i kloakken.",
                "En faskine kræver en nedsivningstilladelse, og jorden skal kunne tage vandet; lerjord egner sig dårligt.",
                "Grundejere, der afkobler tagvandet, kan få tilbagebetalt en del af tilslutningsbidraget.",
                "Regnbede er en billig form for {a}, som også giver plads til blomster og insekter.",
                "I det nye boligområde bliver alt regnvand håndteret med {a} i grøfter og bassiner.",
                "Vi har lavet en vejledning om {a} med {n} eksempler fra private haver.",
            ],
            Titles = ["Vejledning om {a}", "{a} i nye boligområder", "Nedsivning af regnvand på egen grund", "Regnbede og faskiner"],
            ExpertTitles = ["Miljømedarbejder, regnvand", "Landskabsarkitekt", "Ingeniør, spildevand"],
            Offices = ["tm-klima"],
            BioLines = ["Jeg behandler ansøgninger om nedsivning og arbejder med {a}.", "Jeg har tegnet regnbede og {a}-løsninger i {n} år."],
        },
        new("c-byggesag", "Byggesagsbehandling", "c-teknik-miljo", "Behandling af ansøgninger om byggetilladelse efter bygningsreglementet: carporte, tilbygninger, nybyggeri og ibrugtagning.")
        {
            Synonyms = ["byggetilladelse", "bygningsreglementet", "byggeansøgning"],
            Terms = ["byggetilladelsen", "byggesagen", "bygningsreglementet", "byggeansøgningen", "carporte og garager", "ibrugtagningstilladelsen", "afstandskravene"],
            Sentences =
            [
                "Carporte, garager og udhuse under 50 m² kan ofte opføres uden byggetilladelse, men afstandskravene skal overholdes.",
                "Byggeansøgningen sendes digitalt via Byg og Miljø med tegninger og statisk dokumentation.",
                "Sagsbehandlingstiden for en byggetilladelse til et enfamiliehus er nu {n} uger.",
                "Bygningsreglementet stiller krav til højde og afstand til skel, også for småbygninger.",
                "Vi har lavet en tjekliste, som reducerer antallet af mangelfulde ansøgninger.",
                "Når byggeriet er færdigt, skal der søges om ibrugtagningstilladelse, før man flytter ind.",
            ],
            Titles = ["Byggetilladelse til carporte og udhuse", "Tjekliste til byggeansøgninger", "Bygningsreglementet i praksis", "Sagsbehandlingstider for byggesager"],
            ExpertTitles = ["Byggesagsbehandler", "Bygningskonstruktør, byggesager"],
            Offices = ["tm-byg"],
            BioLines = ["Jeg behandler {t} og rådgiver om bygningsreglementet.", "Jeg har behandlet byggesager i {n} år."],
        },
        new("c-bbr", "Bygnings- og boligregistrering", "c-teknik-miljo", "Registrering og ajourføring af bygninger og boliger i BBR, og brugen af ejendomsdata.")
        {
            Synonyms = ["BBR", "BBR-registrering", "ejendomsdata"],
            Terms = ["BBR-registret", "BBR-meddelelsen", "ejendomsdataene", "registreringen af bygninger", "bygningsdata", "BBR-oplysningerne"],
            Sentences =
            [
                "BBR-meddelelsen viser ejendommens bygninger, arealer og installationer, og den danner grundlag for vurderingen.",
                "Ejeren har pligt til at sørge for, at oplysningerne i BBR er korrekte.",
                "Efter en byggesag opdaterer vi BBR, så det nye byggeri er registreret, når det tages i brug.",
                "Vi har ryddet op i {n} tusind forældede registreringer af skure og carporte.",
                "Ejendomsdata fra BBR bruges af SKAT, forsyningsselskaber og beredskabet.",
            ],
            Titles = ["Opdatering af BBR efter byggesager", "BBR-projektet: oprydning i registreringerne", "Vejledning om BBR-meddelelsen", "Ejendomsdata i kommunen"],
            ExpertTitles = ["BBR-medarbejder", "Geodatamedarbejder", "Specialist, ejendomsdata"],
            Offices = ["tm-byg"],
            BioLines = ["Jeg arbejder med BBR og ejendomsdata.", "Jeg har registreret bygninger i {n} år."],
        },
        new("c-affald", "Affaldssortering", "c-teknik-miljo", "Sortering af affald i husstande, institutioner og på arbejdspladser; genbrugspladser og affaldsordninger.")
        {
            Synonyms = ["kildesortering", "affaldsordning", "genbrug"],
            Terms = ["affaldssorteringen", "madaffaldet", "de ti affaldstyper", "genbrugspladsen", "affaldsspande", "plast og metal", "affaldsordningen"],
            Sentences =
            [
                "Alle husstande og institutioner skal sortere i ti affaldstyper, også madaffald og tekstiler.",
                "På plejecentrene er madaffaldet den største fraktion, og det skal i de grønne spande i køkkenet.",
                "Vi har lavet piktogrammer, så sorteringen kan forstås uden at læse dansk.",
                "Affaldsambassadørerne på skolerne lærer eleverne at sortere og tæller op hver måned.",
                "Farligt affald som batterier og maling skal afleveres på genbrugspladsen.",
                "Efter den nye ordning er restaffaldet faldet med {n}0 procent.",
            ],
            Titles = ["Affaldssortering på kommunens arbejdspladser", "Madaffald på plejecentre", "Affaldsambassadører i skolerne", "Den nye affaldsordning"],
            ExpertTitles = ["Affaldsplanlægger", "Miljøkonsulent, affald"],
            Offices = ["tm-affald"],
            BioLines = ["Jeg arbejder med {t} og hjælper institutioner med at sortere rigtigt.", "Jeg har været med til at indføre den nye affaldsordning."],
        },
        new("c-esdh", "Elektronisk sags- og dokumenthåndtering", "c-digitalisering", "Journalisering, sagsoprettelse og arkivering i kommunens ESDH-system efter offentlighedsloven.")
        {
            Synonyms = ["ESDH", "journalisering", "dokumenthåndtering"],
            Terms = ["journaliseringen", "ESDH-systemet", "sagsoprettelsen", "journaliseringspligten", "arkiveringen", "akteringen", "dokumenthåndteringen"],
            Sentences =
            [
                "Journaliseringspligten betyder, at alle dokumenter, der har betydning for en sag, skal journaliseres.",
                "I ESDH-systemet skal sagen have den rigtige KLE-nummerering og en sigende titel.",
                "Vi har lavet en kort guide til journalisering af mails direkte fra Outlook.",
                "Sager skal afsluttes, når de er færdigbehandlet, så de kan overføres til arkivet.",
                "Aktindsigt er langt nemmere at give, når journaliseringen er i orden.",
                "Superbrugerne af ESDH mødes hver måned og tager nye spørgsmål op.",
            ],
            Titles = ["Guide til journalisering", "ESDH for nye medarbejdere", "Journaliseringspligt og aktindsigt", "Superbrugernetværket for ESDH"],
            ExpertTitles = ["Journalmedarbejder", "ESDH-koordinator", "Dokumentationskonsulent"],
            Offices = ["hr-sekretariat", "bd-digi"],
            BioLines = ["Jeg er superbruger i ESDH og hjælper med {t}.", "Jeg underviser nye medarbejdere i journalisering."],
        },
        new("c-datastyring", "Datastyring", "c-digitalisering", "Ejerskab, kvalitet og beskrivelse af kommunens data: dataansvar, datakatalog, masterdata og datapolitik.")
        {
            Synonyms = ["dataejerskab", "datakvalitet", "datapolitik"],
            Terms = ["dataejerskabet", "datakvaliteten", "datapolitikken", "datakataloget", "dataansvarlige", "masterdata", "dataejere"],
            English = ["data governance", "data ownership", "data stewardship"],
            Sentences =
            [
                "Hver datakilde skal have en dataejer, der har ansvaret for kvalitet og adgang.",
                "Datapolitikken fastlægger, hvordan forvaltningerne beskriver, deler og rydder op i data.",
                "Datakataloget giver overblik over, hvilke data vi har, hvor de ligger, og hvem der ejer dem.",
                "Dårlig datakvalitet i fagsystemerne giver fejl i ledelsesinformationen, og det opdager man først sent.",
                "Vi har udnævnt {n} datastewards, som tager sig af de daglige spørgsmål om data i forvaltningerne.",
                "Masterdata om borgere og virksomheder hentes fra grunddataregistrene, ikke fra kopier.",
            ],
            EnglishSentences =
            [
                "Data governance is about who owns which data, who may use them, and how we keep them correct.",
                "Our data governance model names a data owner and a data steward for every source system.",
                "Poor data quality in case systems undermines management information long before anyone notices.",
                "We built a data catalogue so that departments can see which data exist and who owns them.",
            ],
            Titles = ["Datapolitik for {m} Kommune", "Dataejerskab i forvaltningerne", "Datakatalog: status", "Datakvalitet i fagsystemerne"],
            ExpertTitles = ["Datastrateg", "Dataarkitekt", "Chefkonsulent, data"],
            Offices = ["bd-digi"],
            BioLines = ["Jeg arbejder med {t} og dataejerskab på tværs af forvaltningerne.", "Jeg har skrevet kommunens datapolitik."],
        },
        new("c-servicedesign", "Servicedesign", "c-digitalisering", "Udvikling af borgerrettede services ud fra brugernes behov: brugerrejser, interviews, prototyper og test.")
        {
            Synonyms = ["service design", "brugerrejser", "brugercentreret design"],
            Terms = ["servicedesign", "brugerrejsen", "brugerrejser", "prototyper", "brugertest", "borgerens behov", "designprocessen"],
            English = ["service design", "user journey", "prototype"],
            Sentences =
            [
                "Servicedesign begynder med at forstå borgerens oplevelse, ikke med systemet.",
                "Vi kortlagde brugerrejsen for en borger, der skal have nyt pas, og fandt {n} unødvendige skridt.",
                "En papirprototype af den nye blanket blev testet med ti borgere i borgerservice på én formiddag.",
                "Interviews med borgerne viste, at de ikke forstod brevene, selv om de var juridisk korrekte.",
                "Designprocessen er iterativ: vi tester, retter og tester igen, før løsningen rulles ud.",
                "Vi bruger service design-metoder i borgerservice til at forbedre både telefon og skranke.",
            ],
            EnglishSentences =
            [
                "Service design starts with understanding the citizen's experience, not the IT system.",
                "We mapped the user journey for a citizen applying for a passport and removed several steps.",
                "A paper prototype tested with ten citizens told us more than months of internal meetings.",
            ],
            Titles = ["Servicedesign i borgerservice", "Brugerrejser: metode og eksempler", "Prototyper og brugertest", "Borgerens vej gennem kommunen"],
            ExpertTitles = ["Servicedesigner", "Forretningsudvikler, servicedesign"],
            Offices = ["bd-digi", "bd-borgerservice"],
            BioLines = ["Jeg er servicedesigner og arbejder med {t} i borgerrettede services.", "Jeg har uddannet kolleger i brugerrejser og prototyper."],
        },
        new("c-gdpr", "Databeskyttelse", "c-digitalisering", "Databeskyttelsesforordningen i praksis: behandlingsgrundlag, samtykke, brud på persondatasikkerheden og databehandleraftaler.")
        {
            Synonyms = ["GDPR", "persondata", "databeskyttelsesforordningen"],
            Terms = ["databeskyttelsen", "persondataene", "GDPR", "databehandleraftalen", "brud på persondatasikkerheden", "samtykke", "behandlingsgrundlaget"],
            Sentences =
            [
                "Et brud på persondatasikkerheden skal anmeldes til Datatilsynet inden for 72 timer.",
                "Skolerne må ikke dele billeder af elever på sociale medier uden forældrenes samtykke.",
                "Alle leverandører, der behandler persondata for os, skal have en databehandleraftale.",
                "Følsomme personoplysninger må kun sendes med sikker mail.",
                "Vi har lavet {n} korte film om GDPR i hverdagen til nye medarbejdere.",
                "Databeskyttelsesrådgiveren skal inddrages tidligt, når et nyt system skal behandle personoplysninger.",
            ],
            Titles = ["GDPR i skolerne", "Brud på persondatasikkerheden: sådan gør du", "Databehandleraftaler", "Persondata i hverdagen"],
            ExpertTitles = ["Databeskyttelsesrådgiver", "Jurist, databeskyttelse", "GDPR-koordinator"],
            Offices = ["bd-sikkerhed", "hr-sekretariat"],
            BioLines = ["Jeg rådgiver om {t} og persondata i hverdagen.", "Jeg er databeskyttelsesrådgiver for kommunen."],
        },
        new("c-itsikkerhed", "Informationssikkerhed", "c-digitalisering", "Sikkerhed for kommunens IT og information: phishing, adgangsstyring, beredskab ved angreb og sikkerhedskultur.")
        {
            Synonyms = ["IT-sikkerhed", "cybersikkerhed", "ISO 27001"],
            Terms = ["informationssikkerheden", "IT-sikkerheden", "phishing", "adgangsstyringen", "sikkerhedshændelser", "beredskabsplanen", "totrinsbekræftelse"],
            Sentences =
            [
                "De fleste angreb begynder med en phishingmail, og derfor træner vi alle medarbejdere to gange om året.",
                "Adgang til systemerne gives efter arbejdsbetinget behov og fjernes, når medarbejderen stopper.",
                "Beredskabsplanen beskriver, hvad vi gør de første {n} timer efter et ransomwareangreb.",
                "Totrinsbekræftelse er nu slået til på alle konti med adgang til følsomme data.",
                "Sikkerhedshændelser skal meldes til servicedesk med det samme, også hvis man er i tvivl.",
            ],
            Titles = ["Informationssikkerhedspolitik", "Phishing: sådan genkender du falske mails", "Beredskabsplan ved cyberangreb", "Adgangsstyring i fagsystemerne"],
            ExpertTitles = ["Informationssikkerhedskonsulent", "IT-sikkerhedsansvarlig"],
            Offices = ["bd-sikkerhed", "bd-it"],
            BioLines = ["Jeg arbejder med {t} og træner kolleger i at spotte phishing.", "Jeg står for kommunens beredskab ved cyberangreb."],
        },
        new("c-borgerinddragelse", "Borgerinddragelse", "c-borgerservice", "Inddragelse af borgere i planer, projekter og beslutninger: borgermøder, paneler, workshops og dialog.")
        {
            Synonyms = ["borgerdialog", "borgerpanel", "medborgerskab"],
            Terms = ["borgerinddragelsen", "borgermøderne", "borgerpanelet", "dialogmøder", "høringen", "inddragelsesprocessen", "lokale ildsjæle"],
            Sentences =
            [
                "Borgerinddragelse skal ske, før beslutningen er truffet, ellers føles det som pseudoinddragelse.",
                "Borgerpanelet har {n}00 medlemmer og svarer på korte spørgeskemaer fire gange om året.",
                "Ved borgermøderne om den nye skolestruktur brugte vi bordsamtaler i stedet for spørgsmål fra salen.",
                "Vi har lavet en guide til inddragelse med metoder til unge, ældre og travle børnefamilier.",
                "Lokale ildsjæle er uundværlige, når en landsby skal lave sin egen udviklingsplan.",
            ],
            Titles = ["Guide til borgerinddragelse", "Borgerpanelet: erfaringer", "Borgermøder, der virker", "Inddragelse af unge i byudvikling"],
            ExpertTitles = ["Konsulent, borgerinddragelse", "Lokaludviklingskonsulent"],
            Offices = ["bd-borgerservice", "tm-vej"],
            BioLines = ["Jeg arbejder med {t} og har holdt mange borgermøder.", "Jeg faciliterer dialog mellem borgere og forvaltning."],
        },
    ];
}
