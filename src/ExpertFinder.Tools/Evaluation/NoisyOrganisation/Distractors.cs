using ExpertFinder.Tools.Generation;
using PersonRole = ExpertFinder.Core.Vocabulary.Role;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// A person made to look relevant to a query without being so: a title or bio that uses the query's words in another
/// sense, or a role for another field. <see cref="Competence"/> is what they do know.
/// </summary>
internal sealed record DistractorPlan(string Office, string Title, string? Role, string Competence, int Level, string Bio)
{
    /// <summary>Sentences of the documents they write on their own field, and the titles.</summary>
    public string[] Writes { get; init; } = [];

    public string[] Titles { get; init; } = [];
}

/// <summary>
/// The designed distractors, one of each in every municipality, and the secretaries of the MED committees, who write
/// every set of minutes of their department and so mention trivsel, APV, budgets and new colleagues in passing hundreds
/// of times without knowing more of them than anyone.
/// </summary>
internal static class Distractors
{
    public const string SecretaryTitle = "Administrativ medarbejder, sekretær for MED-udvalget";

    public static readonly DistractorPlan[] Plans =
    [
        new("hr-service", "Leder af kantinen", PersonRole.Manager, "c-kantine", 5,
            "Jeg er leder af kantinen og har ansvaret for menuplaner, indkøb og et køkken med otte medarbejdere. Som ny leder i køkkenet lærte jeg meget af at lave mad til 400 om dagen.")
        {
            Titles = ["Nyt fra kantinen", "Kantinens plan for efteråret", "Madspild i kantinen"],
            Writes =
            [
                "Som leder af kantinen har jeg lagt en ny plan for menuerne, så der er en grøn ret hver dag.",
                "Vi byder velkommen til to nye medarbejdere i køkkenet, som starter på mandag.",
                "Madspildet er faldet med en tredjedel, efter at vi begyndte at veje resterne hver dag.",
                "Nye ledere og mødeholdere kan bestille forplejning senest to dage før i bestillingssystemet.",
                "Kantinen holder lukket i uge 29 og 30; der er sandwich i automaten i receptionen.",
            ],
        },
        new("bu-skole", "Lærer og IT-mentor for elever", PersonRole.Mentor, "c-skole", 4,
            "Jeg underviser i matematik og natur/teknologi og er IT-mentor for eleverne i udskolingen: jeg hjælper nye elever med iPads, Aula og programmering.")
        {
            Titles = ["IT-mentorordningen for elever", "iPads i indskolingen"],
            Writes =
            [
                "IT-mentorerne er elever fra 8. klasse, som hjælper de yngste elever med iPads og programmering.",
                "Som mentor for de nye IT-mentorer mødes jeg med dem hver fredag i frikvarteret.",
                "Nye elever får deres iPad den første skoledag og en IT-mentor fra udskolingen.",
                "Forældre kan kontakte skolen, hvis elevens iPad går i stykker.",
            ],
        },
        new("sb-jobcenter", "Mentor for ledige i virksomhedspraktik", PersonRole.Mentor, "c-beskaeftigelse", 4,
            "Jeg er mentor for ledige borgere, der er i virksomhedspraktik, og følger dem de første uger på arbejdspladsen."),
        new("bu-skole", "Lærer, trivselsansvarlig for eleverne", PersonRole.ResourcePerson, "c-skole", 4,
            "Jeg står for den nationale trivselsmåling for eleverne og arbejder med trivsel og fællesskab i klasserne. Jeg er ressourceperson for matematik på skolen.")
        {
            Titles = ["Elevernes trivselsmåling", "Trivsel i klasserne", "Handleplan for elevtrivsel"],
            Writes =
            [
                "Den nationale trivselsmåling for elever gennemføres i februar i alle klasser.",
                "Resultaterne viser, at elevernes trivsel er høj i indskolingen, men falder i 7. klasse.",
                "Vi arbejder med trivsel i klasserne gennem klassemøder og faste legegrupper.",
                "Elever, der ikke trives, skal have en voksen, de kan tale med, og forældrene skal inddrages.",
                "Trivselsmålingen for eleverne bruges som grundlag for klassens handleplan.",
            ],
        },
        new("tm-vej", "Dataansvarlig for trafiktællinger", null, "c-teknik-miljo", 4,
            "Jeg indsamler og bearbejder data fra trafiktællinger og cykeltællere og laver kort over trafikken i byen.")
        {
            Titles = ["Trafiktællinger: data for året", "Cykeltællerne viser rekord"],
            Writes =
            [
                "Data fra trafiktællingerne viser, at trafikken på Ringvejen er steget med fire procent.",
                "Cykeltællerne ved banegården har registreret over 6.000 cyklister på en almindelig hverdag.",
                "Alle data fra tællingerne ligger nu i et fælles regneark, som planlæggerne kan bruge.",
                "Vi ejer selv tællerne, og data bliver hentet automatisk hver nat.",
            ],
        },
        new("so-sygepleje", "Sundhedsambassadør og sygeplejerske", PersonRole.Ambassador, "c-sundhed", 4,
            "Jeg er sundhedsambassadør og inspirerer kolleger til at bevæge sig mere i hverdagen."),
        new("tm-vej", "Cykelambassadør og trafikplanlægger", PersonRole.Ambassador, "c-teknik-miljo", 3,
            "Jeg er cykelambassadør og planlægger nye cykelstier og sikre skoleveje."),
        new("hr-okonomi", "Bogholder", PersonRole.KnowledgeSharer, "c-okonomi", 4,
            "Jeg er videndeler om Excel og regneark og holder korte kurser for kolleger i pivottabeller."),
        new("bu-dagtilbud", "Pædagog, sprogansvarlig", PersonRole.ResourcePerson, "c-paedagogik", 4,
            "Jeg er ressourceperson for sprog i børnehuset og laver sprogvurderinger af de treårige."),
        new("so-hjemmepleje", "Teamleder, ny i stillingen", PersonRole.Manager, "c-ledelse", 2,
            "Jeg blev leder i hjemmeplejen sidste år og har selv en mentor fra en anden forvaltning, som hjælper mig som ny leder. Før det var jeg social- og sundhedsassistent i ti år."),
        new("bd-it", "IT-supporter", PersonRole.KnowledgeSharer, "c-it-drift", 4,
            "Jeg sidder i servicedesk og er videndeler om Teams og Outlook. Jeg hjælper gerne nye medarbejdere med at komme på nettet den første dag."),
        new("hr-service", "Pedel og affaldsansvarlig på Rådhuset", null, "c-administration", 2,
            "Jeg er pedel og sørger for, at containerne bliver tømt og at møderummene er klar."),
    ];

