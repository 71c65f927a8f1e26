// "Mig": the signed-in person edits their profile, competences, visibility and contact sharing, what they can be
// asked about and what they are open to, and downloads their data. Each part saves on its own (updatePerson takes
// only the fields given), says so, and shows the server's errors next to the field at fault.
import './me.css';
import { el, fill } from '../../shared/dom.js';
import { contactSharingNames, visibilityNames } from '../../shared/format.js';
import { competencesSection } from './meCompetences.js';
import { errorSlot, saveSection } from './saving.js';

const meQuery = `query FindMe {
  me {
    person {
      id key name title bio email phone location languages visibility contactSharing
      askMeAbout openToMentoring openToJobRotation openToMeetingColleagues
    }
    competences(first: 50) { nodes { level source competence { id key name } } }
  }
}`;

const visibilityExplained = {
  PUBLIC: 'Alle, der bruger ExpertFinder, også i andre kommuner og via portaler, kan finde din profil.',
  ORGANISATION: 'Kun kolleger i din egen kommune kan finde og se din profil.',
  HIDDEN: 'Ingen kan finde dig i søgninger eller lister; kun du og dine administratorer kan se profilen.',
};

const contactExplained = {
  READERS: 'Alle, der må se din profil, kan se din e-mail, dit telefonnummer og dit arbejdssted.',
  MUNICIPALITY: 'Kun kolleger i din egen kommune kan se dine kontaktoplysninger.',
  NOBODY: 'Ingen andre end du og dine administratorer kan se dine kontaktoplysninger.',
};

export async function render(main, route, app, signal) {
  app.setTitle('Mig');
  if (!app.session.person) {
    fill(main,
      el('h1', {}, 'Mig'),
      el('p', {}, 'Her kan du rette din profil, dine kompetencer og hvem der kan se dig. Log ind for at komme i gang: brug ',
        el('strong', {}, 'Log ind'), ' øverst på siden.'),
      app.session.kind === 'anonymous' ? null : el('p', { className: 'hint' }, 'Du er logget ind uden en personprofil, så der er ingen profil at rette.'));
    return;
  }
  const { me } = await app.query(meQuery, {}, { signal });
  const person = me.person;
  fill(main,
    el('h1', {}, 'Mig'),
    el('p', { className: 'hint' }, 'Ret din profil her. Hver del gemmes for sig med sin egen knap. ',
      el('a', { href: `/personer/${encodeURIComponent(person.key)}`, 'data-link': '' }, 'Se din profil, som andre ser den'), '.'),
    el('div', { className: 'me-sections' },
      profileSection(person, app),
      competencesSection(person, me.competences.nodes, app),
      askMeAboutSection(person, app),
      willingnessSection(person, app),
      privacySection(person, app),
      dataSection()));
}

function textField(id, label, value, { multiline = false, type = 'text', hint = null, autocomplete = 'off' } = {}) {
  const control = multiline
    ? el('textarea', { id, name: id, rows: '5' })
    : el('input', { id, name: id, type, autocomplete });
  control.value = value ?? '';
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return el('div', { className: 'field' },
    el('label', { for: id }, label), hint ? el('p', { id: hintId, className: 'hint' }, hint) : null, control, errorSlot(id));
}

function profileSection(person, app) {
  const fields = {
    name: textField('me-name', 'Navn', person.name, { autocomplete: 'name' }),
    title: textField('me-title', 'Titel', person.title, { autocomplete: 'organization-title' }),
    bio: textField('me-bio', 'Om mig', person.bio, { multiline: true, hint: 'Med dine egne ord: hvad du arbejder med, og hvad du gerne hjælper med.' }),
    phone: textField('me-phone', 'Telefon', person.phone, { type: 'tel', autocomplete: 'tel' }),
    location: textField('me-location', 'Arbejdssted', person.location),
    languages: textField('me-languages', 'Sprog', person.languages.join(', '), { hint: 'Sprogkoder adskilt af komma, fx da, en, de.' }),
  };
  const value = (id) => document.getElementById(id).value.trim();
  return saveSection({
    id: 'me-profile', title: 'Profil', app, button: 'Gem profil',
    fields: Object.values(fields),
    // Where the server names an input field, its message goes next to that control.
    fieldIds: { name: 'me-name', title: 'me-title', bio: 'me-bio', phone: 'me-phone', location: 'me-location', languages: 'me-languages' },
    input: () => ({
      id: person.id,
      name: value('me-name'),
      title: value('me-title') || null,
      bio: value('me-bio') || null,
      phone: value('me-phone') || null,
      location: value('me-location') || null,
      languages: value('me-languages').split(',').map((code) => code.trim().toLowerCase()).filter(Boolean),
    }),
    saved: async (changed) => {
      if (changed.name !== person.name) {
        person.name = changed.name;
        // The header shows the name: load the session again (it draws this page again too).
        await app.refreshSession();
        app.announce('Din profil er gemt.');
        return null;
      }
      return 'Din profil er gemt.';
    },
  });
}

