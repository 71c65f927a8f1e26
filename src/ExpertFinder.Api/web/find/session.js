// Who the page reads as (GET /session, then the person from /graphql) and the header's way in and out:
// the municipality's login (GET /login, the provider's code flow) or, in Development, "log ind som" a person of the data.
import { el, fill } from '../shared/dom.js';
import { request } from '../shared/graphql.js';

const meQuery = `query FindSessionPerson {
  me { person { id key name title unit { id key name ancestors { id key name kind } } } }
}`;

const peopleByName = `query FindLoginPicker($name: String!) {
  people(filter: { name: $name }, first: 8) { nodes { key name title unit { name } } }
}`;

/** The visitor: { kind, personKey, municipalityKey, roles, login, anonymousReads, person }; person null unless signed in as one. */
export async function loadSession() {
  const response = await fetch('/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Serveren svarede ${response.status} på /session.`);
  const session = await response.json();
  session.person = session.personKey ? (await request(meQuery, {})).me.person : null;
  return session;
}

export const isSignedIn = (session) => session.person !== null;

/** The header's session area: who you are and a way out, or the ways in. */
export function renderSession(container, session, app) {
  if (session.person) {
    const roles = session.roles.length ? ` (${session.roles.join(', ')})` : '';
    fill(container,
      el('span', { className: 'signed-in' }, 'Logget ind som ', el('strong', {}, session.person.name), roles),
      el('button', { type: 'button', className: 'link-button', onclick: () => logOut(app) }, 'Log ud'));
    return;
  }
  if (session.kind !== 'anonymous') {
    // A portal key or a user the data does not know: reading works, acting as a person does not.
    fill(container, el('span', { className: 'signed-in' }, 'Du læser uden en personprofil.'));
    return;
  }
  const parts = [];
  if (session.login.provider) {
    const returnUrl = location.pathname + location.search;
    parts.push(el('a', { className: 'button', href: '/login?returnUrl=' + encodeURIComponent(returnUrl) }, 'Log ind'));
  }
  if (session.login.development) parts.push(developmentPicker(app));
  if (parts.length === 0) parts.push(el('span', { className: 'hint' }, 'Ikke logget ind'));
  fill(container, parts);
}

async function logOut(app) {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin' });
  await app.refreshSession();
  app.announce('Du er logget ud.');
}

/** Development only: find a person of the data by name and log in as them, with a role if wanted. */
function developmentPicker(app) {
  const results = el('ul', { className: 'picker-results', id: 'dev-login-results' });
  const name = el('input', { id: 'dev-login-name', type: 'search', autocomplete: 'off', placeholder: 'Fx Mette', 'aria-describedby': 'dev-login-hint' });
  const role = el('select', { id: 'dev-login-role' },
    el('option', { value: '' }, 'medarbejder'),
    el('option', { value: 'analyst' }, 'analytiker'),
    el('option', { value: 'admin' }, 'administrator i kommunen'));
  let pending = null;
  name.addEventListener('input', async () => {
    pending?.abort();
    pending = new AbortController();
    const text = name.value.trim();
    if (text.length < 2) { fill(results); return; }
    try {
      const data = await request(peopleByName, { name: text }, pending.signal);
      fill(results, data.people.nodes.map((person) => el('li', {},
        el('button', { type: 'button', className: 'link-button', 'data-person': person.key, onclick: () => logInAs(app, person.key, role.value) },
          person.name, person.title ? `, ${person.title}` : '', ` (${person.unit.name})`))));
    } catch (error) {
      if (error.name !== 'AbortError') fill(results, el('li', { className: 'error' }, error.message));
    }
  });
  return el('details', { className: 'dev-login' },
    el('summary', {}, 'Log ind som … (udvikling)'),
    el('div', { className: 'picker' },
      el('p', { id: 'dev-login-hint', className: 'hint' }, 'Kun i udviklingsmiljøet: vælg en person fra data.'),
      el('label', { for: 'dev-login-name' }, 'Navn'), name,
      el('label', { for: 'dev-login-role' }, 'Rolle'), role,
      results));
}

async function logInAs(app, personKey, role) {
  const form = new FormData();
  form.set('person', personKey);
  if (role) form.set('role', role);
  const response = await fetch('/dev/login', { method: 'POST', body: form, credentials: 'same-origin' });
  if (!response.ok) { app.announce('Den person findes ikke.'); return; }
  await app.refreshSession();
  app.announce(`Du er logget ind som ${app.session.person?.name ?? personKey}` + '.');
}
