// A person's page: who they are and how to reach them, what they know with colleagues' endorsements (and "Anbefal"
// for a colleague), what to ask them about, their networks and writing, and the colleagues you both know.
import './person.css';
import { el, fill } from '../../shared/dom.js';
import { competenceSourceNames, formatDate, memberRoleNames, networkKindNames, personRoleNames, documentKindNames } from '../../shared/format.js';
import { contactFields, contactLines, personSummary, personSummaryFields } from '../people/personSummary.js';
import { competenceFragment, endorsementList, endorseControls, levelScale } from './competences.js';

const documentsShown = 10;

const personQuery = `query FindPerson($key: String!, $signedIn: Boolean!) {
  person(key: $key) {
    ${personSummaryFields} ${contactFields}
    bio roles languages askMeAbout openToMentoring openToJobRotation
    competences(first: 30) { nodes { ...FindPersonCompetence } }
    networks(first: 30) { nodes { role network { key name kind } } }
    documents(first: ${documentsShown}) { totalCount nodes { key title kind date } }
    colleaguesInCommon(first: 10) @include(if: $signedIn) { ${personSummaryFields} }
  }
}
${competenceFragment}`;

const languageNames = new Intl.DisplayNames(['da'], { type: 'language' });

export async function render(main, route, app, signal) {
  const me = app.session.person;
  const data = await app.query(personQuery, { key: route.params.key, signedIn: me !== null }, { signal });
  const person = data.person;
  if (!person) {
    app.setTitle('Profilen kan ikke vises');
    fill(main,
      el('h1', {}, 'Profilen kan ikke vises'),
      el('p', { className: 'not-found' }, 'Personen findes ikke, eller du kan ikke se profilen.'),
      el('p', {}, el('a', { href: '/', 'data-link': '' }, 'Tilbage til søgningen')));
    return;
  }
  app.setTitle(person.name);
  const isMe = me?.key === person.key;
  fill(main,
    el('div', { className: 'person-page' },
      header(person, isMe),
      // How to reach them comes first (on a phone, right below the name); on a desktop it stands beside the rest.
      el('div', { className: 'person-columns' },
        el('div', { className: 'person-side person-reach' }, contact(person, app, isMe), willingness(person)),
        el('div', { className: 'person-main' },
          person.bio ? section('person-bio', 'Om mig', el('p', { className: 'bio' }, person.bio)) : null,
          askMeAbout(person),
          competences(person, me, isMe, app),
          networks(person),
          documents(person)),
        me && !isMe ? el('div', { className: 'person-side person-common' }, inCommon(person)) : null)));
}

function section(id, title, ...content) {
  return el('section', { className: 'person-section', 'aria-labelledby': id },
    el('h2', { id }, title), content);
}

function header(person, isMe) {
  const summary = personSummary(person);
  // The page's one h1 is the name; personSummary's linked name would repeat it.
  summary.querySelector('.person-name')?.replaceWith(el('h1', { className: 'person-heading' }, person.name));
  const roles = person.roles.map((role) => personRoleNames[role] ?? role.toLowerCase());
  const languages = person.languages.map((code) => languageName(code));
  return el('div', { className: 'person-header card' },
    summary,
    roles.length ? el('p', { className: 'person-roles' }, el('span', { className: 'label' }, 'Roller: '),
      el('ul', { className: 'chips inline' }, roles.map((role) => el('li', { className: 'chip' }, role)))) : null,
    languages.length ? el('p', { className: 'person-languages' }, el('span', { className: 'label' }, 'Sprog: '), languages.join(', ')) : null,
    isMe ? el('p', {}, 'Det er dig. ', el('a', { href: '/mig', 'data-link': '' }, 'Ret din profil')) : null);
}

