// "Find en kollega": one page, its views chosen by the address (router.js), everything read through /graphql as the
// visitor. Links marked data-link move within the page; the address always holds what is shown, so it can be shared.
import './find.css';
import { el, fill } from '../shared/dom.js';
import { GraphQLError, request } from '../shared/graphql.js';
import { match } from './router.js';
import { followAddress, loadSession, loginAddress, mustLogIn, renderLogin, renderSession } from './session.js';
import { render as renderSearch } from './search/searchView.js';
import { render as renderPerson } from './person/personView.js';
import { render as renderMe } from './me/meView.js';
import { render as renderPractices } from './practices/practicesView.js';
import { render as renderProposal } from './practices/proposalView.js';
import { render as renderGap } from './practices/gapView.js';
import { render as renderLunch } from './practices/lunchView.js';

const views = {
  search: { render: renderSearch, nav: 'search' },
  person: { render: renderPerson, nav: 'search' },
  me: { render: renderMe, nav: 'me' },
  practices: { render: renderPractices, nav: 'practices' },
  proposal: { render: renderProposal, nav: 'practices' },
  gap: { render: renderGap, nav: 'practices' },
  lunch: { render: renderLunch, nav: 'practices' },
  notFound: { render: renderNotFound, nav: null },
};

const main = document.getElementById('main');
const announcer = document.getElementById('announcer');
let current = null;
// The address the view on screen was drawn for: moving to a fragment (#…) of it draws nothing again.
let shownAddress = null;

/**
 * What every view gets: the visitor, GraphQL, navigation and a polite announcement for screen readers.
 * A view is `render(main, route, app, signal)`; the signal aborts when the visitor moves on.
 */
const app = {
  session: null,
  query: (text, variables = {}, options = {}) => request(text, variables, options.signal),
  navigate(url, { replace = false } = {}) {
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    return show({ focus: true });
  },
  /** Changes the address without drawing again, for a view that already shows what the new address says. */
  remember(url) {
    history.replaceState(null, '', url);
    shownAddress = location.pathname + location.search;
    followAddress();
  },
  /** Asks the server who the visitor is now (after logging in or out) and draws the header and the view again. */
  async refreshSession({ focus = false } = {}) {
    app.session = await loadSession();
    renderSession(document.getElementById('session'), app.session, app);
    await show({ focus });
  },
  announce(message) {
    announcer.textContent = '';
    // A new text node, so that a repeated message is read again.
    requestAnimationFrame(() => { announcer.textContent = message; });
  },
  setTitle(text) { document.title = text ? `${text} – Find en kollega` : 'Find en kollega – ExpertFinder'; },
  describe,
};

/** A problem in words a visitor can act on, with the server's code for whoever they ask for help. */
export function describe(error) {
  if (error instanceof GraphQLError) {
    if (error.code === 'UNAUTHENTICATED') return 'Du skal logge ind for at se dette.';
    if (error.code === 'FORBIDDEN') return 'Du har ikke adgang til dette.';
    if (error.code === 'NETWORK') return 'Serveren kunne ikke nås. Prøv igen om lidt.';
    return `${error.message} (${error.code})`;
  }
  return error.message;
}

async function show({ focus }) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = match(location);
  shownAddress = location.pathname + location.search;
  followAddress();
  // Where reading needs a login the visitor has not done, every address shows the way in (and keeps the address,
  // which the login comes back to); the views are never asked to read what would be refused.
  const view = mustLogIn(app.session) ? { render: renderLogin, nav: null } : views[route.name];
  for (const link of document.querySelectorAll('[data-nav]')) {
    // "page" on the link to the page shown, "true" on the section it belongs to (a person belongs to the search).
    if (link.dataset.nav !== view.nav) link.removeAttribute('aria-current');
    else link.setAttribute('aria-current', new URL(link.href).pathname === route.path ? 'page' : 'true');
  }
  document.body.dataset.view = view.render === renderLogin ? 'login' : route.name;
  document.body.dataset.state = 'loading';
  try {
    await view.render(main, route, app, controller.signal);
    if (controller.signal.aborted) return;
    document.body.dataset.state = 'ready';
  } catch (error) {
    if (error.name === 'AbortError' || controller.signal.aborted) return;
    document.body.dataset.state = 'error';
    fill(main, el('h1', { tabindex: '-1' }, 'Noget gik galt'), el('p', { className: 'error', role: 'alert' }, describe(error)));
  }
  if (focus) {
    // Moving focus to the new heading tells a screen reader that the page changed, as a full load would.
    const heading = main.querySelector('h1');
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    (heading ?? main).focus();
  }
}

function renderNotFound(container) {
  app.setTitle('Siden findes ikke');
  fill(container, el('h1', { tabindex: '-1' }, 'Siden findes ikke'),
    el('p', {}, 'Adressen peger ikke på en side her. ', el('a', { href: '/', 'data-link': '' }, 'Gå til søgningen'), '.'));
}

// Same-page links: no reload, the address and the back button still work.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-link]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  app.navigate(url.pathname + url.search + url.hash);
});
// The skip link moves focus only: as a #main fragment it would also change the address that is shared.
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
// Back and forward draw the view of the address; a change of fragment alone (a link to #…) does not.
window.addEventListener('popstate', () => {
  if (location.pathname + location.search !== shownAddress) show({ focus: true });
});

// For the browser tests and for anyone debugging: the app's state, never used by the page itself.
window.findApp = { app, ready: null };
window.findApp.ready = (async () => {
  try {
    app.session = await loadSession();
  } catch (error) {
    document.body.dataset.state = 'error';
    fill(main, el('h1', {}, 'Siden kunne ikke starte'), el('p', { className: 'error', role: 'alert' }, describe(error)));
    return;
  }
  if (mustLogIn(app.session) && app.session.login.provider) {
    // Reading needs credentials here: straight to the municipality's login, and back to this address. Only on
    // arrival: after "Log ud" the page shows the way in instead, or a provider that remembers the visitor would
    // sign them in again at once.
    location.assign(loginAddress());
    return;
  }
  renderSession(document.getElementById('session'), app.session, app);
  await show({ focus: false });
})();