    public static IReadOnlyList<Person> Plant(SeededRandom random, Organisation organisation)
    {
        var planted = new List<Person>();
        foreach (var municipality in Structure.Municipalities)
        {
            foreach (var plan in Plans)
            {
                var candidates = organisation.People
                    .Where(p => !p.Planted && !p.IsLeader && !p.IsHidden && p.Unit.Office == plan.Office && p.Unit.Municipality.Key == municipality.Key)
                    .ToList();
                var person = random.Pick(candidates);
                person.Title = plan.Title;
                person.Bio = plan.Bio;
                person.Topic = plan.Competence;
                person.Hold(plan.Competence, plan.Level, "manager", Staffing.Since(random));
                if (plan.Role is { } role)
                {
                    person.AddRole(role);
                }
                if (plan.Role == PersonRole.Manager)
                {
                    person.IsLeader = true;
                }
                planted.Add(person);
            }
            foreach (var department in organisation.Units.Where(u => u.Kind == "department" && u.Municipality.Key == municipality.Key))
            {
                var candidates = organisation.People
                    .Where(p => !p.Planted && !p.IsLeader && !p.IsHidden && p.Unit.Department == department && p.Unit.Office is not null)
                    .ToList();
                var secretary = random.Pick(candidates);
                secretary.Title = SecretaryTitle;
                secretary.Topic = "c-administration";
                secretary.Hold("c-administration", 4, "manager", Staffing.Since(random));
                secretary.Hold("c-medindflydelse", 2, "self", Staffing.Since(random));
                planted.Add(secretary);
            }
        }
        return planted;
    }
}