function languageName(code) {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function contact(person, app, isMe) {
  const lines = contactLines(person);
  let note = null;
  if (!lines) {
    note = app.session.kind === 'anonymous'
      ? 'Log ind for at se kontaktoplysninger.'
      : isMe ? 'Du har ingen kontaktoplysninger på din profil.' : 'Personen deler ikke sine kontaktoplysninger med dig.';
  }
  return section('person-contact', 'Kontakt', lines, note ? el('p', { className: 'hint contact-note' }, note) : null);
}

function askMeAbout(person) {
  if (person.askMeAbout.length === 0) return null;
  return section('person-ask', 'Spørg mig om',
    el('ul', { className: 'ask-list' }, person.askMeAbout.map((statement) => el('li', {}, statement))));
}

function willingness(person) {
  const yesNo = (value) => (value ? 'Ja' : 'Nej');
  return section('person-willing', 'Åben for',
    el('dl', { className: 'willing' },
      el('dt', {}, 'Mentorordning'), el('dd', { 'data-willing': 'mentoring' }, yesNo(person.openToMentoring)),
      el('dt', {}, 'Jobrotation for en dag'), el('dd', { 'data-willing': 'job-rotation' }, yesNo(person.openToJobRotation))));
}

function competences(person, me, isMe, app) {
  const items = person.competences.nodes;
  if (items.length === 0) return section('person-competences', 'Kompetencer', el('p', { className: 'hint' }, 'Ingen kompetencer registreret.'));
  const canEndorse = me !== null && !isMe;
  return section('person-competences', 'Kompetencer',
    el('ul', { className: 'cards competence-list' }, items.map((held) => competenceItem(person, held, me, canEndorse, app))));
}

/** One competence with its level, source and endorsements; redrawn in place after an endorsement changes it. */
function competenceItem(person, held, me, canEndorse, app) {
  const item = el('li', { className: 'card competence', 'data-competence': held.competence.key });
  const redraw = (next) => {
    const replacement = competenceItem(person, next, me, canEndorse, app);
    item.replaceWith(replacement);
    return replacement;
  };
  const headingId = `competence-${held.competence.key}`;
  fill(item,
    el('h3', { id: headingId }, held.competence.name),
    levelScale(held.level),
    el('p', { className: 'competence-source' }, competenceSourceNames[held.source] ?? held.source,
      held.since ? `, siden ${formatMonth(held.since)}` : ''),
    endorsementList(held.endorsements),
    canEndorse ? endorseControls(person, held, me, app, redraw) : null);
  return item;
}

function formatMonth(month) {
  const [year, number] = month.split('-');
  const name = new Intl.DateTimeFormat('da-DK', { month: 'long' }).format(new Date(Number(year), Number(number) - 1, 15));
  return `${name} ${year}`;
}

function networks(person) {
  const memberships = person.networks.nodes;
  return section('person-networks', 'Netværk',
    memberships.length === 0 ? el('p', { className: 'hint' }, 'Ikke med i nogen netværk.')
      : el('ul', { className: 'plain-list network-list' }, memberships.map((m) => el('li', {},
        el('span', { className: 'network-name' }, m.network.name),
        ` – ${memberRoleNames[m.role] ?? m.role}, ${networkKindNames[m.network.kind] ?? m.network.kind}`))));
}

function documents(person) {
  const { nodes, totalCount } = person.documents;
  return section('person-documents', 'Dokumenter',
    nodes.length === 0 ? el('p', { className: 'hint' }, 'Ingen dokumenter.')
      : el('ul', { className: 'plain-list document-list' }, nodes.map((d) => el('li', {},
        el('span', { className: 'document-title' }, d.title),
        el('span', { className: 'hint' }, ' – ', [d.kind ? documentKindNames[d.kind] ?? d.kind : null, d.date ? formatDate(d.date) : null].filter(Boolean).join(', '))))),
    totalCount > nodes.length ? el('p', { className: 'hint' }, `Viser de ${nodes.length} nyeste af ${totalCount} dokumenter.`) : null);
}

function inCommon(person) {
  const people = person.colleaguesInCommon ?? [];
  return section('person-in-common', 'Kolleger I begge kender',
    people.length === 0 ? el('p', { className: 'hint' }, 'I har ingen fælles kolleger, som du kan se.')
      : el('ul', { className: 'cards in-common' }, people.map((colleague) => el('li', {}, personSummary(colleague)))),
    el('p', { className: 'hint' }, 'Kolleger, der arbejder i samme enhed, er i samme netværk eller har skrevet et dokument med jer begge.'));
}
