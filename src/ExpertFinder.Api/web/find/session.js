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

/** The roles a login can carry (Auth/Caller.cs Role), as the header names them. */
const roleNames = { analyst: 'analytiker', admin: 'administrator i kommunen', 'deployment-admin': 'administrator for hele ExpertFinder' };

/** The visitor: { kind, personKey, municipalityKey, roles, login, anonymousReads, person }; person null unless signed in as one. */
export async function loadSession() {
  const response = await fetch('/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Serveren svarede ${response.status} på /session.`);
  const session = await response.json();
  session.person = session.personKey ? (await request(meQuery, {})).me.person : null;
  return session;
}

export const isSignedIn = (session) => session.person !== null;

/** Whether this server answers nothing without credentials and the visitor has none: the page can only offer the way in. */
export const mustLogIn = (session) => session.kind === 'anonymous' && !session.anonymousReads;

/** The municipality's login, coming back to this address (or another local one). */
export const loginAddress = (returnUrl = location.pathname + location.search) => '/login?returnUrl=' + encodeURIComponent(returnUrl);

/** Points the "Log ind" links at the address shown now: the header is drawn once, the address changes as the visitor moves. */
export function followAddress() {
  for (const link of document.querySelectorAll('a[data-login]')) link.href = loginAddress();
}

/** The header's session area: who you are and a way out, or the ways in. */
export function renderSession(container, session, app) {
  const logOutButton = () => el('button', { type: 'button', className: 'link-button', onclick: () => logOut(app) }, 'Log ud');
  if (session.person) {
    const roles = session.roles.map((role) => roleNames[role] ?? role);
    fill(container,
      el('span', { className: 'signed-in' }, 'Logget ind som ', el('strong', {}, session.person.name), roles.length ? ` (${roles.join(', ')})` : ''),
      logOutButton());
    return;
  }
  if (session.kind === 'user') {
    // Logged in as someone the data does not know: reading works, acting as a person does not, and the way out is needed.
    fill(container, el('span', { className: 'signed-in' }, 'Logget ind uden en personprofil her.'), logOutButton());
    return;
  }
  if (session.kind !== 'anonymous') {
    // A portal's API key: it reads, it is nobody.
    fill(container, el('span', { className: 'signed-in' }, 'Du læser med en portals nøgle, uden en personprofil.'));
    return;
  }
  const parts = [];
  if (session.login.provider) parts.push(el('a', { className: 'button', href: loginAddress(), 'data-login': '' }, 'Log ind'));
  if (session.login.development) parts.push(developmentPicker(app, session));
  if (parts.length === 0) parts.push(el('span', { className: 'hint' }, 'Ikke logget ind'));
  fill(container, parts);
}

/** The view at every address while reading needs a login the visitor has not done: the ways in, nothing read. */
export function renderLogin(main, route, app) {
  const session = app.session;
  app.setTitle('Log ind');
  const ways = [];
  if (session.login.provider) {
    ways.push(el('p', {}, el('a', { className: 'button', href: loginAddress(), 'data-login': '' }, 'Log ind med kommunens login')));
  }
  if (session.login.development) {
    ways.push(el('p', {}, 'I udviklingsmiljøet kan du også logge ind som en person fra data under ', el('strong', {}, 'Log ind som …'), ' øverst på siden.'));
  }
  if (ways.length === 0) {
    ways.push(el('p', { className: 'error', role: 'alert' },
      'Denne server har ikke noget login til siderne. Spørg dem, der driver ExpertFinder i kommunen.'));
  }
  fill(main, el('h1', {}, 'Log ind'),
    el('p', {}, 'Find en kollega viser kun medarbejderne noget, når de er logget ind.'),
    ways);
}

async function logOut(app) {
  const response = await fetch('/logout', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) { app.announce('Du kunne ikke logges ud. Prøv igen.'); return; }
  await app.refreshSession({ focus: true });
  app.announce('Du er logget ud.');
}

/**
 * Development only: log in as a person of the data, with a role if wanted. Where anonymous reads are allowed the
 * person is found by name; where they are not, the search itself would be refused, so the person's key is typed in.
 */
function developmentPicker(app, session) {
  const role = el('select', { id: 'dev-login-role' },
    el('option', { value: '' }, 'medarbejder'),
    el('option', { value: 'analyst' }, 'analytiker'),
    el('option', { value: 'admin' }, 'administrator i kommunen'));
  const status = el('p', { id: 'dev-login-status', className: 'hint', role: 'status' });
  const chooser = session.anonymousReads ? nameSearch(app, role, status) : keyForm(app, role, status);
  const picker = el('details', { className: 'dev-login' },
    el('summary', {}, 'Log ind som … (udvikling)'),
    el('div', { className: 'picker' },
      el('p', { id: 'dev-login-hint', className: 'hint' }, 'Kun i udviklingsmiljøet: vælg en person fra data.'),
      // The role first: choosing a person logs in at once.
      el('label', { for: 'dev-login-role' }, 'Rolle'), role,
      chooser,
      status));
  // Escape closes the picker and gives focus back to where it opens.
  picker.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !picker.open) return;
    picker.open = false;
    picker.querySelector('summary').focus();
  });
  return picker;
}

function nameSearch(app, role, status) {
  const results = el('ul', { className: 'picker-results', id: 'dev-login-results', 'aria-label': 'Personer' });
  const name = el('input', { id: 'dev-login-name', type: 'search', autocomplete: 'off', placeholder: 'Fx Mette', 'aria-describedby': 'dev-login-hint' });
  let pending = null;
  name.addEventListener('input', async () => {
    pending?.abort();
    pending = new AbortController();
    const text = name.value.trim();
    if (text.length < 2) { fill(results); status.textContent = ''; return; }
    try {
      const data = await request(peopleByName, { name: text }, pending.signal);
      fill(results, data.people.nodes.map((person) => el('li', {},
        el('button', { type: 'button', className: 'link-button', 'data-person': person.key, onclick: () => logInAs(app, person.key, role.value, status) },
          person.name, person.title ? `, ${person.title}` : '', ` (${person.unit.name})`))));
      status.textContent = data.people.nodes.length ? `${data.people.nodes.length} fundet` : 'Ingen personer med det navn.';
    } catch (error) {
      if (error.name !== 'AbortError') { fill(results); status.textContent = error.message; }
    }
  });
  return [el('label', { for: 'dev-login-name' }, 'Navn'), name, results];
}

function keyForm(app, role, status) {
  const key = el('input', { id: 'dev-login-key', type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder: 'Fx p-mette-lund', 'aria-describedby': 'dev-login-hint dev-login-key-hint' });
  return el('form', { className: 'picker-key', onsubmit: (event) => {
    // Sent with fetch; the page's policy (form-action 'none') would stop the form itself.
    event.preventDefault();
    if (key.value.trim()) logInAs(app, key.value.trim(), role.value, status);
  } },
  el('label', { for: 'dev-login-key' }, 'Personens nøgle'), key,
  el('p', { id: 'dev-login-key-hint', className: 'hint' }, 'Uden login kan siden ikke søge efter navne her, så skriv nøglen fra data.'),
  el('button', { type: 'submit' }, 'Log ind'));
}

async function logInAs(app, personKey, role, status) {
  const form = new FormData();
  form.set('person', personKey);
  if (role) form.set('role', role);
  const response = await fetch('/dev/login', { method: 'POST', body: form, credentials: 'same-origin' });
  if (!response.ok) { status.textContent = `Ingen person har nøglen ${personKey}.`; return; }
  await app.refreshSession({ focus: true });
  app.announce(`Du er logget ind som ${app.session.person?.name ?? personKey}.`);
}