function askMeAboutSection(person, app) {
  let statements = [...person.askMeAbout];
  const list = el('ul', { className: 'ask-edit-list', id: 'me-ask-list' });
  const drawList = () => fill(list, statements.length === 0
    ? el('li', { className: 'hint' }, 'Ingen endnu.')
    : statements.map((statement, index) => el('li', {},
      el('span', { className: 'ask-text' }, statement),
      el('button', { type: 'button', className: 'secondary small', onclick: () => { statements.splice(index, 1); drawList(); } },
        'Fjern', el('span', { className: 'visually-hidden' }, `: ${statement}`)))));
  drawList();
  const input = el('input', { id: 'me-ask-new', type: 'text', autocomplete: 'off', 'aria-describedby': 'me-ask-new-hint' });
  const add = el('button', { type: 'button', className: 'secondary', id: 'me-ask-add' }, 'Tilføj');
  add.addEventListener('click', () => {
    const text = input.value.trim();
    if (!text) { input.focus(); return; }
    statements.push(text);
    input.value = '';
    drawList();
    input.focus();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') { event.preventDefault(); add.click(); }
  });
  return saveSection({
    id: 'me-ask', title: 'Spørg mig om', app, button: 'Gem spørg mig om',
    fields: [
      el('p', { className: 'hint' }, 'Hvad kolleger gerne må spørge dig om, med dine egne ord. Tilføj og fjern her, og gem bagefter.'),
      list,
      el('div', { className: 'field' },
        el('label', { for: 'me-ask-new' }, 'Nyt emne'),
        el('p', { id: 'me-ask-new-hint', className: 'hint' }, 'Højst 20 emner på hver højst 200 tegn.'),
        el('div', { className: 'inline-field' }, input, add),
        errorSlot('me-ask-new')),
    ],
    fieldIds: { askMeAbout: 'me-ask-new' },
    input: () => {
      // A statement typed but not added yet is surely meant to be saved too.
      const pending = input.value.trim();
      return { id: person.id, askMeAbout: pending ? [...statements, pending] : statements };
    },
    saved: (changed, answer) => {
      statements = [...answer.askMeAbout];
      input.value = '';
      drawList();
      return 'Dine emner er gemt.';
    },
  });
}

function checkbox(id, label, checked, hint) {
  const box = el('input', { id, type: 'checkbox', 'aria-describedby': `${id}-hint` });
  box.checked = checked;
  return el('div', { className: 'field' },
    el('label', { className: 'check', for: id }, box, label),
    el('p', { id: `${id}-hint`, className: 'hint check-hint' }, hint));
}

function willingnessSection(person, app) {
  return saveSection({
    id: 'me-willing', title: 'Det er jeg åben for', app, button: 'Gem',
    fields: [
      checkbox('me-mentoring', 'Mentorordning', person.openToMentoring, 'Du vil gerne være mentor for en kollega.'),
      checkbox('me-job-rotation', 'Jobrotation for en dag', person.openToJobRotation, 'Du vil gerne være vært eller gæst en dag i en anden enhed.'),
      checkbox('me-meeting', 'Møde ukendte kolleger', person.openToMeetingColleagues === true,
        'Du kan blive foreslået til frokost med kolleger fra andre forvaltninger og få forslag selv.'),
      errorSlot('me-willing-fields'),
    ],
    fieldIds: {},
    input: () => ({
      id: person.id,
      openToMentoring: document.getElementById('me-mentoring').checked,
      openToJobRotation: document.getElementById('me-job-rotation').checked,
      openToMeetingColleagues: document.getElementById('me-meeting').checked,
    }),
    saved: () => 'Det er gemt.',
  });
}

function radios(name, legend, options, names, explained, current) {
  return el('fieldset', { className: 'choices' },
    el('legend', {}, legend),
    options.map((option) => {
      const id = `${name}-${option.toLowerCase()}`;
      const radio = el('input', { type: 'radio', name, id, value: option, 'aria-describedby': `${id}-hint` });
      radio.checked = option === current;
      return el('div', { className: 'choice' },
        el('label', { className: 'check', for: id }, radio, names[option]),
        el('p', { id: `${id}-hint`, className: 'hint check-hint' }, explained[option]));
    }),
    errorSlot(name));
}

function privacySection(person, app) {
  const chosen = (name) => document.querySelector(`input[name="${name}"]:checked`)?.value;
  return saveSection({
    id: 'me-privacy', title: 'Hvem kan se mig', app, button: 'Gem synlighed og kontakt',
    fields: [
      radios('me-visibility', 'Hvem kan finde min profil', ['PUBLIC', 'ORGANISATION', 'HIDDEN'], visibilityNames, visibilityExplained, person.visibility),
      radios('me-contact', 'Hvem kan se mine kontaktoplysninger', ['READERS', 'MUNICIPALITY', 'NOBODY'], contactSharingNames, contactExplained, person.contactSharing),
    ],
    fieldIds: { visibility: 'me-visibility', contactSharing: 'me-contact' },
    input: () => ({ id: person.id, visibility: chosen('me-visibility'), contactSharing: chosen('me-contact') }),
    saved: () => 'Dine valg er gemt.',
  });
}

function dataSection() {
  return el('section', { className: 'card me-section', 'aria-labelledby': 'me-data-heading' },
    el('h2', { id: 'me-data-heading' }, 'Mine data'),
    el('p', {}, 'Hent alt, hvad ExpertFinder ved om dig: profil, kompetencer, anbefalinger, netværk, dokumenter og ændringer, som én JSON-fil.'),
    el('p', {}, el('a', { className: 'button secondary', href: '/me/export.json', download: 'mine-data.json', id: 'me-download' }, 'Download mine data')));
}
