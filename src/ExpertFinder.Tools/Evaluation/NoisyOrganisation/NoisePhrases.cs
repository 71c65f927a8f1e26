namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// The stock of everyday sentences. Most mention a query's words in passing (trivsel, APV, arbejdsmiljø, nye
/// medarbejdere, budget, plan, leder, borger, MED, TR, AMR, SFO, ESDH, IT, kl.) the way minutes and notices do;
/// none is about them. {p} is a colleague's name, {w} a week, {k} a time of day, {d} a date, {u} the unit, {mo} a month.
/// </summary>
internal static class NoisePhrases
{
    public static readonly string[] Chatter =
    [
        "Der var kaffe og kage i anledning af {p}s fødselsdag.",
        "Husk at tømme køleskabet fredag; alt uden navn bliver smidt ud.",
        "Nøglerne til mødelokale 2 ligger nu i receptionen.",
        "Vinduespudseren kommer onsdag, så ryd venligst vindueskarmene.",
        "Brandøvelsen blev gennemført uden problemer; samlingsstedet er stadig på parkeringspladsen.",
        "Tak til {p} for den flotte indsats med oprydningen i kælderen.",
        "Posten bliver fremover hentet {k} i stedet for om eftermiddagen.",
        "Der er kommet nye stole i frokoststuen.",
        "Julefrokosten holdes fredag den 6. december {k} i kantinen.",
        "Sommerfesten er aflyst på grund af for få tilmeldinger.",
        "Husk at melde afbud til {p}, hvis du ikke kan komme.",
        "Der er stadig pladser på førstehjælpskurset i uge {w}.",
        "Kaffemaskinen på 1. sal er gået i stykker igen; der er bestilt en tekniker.",
        "Cykelkælderen bliver ryddet i uge {w}; cykler uden mærke bliver fjernet.",
        "Vi har fået nye affaldsspande i køkkenet, så husk at sortere.",
        "Der er fælles morgenmad fredag {k}.",
        "Elevatoren er til eftersyn tirsdag formiddag.",
        "Lokalebookingen foregår nu i Outlook.",
        "Der var ingen punkter under eventuelt.",
        "Intet nyt.",
    ];

    public static readonly string[] Welcome =
    [
        "Vi byder velkommen til {p}, som starter som ny kollega den 1. {mo}.",
        "Velkommen til vores nye medarbejdere {p} og {p}.",
        "Der kommer to nye medarbejdere i teamet efter sommerferien.",
        "Husk at hilse på de nye kolleger i frokostpausen.",
        "{p} er startet i teamet og sidder foreløbig ved vinduet.",
        "Vi har ansat en ny medarbejder i stillingen efter {p}, som går på pension.",
        "Nye medarbejdere skal have adgang til systemerne; bestil det i god tid hos IT.",
        "{p} stopper til månedsskiftet; vi siger farvel med kage fredag {k}.",
    ];

    public static readonly string[] Trivsel =
    [
        "Trivselsmålingen gennemføres i uge {w}.",
        "Punktet om trivsel blev udsat til næste møde.",
        "Resultatet af trivselsmålingen bliver gennemgået på personalemødet i {mo}.",
        "Trivsel: ingen bemærkninger.",
        "Der er generelt god trivsel i teamet, men travlt op til jul.",
        "Husk at svare på trivselsmålingen inden fredag.",
        "Lederen takkede for den høje svarprocent i trivselsmålingen.",
        "Trivselsgruppen planlægger en fælles tur i {mo}.",
    ];

    public static readonly string[] Arbejdsmiljo =
    [
        "Arbejdsmiljø: intet nyt.",
        "Arbejdsmiljøgruppen har holdt møde og har intet særligt at berette.",
        "Husk at anmelde arbejdsskader, også de små.",
        "Der er bestilt nye hæve-sænkeborde til kontorerne.",
        "APV-opfølgning: intet nyt.",
        "Handlingsplanen fra APV'en hænger i personalestuen.",
        "APV: punktet om støj i frokoststuen er løst.",
        "Næste APV gennemføres i {y}.",
        "AMR deltog ikke i mødet.",
        "AMR og TR var til stede.",
        "TR orienterede kort om lønforhandlingerne.",
        "TR og leder holder møde om ferieplanen i næste uge.",
        "Arbejdsmiljørepræsentanten var på kursus og deltog ikke.",
        "Der er kommet nye regler for brug af stiger; se opslaget ved depotet.",
    ];

    public static readonly string[] Med =
    [
        "Punktet tages op på næste MED-møde.",
        "Referatet fra MED-mødet ligger på intranettet.",
        "MED-udvalget har godkendt mødeplanen for {y}.",
        "Orientering fra MED: ingen punkter.",
        "Lederen orienterede om drøftelserne i MED-udvalget om de nye lokaler.",
        "Spørgsmålet sendes videre til MED.",
    ];

