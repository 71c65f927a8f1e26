// "Inviter en ukendt kollega på frokost" (/praksis/frokost): this ISO week's colleagues from other departments, with
// why they were suggested and a ready-made invitation. Suggestions are mutual: a visitor who has not opted in is told
// so and may opt in here.
import './practices.css';
import { el, fill } from '../../shared/dom.js';
import { contactFields, contactLines, personSummary, personSummaryFields } from '../people/personSummary.js';
import { isoWeek, signInPrompt, suggestionKindNames } from './practicesShared.js';

const suggestionsQuery = `query FindColleagueSuggestions {
  colleagueSuggestions(first: 3) {
    kind reason score
    competences { id key name }
    person { ${personSummaryFields} ${contactFields} }
  }
}`;

const optIn = `mutation FindOptInToMeetColleagues($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { id openToMeetingColleagues } errors { code path message } }
}`;

const notOpen = 'NOT_OPEN_TO_MEETING_COLLEAGUES';

export async function render(main, route, app, signal) {
  app.setTitle('Inviter en ukendt kollega på frokost');
  const heading = el('h1', {}, 'Inviter en ukendt kollega på frokost');
  const intro = el('p', { className: 'lead' },
    'Kolleger i andre forvaltninger, som du ikke har en enhed, et netværk, et dokument eller et møde til fælles med, men som arbejder med det samme som dig eller kan det, din enhed har brug for.');
  if (!app.session.person) {
    fill(main, heading, intro, signInPrompt(app, 'få forslag til kolleger at spise frokost med'));
    return;
  }
  const body = el('div', { className: 'lunch-body' });
  fill(main, heading, intro, body);
  await showSuggestions(body, app, signal);
}

async function showSuggestions(body, app, signal) {
  let suggestions;
  try {
    suggestions = (await app.query(suggestionsQuery, {}, { signal })).colleagueSuggestions;
  } catch (error) {
    if (error.code !== notOpen) throw error;
    fill(body, optInOffer(body, app));
    return false;
  }
  fill(body, el('section', { 'aria-labelledby': 'week-heading' },
    el('h2', { id: 'week-heading' }, `Denne uges forslag (uge ${isoWeek()})`),
    el('p', { className: 'hint' }, 'Forslagene gælder hele ugen; på mandag kommer der nye.'),
    suggestions.length
      ? el('ul', { className: 'cards lunch-suggestions' }, suggestions.map((s) => suggestionCard(s, app.session.person)))
      : el('p', { role: 'status' }, 'Der er ingen forslag til dig i denne uge. Prøv igen i næste uge.')));
  return true;
}

function optInOffer(body, app) {
  const status = el('p', { role: 'status', className: 'form-status' });
  const button = el('button', { type: 'button', id: 'opt-in' }, 'Ja, foreslå mig kolleger at møde');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.className = 'form-status';
    status.textContent = 'Gemmer …';
    try {
      const result = (await app.query(optIn, { input: { id: app.session.person.id, openToMeetingColleagues: true } })).updatePerson;
      if (result.errors.length) {
        status.className = 'form-status error';
        status.textContent = result.errors.map((e) => e.message).join(' ');
        button.disabled = false;
        return;
      }
      app.announce('Du er nu med i frokostordningen.');
      if (!await showSuggestions(body, app)) {
        // Still refused: a hidden profile cannot be suggested to others, so it gets no suggestions either.
        body.append(el('p', { className: 'error', role: 'alert' },
          'Din profil er skjult, så du kan ikke foreslås til andre, og du får derfor heller ingen forslag. ',
          el('a', { href: '/mig', 'data-link': '' }, 'Skift synlighed under Mig'), '.'));
        return;
      }
      body.querySelector('h2')?.setAttribute('tabindex', '-1');
      body.querySelector('h2')?.focus();
    } catch (error) {
      status.className = 'form-status error';
      status.textContent = app.describe(error);
      button.disabled = false;
    }
  });
  return el('section', { className: 'card opt-in', 'aria-labelledby': 'opt-in-heading' },
    el('h2', { id: 'opt-in-heading' }, 'Vil du møde nye kolleger?'),
    el('p', {}, 'Forslagene går begge veje: du får kun forslag, når du selv siger ja til at blive foreslået til andre kolleger. Kun du og dine administratorer kan se dit valg, og du kan altid fortryde det under Mig.'),
    el('div', { className: 'form-actions' }, button, status));
}

function suggestionCard(suggestion, me) {
  const { person } = suggestion;
  return el('li', { className: 'card lunch-suggestion', 'data-person': person.key },
    personSummary(person, { headingLevel: 3, extra: [
      el('p', { className: 'suggestion-kind' }, el('span', { className: 'chip' }, suggestionKindNames[suggestion.kind] ?? suggestion.kind)),
      el('p', { className: 'reason' }, suggestion.reason),
      suggestion.competences.length
        ? el('p', {}, 'Kompetencer: ', suggestion.competences.map((c) => c.name).join(', '))
        : null,
      contactLines(person),
      person.email
        ? el('p', {}, el('a', { className: 'button secondary invite', href: invitation(person, suggestion, me) }, `Inviter ${firstName(person.name)} på frokost`))
        : el('p', { className: 'hint' }, 'Personen deler ikke sin e-mail med dig; find vedkommende via arbejdsstedet.')] }));
}

const firstName = (name) => name.trim().split(/\s+/)[0];

/** A mailto link with a Danish subject and a short, friendly body. */
function invitation(person, suggestion, me) {
  const subject = 'Frokost en dag?';
  const body = [
    `Hej ${firstName(person.name)}`,
    '',
    `Jeg fandt dig via "Find en kollega", som foreslog os at mødes: ${suggestion.reason}`,
    '',
    'Har du lyst til at spise frokost med mig en dag i de kommende uger? Sig til, hvilken dag der passer dig.',
    '',
    'Venlig hilsen',
    me.name,
  ].join('\n');
  return `mailto:${person.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
