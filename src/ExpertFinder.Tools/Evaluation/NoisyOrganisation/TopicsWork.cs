namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>The workplace topics: working environment, staff, leadership, meetings and money.</summary>
internal static partial class Taxonomy
{
    private static readonly Topic[] Work =
    [
        new("c-arbejdsmiljo", "Arbejdsmiljø", "c-hr", "Det fysiske og psykiske arbejdsmiljø: risikovurdering, forebyggelse og arbejdsmiljøorganisationens arbejde.")
        {
            Synonyms = ["psykisk arbejdsmiljø", "fysisk arbejdsmiljø", "arbejdsmiljøarbejde"],
            Terms = ["arbejdsmiljøet", "det psykiske arbejdsmiljø", "arbejdsmiljøarbejdet", "arbejdsmiljøorganisationen", "det fysiske arbejdsmiljø", "arbejdsmiljøindsatsen", "godt arbejdsmiljø"],
            English = ["work environment", "occupational health and safety"],
            Sentences =
            [
                "Arbejdsmiljøloven stiller krav om, at arbejdsgiveren sørger for et sikkert og sundt arbejdsmiljø, og i {m} Kommune tager vi det bogstaveligt.",
                "Det psykiske arbejdsmiljø er i dag den største kilde til sygefravær, og derfor har vi lagt vægt på forebyggelse frem for brandslukning.",
                "Arbejdsmiljøorganisationen består af ledere og valgte arbejdsmiljørepræsentanter, som mødes mindst {n} gange om året.",
                "Vi har udarbejdet en tjekliste til tunge løft og forflytninger, som alle teams i hjemmeplejen nu bruger.",
                "Den årlige arbejdsmiljødrøftelse skal handle om, hvordan samarbejdet om arbejdsmiljøet er gået, og hvad der skal prioriteres det kommende år.",
                "Når Arbejdstilsynet kommer på tilsyn, er det vigtigt, at dokumentationen for arbejdsmiljøarbejdet er på plads.",
                "Vold og trusler er en del af arbejdsmiljøet på botilbud og i jobcentret, og vi har derfor faste procedurer for registrering og opfølgning.",
                "Støj i dagtilbud og skoler er et overset arbejdsmiljøproblem; målinger viste over 80 dB i frokoststuen.",
            ],
            EnglishSentences =
            [
                "The Danish Working Environment Act requires every employer to plan and organise work so that it is safe and healthy.",
                "In our experience the psychosocial work environment matters more for sickness absence than the physical one.",
                "We trained {n} safety representatives in running short risk assessments on site.",
            ],
            Titles = ["Arbejdsmiljø i praksis", "Sådan arbejder vi med arbejdsmiljøet", "Arbejdsmiljøorganisationen i {m} Kommune", "Årlig arbejdsmiljødrøftelse", "Forebyggelse af vold og trusler"],
            ExpertTitles = ["Arbejdsmiljøkonsulent", "Arbejdsmiljøkoordinator", "Chefkonsulent, arbejdsmiljø"],
            Offices = ["hr-hr", "so-hjemmepleje", "tm-vej"],
            BioLines = ["Jeg rådgiver ledere og arbejdsmiljøgrupper om {t} og er med, når Arbejdstilsynet kommer på besøg.", "Jeg har arbejdet med {t} i over {n} år, først i det private og nu i kommunen."],
        },
        new("c-amr", "Arbejdsmiljørepræsentant", "c-arbejdsmiljo", "Den valgte arbejdsmiljørepræsentants rolle, uddannelse og samarbejde med ledelsen.")
        {
            Synonyms = ["AMR", "arbejdsmiljørepræsentanter", "arbejdsmiljøgruppe"],
            Terms = ["arbejdsmiljørepræsentanten", "arbejdsmiljørepræsentanterne", "arbejdsmiljørepræsentantens rolle", "arbejdsmiljøgruppen", "den lovpligtige arbejdsmiljøuddannelse"],
            Sentences =
            [
                "Som arbejdsmiljørepræsentant skal man have den lovpligtige arbejdsmiljøuddannelse inden for de første tre måneder.",
                "Arbejdsmiljørepræsentanten er bindeleddet mellem kollegerne og lederen i arbejdsmiljøgruppen.",
                "Vi har lavet et introforløb for nyvalgte arbejdsmiljørepræsentanter med {n} moduler og en makker fra en anden afdeling.",
                "Arbejdsmiljørepræsentanterne har ret til den nødvendige tid til opgaven, og det skal aftales med lederen, ikke tages fra pauserne.",
                "Den supplerende arbejdsmiljøuddannelse tilbydes hvert år og handler i år om konflikthåndtering og psykisk arbejdsmiljø.",
                "Netværket for arbejdsmiljørepræsentanter mødes hver anden måned og deler erfaringer på tværs af forvaltningerne.",
                "Når arbejdsmiljørepræsentanten går på orlov, skal der vælges en stedfortræder.",
            ],
            Titles = ["Ny som arbejdsmiljørepræsentant", "Arbejdsmiljørepræsentantens opgaver", "Introforløb for arbejdsmiljørepræsentanter", "Netværk for arbejdsmiljørepræsentanter"],
            ExpertTitles = ["Arbejdsmiljørepræsentant og social- og sundhedsassistent", "Fællesarbejdsmiljørepræsentant", "Arbejdsmiljøkonsulent"],
            Offices = ["hr-hr", "so-hjemmepleje", "so-pleje", "bu-skole"],
            BioLines = ["Jeg har været arbejdsmiljørepræsentant i {n} år og underviser nye arbejdsmiljørepræsentanter.", "Jeg er fællesarbejdsmiljørepræsentant og sidder i hovedudvalget."],
        },
        new("c-apv", "Arbejdspladsvurdering", "c-arbejdsmiljo", "Den lovpligtige kortlægning af arbejdsmiljøet og handlingsplanen, der følger af den.")
        {
            Synonyms = ["APV", "arbejdspladsvurderinger", "APV-handlingsplan"],
            Terms = ["arbejdspladsvurderingen", "APV'en", "APV-kortlægningen", "handlingsplanen fra APV'en", "arbejdspladsvurderinger", "APV-processen", "APV-spørgeskemaet"],
            Sentences =
            [
                "Arbejdspladsvurderingen skal gennemføres mindst hvert tredje år og revideres, når der sker ændringer i arbejdet.",
                "APV'en består af fire faser: identifikation, kortlægning, prioritering og opfølgning med en handlingsplan.",
                "Vi har forenklet APV-spørgeskemaet, så det tager ti minutter at besvare på en telefon.",
                "Handlingsplanen fra APV'en skal være skriftlig og tilgængelig for alle medarbejdere.",
                "I hjemmeplejen viste APV-kortlægningen, at kørsel mellem borgere og tidspres fylder mest.",
                "Sygefraværet skal inddrages i arbejdspladsvurderingen, når det kan hænge sammen med arbejdsmiljøet.",
                "Vi anbefaler dialogmetoden frem for det lange spørgeskema i små teams under {n} medarbejdere.",
                "Opfølgningen på APV'en er det sted, de fleste arbejdspladser taber pusten; sæt navn og dato på hvert punkt.",
            ],
            Titles = ["Vejledning til arbejdspladsvurdering", "APV i {m} Kommune", "Sådan laver I en handlingsplan efter APV", "Evaluering af APV-runden", "APV med dialogmetoden"],
            ExpertTitles = ["Arbejdsmiljøkonsulent", "HR-konsulent, arbejdsmiljø"],
            Offices = ["hr-hr", "so-hjemmepleje", "so-pleje"],
            BioLines = ["Jeg står for {t} i hele forvaltningen og hjælper teams med handlingsplanerne.", "Jeg har udviklet vores digitale APV-spørgeskema."],
        },
        new("c-trivsel", "Trivsel og stressforebyggelse", "c-arbejdsmiljo", "Medarbejdertrivsel, trivselsmålinger, forebyggelse og håndtering af arbejdsrelateret stress.")
        {
            Synonyms = ["medarbejdertrivsel", "trivselsmåling", "stressforebyggelse", "stress"],
            Terms = ["trivslen", "medarbejdertrivslen", "trivselsmålingen", "arbejdsrelateret stress", "stressforebyggelse", "trivselsindsatsen", "stresshåndtering", "trivselsarbejdet"],
            English = ["well-being", "employee well-being", "stress prevention"],
            Sentences =
            [
                "Trivselsmålingen er kun begyndelsen: det er dialogen bagefter i teamet, der gør en forskel for trivslen.",
                "Vi har uddannet trivselsambassadører i alle afdelinger, som kan tage den svære samtale om stress tidligt.",
                "Tegn på stress er blandt andet søvnproblemer, irritabilitet og hukommelsesbesvær; lederen skal reagere, før det bliver til sygemelding.",
                "Stresspolitikken beskriver, hvad medarbejdere og ledere skal gøre, og hvor man kan få hjælp, fx gennem den psykologiske rådgivning.",
                "En god trivselsindsats handler om arbejdets indhold og mængde, ikke om frugtordninger og fredagsbar.",
                "Vi følger op på trivselsmålingen med tre korte workshops pr. team og en skriftlig aftale om {n} konkrete tiltag.",
                "Forebyggelse af arbejdsrelateret stress kræver, at vi taler åbent om krav og ressourcer i hverdagen.",
                "Resultaterne viser, at trivslen er højest i teams, hvor medarbejderne oplever indflydelse på planlægningen.",
            ],
            EnglishSentences =
            [
                "Employee well-being is not a perk but a matter of workload, influence and meaningful work.",
                "We trained well-being ambassadors in every department to spot early signs of stress among colleagues.",
                "Our stress prevention programme combines team dialogues after the well-being survey with individual talks.",
                "The well-being survey alone changes nothing; the follow-up in each team does.",
            ],
            Titles = ["Stresspolitik og vejledning", "Opfølgning på trivselsmålingen", "Forebyggelse af arbejdsrelateret stress", "Trivselsambassadørernes håndbog", "Trivsel i teamet"],
            ExpertTitles = ["Trivselskonsulent", "Arbejdspsykolog", "HR-konsulent, trivsel og stress"],
            Offices = ["hr-hr", "so-pleje", "bu-skole"],
            BioLines = ["Jeg er arbejdspsykolog og arbejder med {t} og stresssamtaler for ledere og medarbejdere.", "Jeg har ansvaret for {t} og opfølgningen på trivselsmålingen i forvaltningen."],
        },
        new("c-medindflydelse", "Medarbejderindflydelse", "c-hr", "Samarbejdet mellem ledelse og medarbejdere i udvalgssystemet efter den lokale aftale om medindflydelse og medbestemmelse.")
        {
            Synonyms = ["medindflydelse", "medbestemmelse", "samarbejdsudvalg", "hovedudvalg"],
            Terms = ["medindflydelse og medbestemmelse", "udvalgsstrukturen", "hovedudvalget", "samarbejdsudvalgene", "den lokale aftale om medindflydelse", "medarbejderindflydelsen"],
            Short = new("MED", "medindflydelse og medbestemmelse"),
            Sentences =
            [
                "{a}-aftalen beskriver, hvordan ledelse og medarbejdere samarbejder på alle niveauer i kommunen.",
                "Et velfungerende {a}-udvalg drøfter budget, arbejdsmiljø og større forandringer, før beslutningerne bliver truffet.",
                "Vi har lavet en introduktion til nye medlemmer af {a}-udvalgene, så de kender deres rettigheder og pligter.",
                "Hovedudvalget har besluttet at forenkle strukturen, så der fremover er ét {a}-udvalg pr. område.",
                "I {a}-systemet skal arbejdsmiljøet være en fast del af dagsordenen, ikke et punkt under eventuelt.",
                "Den lokale aftale om {a} skal genforhandles i {y}, og vi har samlet erfaringerne fra de sidste fire år.",
                "Uenighed i et {a}-udvalg løses først lokalt og kan derefter bringes op i hovedudvalget.",
            ],
            Titles = ["Introduktion til {a}-udvalget", "Evaluering af {a}-aftalen", "Ny {a}-struktur i {m} Kommune", "Sådan holder I et godt {a}-møde"],
            ExpertTitles = ["HR-konsulent, medarbejderindflydelse", "Fællestillidsrepræsentant", "Chefkonsulent, HR"],
            Offices = ["hr-hr", "hr-sekretariat"],
            BioLines = ["Jeg er sekretær for hovedudvalget og rådgiver om {t}.", "Jeg har været med til at forhandle kommunens aftale om {t}."],
        },
        new("c-tillidshverv", "Tillidsrepræsentant", "c-hr", "Tillidsrepræsentantens rolle, valg, beskyttelse og samarbejde med ledelsen om løn og ansættelsesvilkår.")
        {
            Synonyms = ["tillidsvalgt", "fællestillidsrepræsentant", "tillidshverv"],
            Terms = ["tillidsrepræsentanten", "tillidsrepræsentanterne", "tillidshvervet", "de tillidsvalgte", "tillidsrepræsentantens rolle"],
            Short = new("TR", "tillidsrepræsentant"),
            Sentences =
            [
                "Som {a} forhandler man lokal løn og er talerør for kollegerne over for ledelsen.",
                "En {a} er beskyttet mod afskedigelse, medmindre der er tvingende årsager.",
                "Vi har samlet de {a}-valgte i et netværk, hvor nye kan lære af dem, der har haft hvervet længe.",
                "Lønforhandlingerne i foråret forløb godt, fordi {a} og leder havde forberedt sig sammen.",
                "Den lokale {a} skal orienteres, inden der varsles væsentlige ændringer i arbejdstiden.",
                "Det er frivilligt at stille op som {a}, men det er et hverv med rettigheder og tid til opgaven.",
            ],
            Titles = ["Ny som {a}", "{a}-netværket: erfaringer fra lønforhandlingerne", "Samarbejdet mellem leder og {a}", "{a}'s rettigheder og pligter"],
            ExpertTitles = ["Fællestillidsrepræsentant", "Tillidsrepræsentant og pædagog", "Tillidsrepræsentant og socialrådgiver"],
            Offices = ["hr-hr", "bu-dagtilbud", "sb-jobcenter", "so-hjemmepleje"],
            BioLines = ["Jeg har været {t} i {n} år og hjælper gerne nyvalgte.", "Jeg er {t} for pædagogerne i området."],
        },
        new("c-introduktion", "Introduktion af nye medarbejdere", "c-hr", "Modtagelse og introduktion af nye medarbejdere fra kontrakt til de første måneder.")
        {
            Synonyms = ["introforløb", "modtagelse af nye medarbejdere", "introduktionsprogram"],
            Terms = ["introduktionen af nye kolleger", "introforløbet", "modtagelsen af nye medarbejdere", "den første arbejdsdag", "introduktionsprogrammet", "en god start", "nyansatte"],
            English = ["onboarding", "onboarding programme", "preboarding"],
            Sentences =
            [
                "En god modtagelse begynder før første arbejdsdag: send velkomstbrev, vagtplan og navnet på en makker.",
                "Alle nyansatte får en fast makker de første {n} uger, som viser rundt og svarer på de små spørgsmål.",
                "Introforløbet er delt i tre: den første dag, den første uge og de første tre måneder med en opfølgende samtale.",
                "Mange siger op inden for det første år, fordi introduktionen var for tynd; det kan vi gøre noget ved.",
                "Nye pædagoger skal både lære børnegruppen, forældrene og husets pædagogiske praksis at kende, og det tager tid.",
                "Tjeklisten til lederen dækker IT-adgange, nøgler, arbejdstøj, kørekort til bilerne og mødeplan.",
                "Vi har evalueret introduktionsprogrammet med {n} nyansatte, og de efterlyser mere tid med kollegerne ude i praksis.",
            ],
            EnglishSentences =
            [
                "Onboarding starts before the first day: a welcome letter, a schedule and the name of a buddy.",
                "Our onboarding programme for new staff in day care runs over three months with a buddy and two follow-up talks.",
                "Good onboarding reduces early turnover; half of those who leave in their first year point to a poor start.",
                "Preboarding is cheap and effective: make sure IT access and keys are ready before the new colleague arrives.",
            ],
            Titles = ["Introduktion af nye medarbejdere", "Tjekliste til modtagelse af nyansatte", "Introforløb for nye pædagoger", "Makkerordning for nye kolleger", "Evaluering af introduktionsprogrammet"],
            ExpertTitles = ["HR-konsulent, rekruttering og introduktion", "Udviklingskonsulent", "Pædagogisk konsulent"],
            Offices = ["hr-hr", "bu-dagtilbud", "so-elever"],
            BioLines = ["Jeg har udviklet vores {t} og hjælper ledere med at tage godt imod nye kolleger.", "Jeg brænder for, at nye medarbejdere får en god start."],
        },
        new("c-rekruttering", "Rekruttering", "c-hr", "Rekrutteringsforløb fra behovsanalyse og jobopslag til samtaler, test og ansættelse.")
        {
            Synonyms = ["jobopslag", "ansættelsesforløb", "recruitment"],
            Terms = ["rekrutteringen", "jobopslaget", "ansættelsessamtalerne", "ansættelsesudvalget", "rekrutteringsforløbet", "stillingsopslag", "kandidaterne"],
            Sentences =
            [
                "Et godt jobopslag beskriver opgaverne konkret og undgår floskler som dynamisk og fleksibel.",
                "Ansættelsesudvalget skal have aftalt kriterierne, før ansøgningerne læses, så alle kandidater vurderes ens.",
                "Vi har haft svært ved at rekruttere socialrådgivere og sygeplejersker, og derfor prøver vi nye kanaler.",
                "Referencer indhentes kun med kandidatens samtykke og skal noteres i rekrutteringssagen.",
                "Stillingsopslag skal som udgangspunkt slås op offentligt i mindst {n} uger.",
                "Personlighedstest bruges kun som samtaleredskab, aldrig som eneste grundlag for ansættelse.",
            ],
            Titles = ["Guide til rekruttering", "Sådan skriver du et godt jobopslag", "Rekruttering af socialrådgivere", "Ansættelsessamtalen trin for trin"],
            ExpertTitles = ["Rekrutteringskonsulent", "HR-partner, rekruttering"],
            Offices = ["hr-hr", "sb-jobcenter"],
            BioLines = ["Jeg hjælper ledere med {t} fra stillingsopslag til kontrakt.", "Jeg har været med i over {n}0 ansættelsesforløb."],
        },
        new("c-barsel", "Barsel og orlov", "c-personalejura", "Regler om graviditets-, fødsels- og forældreorlov, løn under barsel og særlige forhold for timelønnede.")
        {
            Synonyms = ["barselsregler", "forældreorlov", "barselsorlov"],
            Terms = ["barselsreglerne", "barslen", "forældreorloven", "løn under barsel", "barselsdagpenge", "øremærket orlov", "orlov"],
            Sentences =
            [
                "Timelønnede har ret til barselsdagpenge, hvis de opfylder beskæftigelseskravet, men ikke altid til løn under barsel.",
                "Den øremærkede orlov til hver forælder er på {n} uger, som ikke kan overdrages.",
                "Medarbejderen skal varsle barsel senest tre måneder før forventet fødsel.",
                "Løn under barsel følger overenskomsten, og reglerne er forskellige for månedslønnede og timelønnede.",
                "Ferie optjenes også under barsel, men afholdelse skal planlægges sammen med lønkontoret.",
                "Vi får mange spørgsmål om forældreorlov for fædre og medmødre; svarene er samlet i vejledningen.",
                "Hvis en timelønnet vikar bliver gravid, skal lederen tale med HR om ansættelsesforholdet, før der planlægges vagter.",
            ],
            Titles = ["Barsel og orlov: vejledning til ledere", "Barselsregler for timelønnede", "Forældreorlov i praksis", "Spørgsmål og svar om barsel"],
            ExpertTitles = ["Lønkonsulent", "Personalejurist", "HR-konsulent, løn og barsel"],
            Offices = ["hr-hr"],
            BioLines = ["Jeg svarer på spørgsmål om {t} og løn under orlov.", "Jeg har arbejdet med løn og {t} i {n} år."],
        },
        new("c-sygefravaer", "Sygefraværsopfølgning", "c-hr", "Samtaler, aftaler og regler ved kort og langt sygefravær, fra omsorgssamtale til fastholdelse.")
        {
            Synonyms = ["fraværssamtaler", "sygesamtale", "fastholdelse"],
            Terms = ["sygefraværet", "langt sygefravær", "sygefraværssamtalen", "omsorgssamtalen", "fraværsopfølgningen", "fastholdelsesplanen", "sygemeldte medarbejdere"],
            Sentences =
            [
                "Sygefraværssamtalen skal holdes senest fire uger efter første sygedag og handler om, hvad der skal til for at komme tilbage.",
                "Omsorgssamtalen er ikke en kontrol, men en mulighed for at finde løsninger sammen med medarbejderen.",
                "Ved langt sygefravær kan en fastholdelsesplan og delvis raskmelding hjælpe medarbejderen tilbage.",
                "Vi har lavet en samtaleguide med {n} spørgsmål, som lederne kan bruge ved fraværssamtaler.",
                "Sygefraværet i hjemmeplejen er faldet, efter at teamlederne fik sparring om de svære samtaler.",
                "Hvis fraværet skyldes arbejdsmiljøet, skal det tages op i arbejdsmiljøgruppen og med i APV'en.",
            ],
            Titles = ["Samtaleguide ved sygefravær", "Opfølgning på langt sygefravær", "Sygefraværspolitik", "Fastholdelse af sygemeldte medarbejdere"],
            ExpertTitles = ["HR-konsulent, sygefravær og fastholdelse", "Personalejurist"],
            Offices = ["hr-hr", "so-hjemmepleje"],
            BioLines = ["Jeg sparrer med ledere om {t} og de svære samtaler.", "Jeg har skrevet kommunens samtaleguide om {t}."],
        },
        new("c-lederudvikling", "Lederudvikling", "c-ledelse", "Udvikling af nye og erfarne ledere: lederforløb, mentorordninger, ledernetværk og lederuddannelse.")
        {
            Synonyms = ["ledelsesudvikling", "lederforløb", "lederuddannelse"],
            Terms = ["nye ledere", "lederforløbet", "ledertalenter", "ledelsesudviklingen", "førstegangsledere", "mentorordningen for ledere", "lederuddannelsen"],
            Sentences =
            [
                "Nye ledere får en erfaren leder fra en anden forvaltning som mentor det første år.",
                "Mentorordningen for førstegangsledere bygger på fortrolighed; mentor og mentee mødes en gang om måneden.",
                "Lederforløbet for ledertalenter består af {n} moduler, et praktikophold hos en anden leder og et afsluttende projekt.",
                "Mange nye ledere kommer fra en faglig rolle og savner sparring om personaleledelse og svære samtaler.",
                "Diplomuddannelsen i ledelse tilbydes til ledere med personaleansvar, og vi dækker halvdelen af tiden.",
                "Ledernetværkene er et vigtigt sted at dele erfaringer og få sparring fra ligestillede.",
                "Som mentor for nye ledere lytter jeg mere, end jeg giver råd.",
            ],
            Titles = ["Mentorordning for nye ledere", "Lederforløb for ledertalenter", "Lederudvikling i {m} Kommune", "Det første år som leder"],
            ExpertTitles = ["Organisationskonsulent, lederudvikling", "Chefkonsulent, ledelse og organisation", "Områdeleder"],
            Offices = ["hr-hr", "hr-sekretariat"],
            BioLines = ["Jeg arbejder med {t} og er mentor for nye ledere.", "Jeg har selv været leder i {n} år og hjælper nu nye ledere godt i gang."],
        },
        new("c-forandringsledelse", "Forandringsledelse", "c-ledelse", "At lede organisationer og medarbejdere gennem større forandringer: omstillinger, sammenlægninger og nye systemer.")
        {
            Synonyms = ["omstilling", "organisationsforandring", "forandringsprocesser"],
            Terms = ["forandringsprocessen", "omstillingen", "forandringer", "organisationsændringen", "modstand mod forandring", "sammenlægningen"],
            English = ["change management", "change leadership"],
            Sentences =
            [
                "Modstand mod forandring er ofte et tegn på, at medarbejderne ikke har fået svar på, hvorfor forandringen er nødvendig.",
                "Ved sammenlægningen af de to afdelinger brugte vi {n} faser: forberedelse, beslutning, implementering og forankring.",
                "Lederens vigtigste opgave i en omstilling er at kommunikere tidligt og ofte, også når der ikke er nyt.",
                "Indførelsen af et nyt fagsystem er lige så meget en forandringsproces som et IT-projekt.",
                "Vi har samlet erfaringerne fra tre store omstillinger i en kort guide til ledere.",
                "Inddrag MED-udvalget tidligt, når forandringen berører arbejdsvilkårene.",
            ],
            EnglishSentences =
            [
                "Change management is as much about listening as about communicating the plan.",
                "When we merged the two units, we used a simple change management model in four phases.",
                "Resistance to change usually means that people have not yet understood why the change is needed.",
                "New IT systems fail more often because of poor change management than because of the technology.",
            ],
            Titles = ["Guide til ledelse af forandringer", "Erfaringer fra sammenlægningen", "Forandringsledelse ved nye IT-systemer", "Når afdelinger lægges sammen"],
            ExpertTitles = ["Organisationskonsulent", "Chefkonsulent, organisationsudvikling"],
            Offices = ["hr-hr", "bd-digi"],
            BioLines = ["Jeg hjælper ledere gennem {t} og større omstillinger.", "Jeg har ledet tre store organisationsændringer."],
        },
        new("c-projektledelse", "Projektledelse", "c-ledelse", "Planlægning, styring og afslutning af projekter med faste mål, ressourcer og tidsplan.")
        {
            Synonyms = ["projektstyring", "project management", "projektmodel"],
            Terms = ["projektledelsen", "projektmodellen", "projektplanen", "styregruppen", "projektlederen", "gevinstrealisering", "projektstyring"],
            English = ["project management", "project manager", "steering group"],
            Sentences =
            [
                "Kommunens projektmodel har fire faser og en beslutning i styregruppen mellem hver fase.",
                "Et projektgrundlag skal beskrive formål, mål, afgrænsning, tidsplan, ressourcer og risici på højst {n} sider.",
                "Gevinstrealisering planlægges fra start: hvem ejer gevinsten, og hvornår måles den?",
                "Projektlederen rapporterer status til styregruppen med trafiklys hver måned.",
                "Vi bruger et fælles værktøj til projektplaner, opgaver og risikolog, så alle kan se status.",
                "Mange projekter strander i overgangen til drift; aftal overdragelsen allerede i projektgrundlaget.",
            ],
            EnglishSentences =
            [
                "Our project management model has four phases and a steering group decision between each.",
                "A good project manager spends more time on stakeholders than on the Gantt chart.",
                "Benefits realisation must be planned from the start, with a named owner for each benefit.",
            ],
            Titles = ["Kommunens projektmodel", "Værktøjskasse til projektledere", "Projektgrundlag: skabelon og vejledning", "Gevinstrealisering i projekter"],
            ExpertTitles = ["Projektleder", "Senior projektleder", "Porteføljekonsulent"],
            Offices = ["bd-digi", "hr-sekretariat"],
            BioLines = ["Jeg er certificeret projektleder og underviser i {t}.", "Jeg har ledt større IT- og organisationsprojekter i {n} år."],
        },
        new("c-facilitering", "Mødeledelse og facilitering", "c-ledelse", "At planlægge og lede møder, workshops og netværk, så deltagerne bidrager og der kommer beslutninger ud af det.")
        {
            Synonyms = ["facilitering", "workshopfacilitering", "procesledelse"],
            Terms = ["mødeledelse", "gode møder", "faciliteringen", "workshoppen", "procesplanen", "mødestrukturen", "dagsordenen"],
            Sentences =
            [
                "Et godt møde har et formål, en dagsorden med beslutningspunkter og en mødeleder, der holder tiden.",
                "Faciliteringen handler om at skabe rammen, så alle deltagere kommer til orde, også de stille.",
                "Vi har lavet en drejebog til workshops med {n} øvelser, der får deltagerne op af stolene.",
                "Procesplanen skal vise, hvad der skal være afklaret efter hvert møde, ikke bare hvad der skal drøftes.",
                "Stående møder på femten minutter har erstattet det ugentlige timelange personalemøde i to af teamene.",
                "Mødelederen opsummerer beslutninger og ansvarlige til sidst, så referatet kan skrives på fem minutter.",
            ],
            Titles = ["Drejebog til gode møder", "Facilitering af workshops", "Mødeledelse for teamledere", "Fra dagsorden til beslutning"],
            ExpertTitles = ["Procesfacilitator", "Udviklingskonsulent, facilitering"],
            Offices = ["hr-hr", "bd-digi"],
            BioLines = ["Jeg faciliterer workshops og netværk og underviser i {t}.", "Jeg er uddannet procesfacilitator."],
        },
        new("c-vagtplan", "Vagtplanlægning", "c-administration", "Planlægning af vagter og arbejdstid i døgnbemandede tilbud efter overenskomst og arbejdstidsregler.")
        {
            Synonyms = ["vagtplaner", "arbejdstidsplanlægning", "personaleplanlægning"],
            Terms = ["vagtplanerne", "vagtplanlægningen", "rulleplanen", "arbejdstidsreglerne", "weekendvagterne", "vagtplansystemet", "ruteplanlægning"],
            Sentences =
            [
                "Vagtplanen skal overholde hviletidsreglerne: mindst elleve timers hvile mellem to vagter.",
                "Med en rulleplan over {n} uger kan medarbejderne se deres weekender langt frem.",
                "Ønskevagtplanlægning har givet færre byttevagter og højere tilfredshed i plejecentrene.",
                "Vagtplanlæggeren skal kende overenskomsternes regler om forskudt tid, aften- og nattillæg.",
                "Sygdom og ferie gør vagtplanen sårbar; en fast vikarpulje har halveret brugen af vikarbureau.",
                "Ruteplanlægningen i hjemmeplejen hænger tæt sammen med vagtplanerne og borgernes besøgstider.",
            ],
            Titles = ["Vejledning i vagtplanlægning", "Rulleplaner i døgnplejen", "Ønskevagtplan: erfaringer", "Arbejdstidsregler for vagtplanlæggere"],
            ExpertTitles = ["Vagtplanlægger", "Planlægningskoordinator"],
            Offices = ["so-hjemmepleje", "so-pleje"],
            BioLines = ["Jeg laver {t} for tre plejecentre og kender arbejdstidsreglerne til bunds.", "Jeg har udviklet vores rulleplaner."],
        },
        new("c-budget", "Budgetlægning og budgetopfølgning", "c-okonomi", "Udarbejdelse af budget, budgetopfølgning, prognoser og økonomistyring i afdelinger og institutioner.")
        {
            Synonyms = ["budgetopfølgning", "økonomistyring", "budgetproces"],
            Terms = ["budgettet", "budgetopfølgningen", "budgetprocessen", "merforbruget", "prognosen", "økonomistyringen", "budgetrammen", "regnskabet"],
            Sentences =
            [
                "Budgetopfølgningen pr. 31. maj viser et forventet merforbrug på {n},2 mio. kr., især på specialundervisning.",
                "Prognosen bygger på forbruget til dato og kendte ændringer; sæsonudsving skal lægges ind, ellers rammer den skævt.",
                "Decentrale ledere får hver måned en rapport med forbrug, budget og afvigelse pr. konto.",
                "Budgetprocessen begynder i januar med tekniske korrektioner og slutter med byrådets vedtagelse i oktober.",
                "Overførselsadgangen betyder, at et mindreforbrug på op til {n} procent kan flyttes til næste år.",
                "Vi har lavet en skabelon til budgetopfølgning, så alle institutioner rapporterer på samme måde.",
                "Et merforbrug skal forklares og følges af en handleplan, som godkendes af direktionen.",
            ],
            Titles = ["Budgetopfølgning: vejledning til ledere", "Skabelon til budgetopfølgning", "Budgetproces {y}", "Prognoser og økonomistyring i institutioner"],
            ExpertTitles = ["Budgetkonsulent", "Controller", "Økonomikonsulent"],
            Offices = ["hr-okonomi"],
            BioLines = ["Jeg hjælper ledere med {t} og prognoser.", "Jeg er controller og står for den månedlige budgetopfølgning."],
        },
        new("c-tvaerkommunalt", "Tværkommunalt samarbejde", "c-administration", "Samarbejde med andre kommuner og kommunernes interesseorganisation om høringssvar, fælles indsatser og økonomiaftaler.")
        {
            Synonyms = ["kommunesamarbejde", "KKR", "kommunekontaktråd"],
            Terms = ["det tværkommunale samarbejde", "kommunekontaktrådet", "høringssvarene", "økonomiaftalen", "de fælleskommunale anbefalinger", "samarbejdet mellem kommunerne"],
            Short = new("KL", "Kommunernes Landsforening"),
            Sentences =
            [
                "{a} har sendt udkast til nye anbefalinger i høring, og vi skal samle forvaltningernes svar inden for {n} uger.",
                "Økonomiaftalen mellem regeringen og {a} sætter rammen for kommunens budget og servicevækst.",
                "Vi deltager i {a}'s netværk for kommunale udviklingskonsulenter og bringer erfaringerne hjem.",
                "Kommunekontaktrådet i Midtjylland koordinerer de fælles indsatser mellem kommunerne i regionen.",
                "{a}'s budgetvejledning udkommer i juni og indeholder de forudsætninger, vi regner med.",
                "Vi har skrevet høringssvar til {a} om det nye dokumentationskrav på ældreområdet.",
            ],
            Titles = ["Høringssvar til {a}", "Notat om økonomiaftalen", "Samarbejdet med {a} og KKR", "Orientering fra {a}-netværket"],
            ExpertTitles = ["Specialkonsulent, tværkommunalt samarbejde", "Chefkonsulent, Direktionssekretariatet"],
            Offices = ["hr-sekretariat", "hr-okonomi"],
            BioLines = ["Jeg koordinerer {t} og kommunens høringssvar.", "Jeg sidder i flere fælleskommunale netværk."],
        },
    ];
}