    public static readonly string[] Budget =
    [
        "Budgettet for kurser er brugt op for i år.",
        "Budgetopfølgningen viser et lille mindreforbrug.",
        "Lederen orienterede om budgettet for næste år: ingen besparelser i teamet.",
        "Der er ikke budget til nye stole i år.",
        "Budgetopfølgning: taget til efterretning.",
        "Der er afsat penge i budgettet til en fælles temadag i {mo}.",
        "Lederen gennemgik kvartalets budgetopfølgning; forbruget følger planen.",
    ];

    public static readonly string[] Sygefravaer =
    [
        "Sygefraværet er faldet lidt i forhold til sidste kvartal.",
        "Husk at sygemelde dig til lederen inden {k}.",
        "Sygefravær: som sidste måned.",
        "Der er mange syge i øjeblikket, så vi hjælper hinanden med vagterne.",
    ];

    public static readonly string[] Plans =
    [
        "Ferieplanen skal være udfyldt senest 1. marts.",
        "Vagtplanen for juli hænger på tavlen.",
        "Der er lavet en plan for oprydning i kælderen.",
        "Mødeplanen for efteråret er sendt ud.",
        "Planen for julefrokosten kommer i næste uge.",
        "Husk at skrive dig på planen for kaffe og frugt.",
        "Ønsker til vagtplanen for december skal afleveres senest den 1. {mo}.",
        "Planlæggeren har lagt den nye køreliste ud.",
        "Plan for rengøring af køleskabet: se tavlen.",
    ];

    public static readonly string[] Borger =
    [
        "En borger har ringet om parkeringen ved hovedindgangen.",
        "Vi har fået ros fra en borger for den gode betjening.",
        "Borgerne kan fra i dag booke tid online.",
        "En borger har klaget over ventetiden i telefonen; lederen svarer.",
        "Der er kommet nyt skilt ved borgerindgangen.",
        "Husk at borgere ikke må opholde sig i personalerummet.",
    ];

    public static readonly string[] Leder =
    [
        "Lederen er på kursus i uge {w}; spørgsmål kan rettes til souschefen.",
        "Vores leder orienterede om nyt fra ledergruppen.",
        "Lederen takkede for en travl, men god periode.",
        "Nyt fra ledelsen: ingen ændringer i organiseringen i år.",
        "Lederen holder medarbejderudviklingssamtaler i {mo}; book tid i kalenderen.",
    ];

    public static readonly string[] It =
    [
        "IT-nedbrud tirsdag formiddag: netværket var nede i to timer.",
        "Husk at genstarte computeren, når IT beder om det.",
        "Printeren på 2. sal er repareret.",
        "Ny version af Outlook rulles ud i næste uge.",
        "Husk at journalisere mails i ESDH.",
        "ESDH var langsomt mandag; IT undersøger sagen.",
        "Husk ikke at sende cpr-numre i almindelig mail.",
        "Wi-fi i mødelokalerne virker igen.",
        "Det nye telefonsystem tages i brug den 1. {mo}; der kommer en kort introduktion.",
        "Skærmene i mødelokalerne er skiftet, og kablet hænger ved døren.",
    ];

    public static readonly string[] School =
    [
        "SFO'en holder lukket i uge 42.",
        "SFO-personalet holder planlægningsdag fredag.",
        "Skolens trivselsdag er flyttet til {mo}.",
        "Forældremødet i 0. klasse holdes {k} i aulaen.",
        "Husk at registrere elevfravær i intra inden {k}.",
        "PPR deltager i næste ressourcemøde.",
    ];

    public static readonly string[] Care =
    [
        "Husk at dokumentere i omsorgssystemet samme dag.",
        "Der mangler handsker i depotet; {p} bestiller.",
        "Bilerne skal tankes, inden de afleveres.",
        "Nøgleboksene hos borgerne skiftes i uge {w}.",
        "Husk at sortere madaffaldet i køkkenet på plejecentret.",
        "Der er influenzavaccination til medarbejderne i {mo}.",
    ];

    public static readonly string[] SignOffs =
    [
        "Med venlig hilsen\n{p}", "Mvh. {p}", "Venlig hilsen\n{p}", "Med venlig hilsen\n{p}\n{u}", "Hilsen {p}", "God weekend\n{p}",
    ];

    public static readonly string[] Places = ["mødelokale 1", "mødelokale 2", "personalestuen", "kantinen", "Teams", "det store mødelokale", "frokoststuen"];

    public static readonly string[] Systems = ["ESDH-systemet", "Outlook", "vagtplansystemet", "omsorgssystemet", "Aula", "lønsystemet", "netværket på Rådhuset", "telefonerne", "printerne"];
}
