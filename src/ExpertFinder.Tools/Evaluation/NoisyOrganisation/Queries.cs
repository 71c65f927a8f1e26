using ExpertFinder.Search.Evaluation;
using ExpertFinder.Core;
using PersonRole = ExpertFinder.Core.Vocabulary.Role;
namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// The queries, written as employees type them. Each names the competences it is about; nobody's grade is written
/// here: <see cref="Grading"/> computes every grade from the generated data.
/// </summary>
internal static class Queries
{
    public static readonly IReadOnlyList<QuerySpec> All =
    [
        // Questions: a whole sentence, most of its words beside the point.
        new("n01", "Hvem kender noget til hjerneskaderehabilitering?", "question", ["c-hjerneskade"], "A question around one long compound."),
        new("n02", "Kan nogen forklare reglerne om barsel for timelønnede?", "question", ["c-barsel"], "Only 'barsel' and 'timelønnede' carry the topic."),
        new("n03", "hvem ved noget om fleksjob og ressourceforløb", "question", ["c-fleksjob"], "Typed without a question mark; two topic words."),
        new("n04", "Er der nogen der har erfaring med skybrudssikring af kældre?", "question", ["c-klimatilpasning"], "The taxonomy synonym skybrudssikring inside a question; 'kældre' is an irregular plural."),
        new("n05", "hvem kan hjælpe med journalisering af mails i vores sagssystem", "question", ["c-esdh"], "Journalisering is a synonym of ESDH; 'mails' and 'sagssystem' are frequent."),
        new("n06", "Hvem har styr på reglerne for byggetilladelse til carporte?", "question", ["c-byggesag"], "Byggetilladelse and carporte; 'reglerne' is everywhere."),
        new("n07", "kender du nogen der arbejder med børn der ikke kommer i skole", "question", ["c-skolefravaer"], "Describes ufrivilligt skolefravær without naming it."),
        new("n08", "Hvem kan rådgive om demensvenlige boliger?", "question", ["c-demens"], "A compound adjective of demens."),
        new("n09", "hvordan skal madaffald sorteres på plejecentrene, hvem ved det?", "question", ["c-affald"], "Madaffald and sortering; plejecentre is a frequent distractor word."),

        // Tasks: 8-15 words of a to-do, 2-3 of them about the topic.
        new("n10", "Vi skal lave en plan for hvordan nye pædagoger bliver taget godt imod den første måned", "task", ["c-introduktion"], "Onboarding described in everyday words; plan, nye and pædagoger are frequent."),
        new("n11", "skal have sat gang i en ny arbejdspladsvurdering i hjemmeplejen inden sommerferien", "task", ["c-apv"], "The long form of APV in a to-do about the home care."),
        new("n12", "Vi mangler hjælp til at skrive et godt jobopslag til en ledig stilling som socialrådgiver", "task", ["c-rekruttering"], "Jobopslag carries the topic; socialrådgiver is a frequent title."),
        new("n13", "skal udarbejde en ny datapolitik og afklare hvem der ejer hvilke data i forvaltningen", "task", ["c-datastyring"], "Datapolitik and ejer data; 'data' is used in other senses by other people."),
        new("n14", "Vi skal indføre skærmbesøg i hjemmeplejen og mangler erfaringer fra andre teams", "task", ["c-velfaerdsteknologi"], "Skærmbesøg names velfærdsteknologi by one of its tools."),
        new("n15", "skal svare en grundejer der vil nedsive regnvand fra taget på egen grund", "task", ["c-regnvand"], "Nedsive regnvand: a verb form of the topic; LAR is not named."),
        new("n16", "Vi skal rette forkerte oplysninger om bygninger og boliger i registret inden årsskiftet", "task", ["c-bbr"], "BBR described by its long form's words only."),
        new("n17", "Jeg skal følge op på en medarbejder med langt sygefravær og mangler en samtaleguide", "task", ["c-sygefravaer"], "Langt sygefravær and samtaleguide."),
        new("n18", "skal planlægge et forløb der gør vores ledere bedre til at stå i store omstillinger", "task", ["c-forandringsledelse", "c-lederudvikling"], "Omstillinger for forandringsledelse; ledere for lederudvikling: either makes a person relevant."),

        // Abbreviations: a short form the documents often write long, or the long form they often write short.
        new("n19", "SFO", "abbreviation", ["c-fritidsordning"], "The taxonomy says skolefritidsordning; SFO is in documents only, and in passing in many everyday ones."),
        new("n20", "MED", "abbreviation", ["c-medindflydelse"], "MED is not in the taxonomy, and 'med' is the commonest preposition."),
        new("n21", "KL", "abbreviation", ["c-tvaerkommunalt"], "KL is in documents only; 'kl.' is in every agenda."),
        new("n22", "TR", "abbreviation", ["c-tillidshverv"], "TR is in documents only; the taxonomy says tillidsrepræsentant."),
        new("n23", "FGU", "abbreviation", ["c-grunduddannelse"], "The taxonomy has only the long form."),
        new("n24", "STU forløb", "abbreviation", ["c-saerlig-ungdomsuddannelse"], "The taxonomy has only the long form; 'forløb' is frequent."),
        new("n25", "lokal afledning af regnvand", "abbreviation", ["c-regnvand"], "The long form of LAR; many documents write LAR alone, and the taxonomy names neither."),
        new("n26", "borgerstyret personlig assistance", "abbreviation", ["c-bpa"], "The long form; the taxonomy says BPA and many documents write BPA alone."),
        new("n27", "UU vejleder", "abbreviation", ["c-ungevejledning"], "UU is in documents only."),
        new("n28", "AMR", "abbreviation", ["c-amr"], "AMR is a taxonomy synonym; documents mostly write arbejdsmiljørepræsentant."),

        // Double typos: two slips in one long compound, or one in each of two words.
        new("n29", "arbejdsmijlørepræsentnat", "double-typo", ["c-amr"], "Two transpositions in one compound."),
        new("n30", "hjernskaderehabilitring", "double-typo", ["c-hjerneskade"], "Two letters left out of one compound."),
        new("n31", "sygefrværsopfølgnig", "double-typo", ["c-sygefravaer"], "Two letters left out of one compound."),
        new("n32", "ufrivligt skolefraær", "double-typo", ["c-skolefravaer"], "One slip in each word."),
        new("n33", "fleksjop resourceforløb", "double-typo", ["c-fleksjob"], "One slip in each word; 'resource' is also English."),
        new("n34", "velfærdsteknolgi skærmbesøj", "double-typo", ["c-velfaerdsteknologi"], "One slip in each word."),
        new("n35", "ordblid elver", "double-typo", ["c-ordblindhed"], "One slip in each word; 'blid' and 'elv' are ordinary words."),
        new("n36", "byggetildadelse carpotr", "double-typo", ["c-byggesag"], "One slip in each word."),
        new("n37", "klimatilpasing skybud", "double-typo", ["c-klimatilpasning"], "One slip in each word; 'skybud' is an ordinary word (a cancellation)."),

        // Mixed language: English terms, some of which only the experts' English documents use.
        new("n38", "service design i borgerservice", "mixed-language", ["c-servicedesign"], "Service design is a taxonomy synonym; borgerservice is a unit and a frequent word."),
        new("n39", "data governance i forvaltningen", "mixed-language", ["c-datastyring"], "Data governance is only in English documents."),
        new("n40", "case management i jobcentret", "mixed-language", ["c-sagsstyring"], "Case management is only in English documents."),
        new("n41", "onboarding af nye medarbejdere", "mixed-language", ["c-introduktion"], "Onboarding is only in English documents; 'nye medarbejdere' is everywhere."),
        new("n42", "change management ved nye IT systemer", "mixed-language", ["c-forandringsledelse"], "Change management is only in English documents; IT systemer is everyday noise."),
        new("n43", "project management værktøjer", "mixed-language", ["c-projektledelse"], "Project management is a taxonomy synonym."),
        new("n44", "well-being blandt medarbejderne", "mixed-language", ["c-trivsel"], "Well-being is only in English documents."),
        new("n45", "GDPR regler for billeder i skolen", "mixed-language", ["c-gdpr"], "GDPR with Danish words."),
        new("n46", "dementia care i hjemmeplejen", "mixed-language", ["c-demens"], "Dementia is only in English documents."),

        // Roles: the role and the topic together; people with only one of them are graded lower.
        new("n47", "mentor for nye ledere", "role", ["c-lederudvikling"], "Mentors of other topics (IT, students) are distractors.") { Role = PersonRole.Mentor },
        new("n48", "ressourceperson for ordblindhed", "role", ["c-ordblindhed"], "Resource persons of other topics are distractors.") { Role = PersonRole.ResourcePerson },
        new("n49", "ambassadør for trivsel", "role", ["c-trivsel"], "Ambassadors of other topics are distractors; trivsel is everywhere in passing.") { Role = PersonRole.Ambassador },
        new("n50", "videndeler om velfærdsteknologi", "role", ["c-velfaerdsteknologi"], "Knowledge sharers of other topics are distractors.") { Role = PersonRole.KnowledgeSharer },
        new("n51", "ressourceperson inden for demens", "role", ["c-demens"], "Resource persons of other topics are distractors.") { Role = PersonRole.ResourcePerson },
        new("n52", "mentor for SSA elever", "role", ["c-sosu-elever"], "Mentors of other topics are distractors.") { Role = PersonRole.Mentor },
        new("n53", "ambassadør for affaldssortering", "role", ["c-affald"], "Ambassadors of other topics are distractors.") { Role = PersonRole.Ambassador },
        new("n54", "videndeler GDPR", "role", ["c-gdpr"], "Knowledge sharers of other topics are distractors.") { Role = PersonRole.KnowledgeSharer },
        new("n55", "ressourceperson på fleksjobområdet", "role", ["c-fleksjob"], "Resource persons of other topics are distractors.") { Role = PersonRole.ResourcePerson },

        // Noise: topics whose words are in hundreds of everyday documents.
        new("n56", "trivsel", "noise", ["c-trivsel"], "Trivsel is mentioned in passing in most minutes."),
        new("n57", "arbejdsmiljø", "noise", ["c-arbejdsmiljo"], "Arbejdsmiljø is a standing item of every MED meeting."),
        new("n58", "APV", "noise", ["c-apv"], "APV-opfølgning is in most minutes."),
        new("n59", "budgetopfølgning", "noise", ["c-budget"], "Budgets are mentioned in most minutes."),
        new("n60", "nye medarbejdere", "noise", ["c-introduktion"], "Every staff meeting welcomes new colleagues."),
        new("n61", "mødeledelse", "noise", ["c-facilitering"], "Every document mentions a meeting."),
        new("n62", "vagtplaner", "noise", ["c-vagtplan"], "Plans of every kind are everywhere; the title Planlægger is common."),
        new("n63", "borgerinddragelse", "noise", ["c-borgerinddragelse"], "Borger is one of the commonest words."),
        new("n64", "IT-sikkerhed", "noise", ["c-itsikkerhed"], "IT outages and IT questions fill the everyday documents."),

        // Colleagues: the unknown colleague, seen from a viewer.
        new("n65", "klimatilpasning", "colleague", ["c-klimatilpasning"], "Outside the viewer's unit and networks.") { Viewer = new("vejle", "c-klimatilpasning"), Scope = JudgmentSet.ScopeName.OutsideMyUnit },
        new("n66", "fleksjob", "colleague", ["c-fleksjob"], "A youth counsellor looking outside the department and the networks.") { Viewer = new("horsens", "c-fleksjob", "bu-unge"), Scope = JudgmentSet.ScopeName.OutsideMyDepartment },
        new("n67", "demens", "colleague", ["c-demens"], "Anyone the viewer may discover.") { Viewer = new("silkeborg", "c-demens"), Scope = JudgmentSet.ScopeName.Anyone },
        new("n68", "introforløb for nye pædagoger", "colleague", ["c-introduktion"], "Outside the viewer's unit and networks.") { Viewer = new("aarhus", "c-introduktion"), Scope = JudgmentSet.ScopeName.OutsideMyUnit },
        new("n69", "PPR", "colleague", ["c-ppr"], "A teacher looking outside the school and the networks.") { Viewer = new("aarhus", "c-ppr", "bu-skole"), Scope = JudgmentSet.ScopeName.OutsideMyUnit },
        new("n70", "hjerneskade", "colleague", ["c-hjerneskade"], "Outside the viewer's unit and networks.") { Viewer = new("horsens", "c-hjerneskade"), Scope = JudgmentSet.ScopeName.OutsideMyUnit },
        new("n71", "servicedesign", "colleague", ["c-servicedesign"], "A welfare technologist looking outside the department and the networks.") { Viewer = new("silkeborg", "c-servicedesign", "so-teknologi"), Scope = JudgmentSet.ScopeName.OutsideMyDepartment },
        new("n72", "APV i hjemmeplejen", "colleague", ["c-apv"], "Outside the viewer's unit and networks.") { Viewer = new("vejle", "c-apv"), Scope = JudgmentSet.ScopeName.OutsideMyUnit },
        new("n73", "datastyring", "colleague", ["c-datastyring"], "Anyone the viewer may discover.") { Viewer = new("vejle", "c-datastyring"), Scope = JudgmentSet.ScopeName.Anyone },
    ];
}
