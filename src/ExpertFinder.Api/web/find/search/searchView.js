// The home view: one search box with suggestions, whom to search among, filters from the facets, and hits that say
// why each person matched and how to reach them. The address holds the search (searchState.js), so it can be shared;
// a new search inside the view adds a history entry and draws only the results, so focus stays where the visitor is.
import './search.css';
import { el, fill } from '../../shared/dom.js';
import { formatInteger } from '../../shared/format.js';
import { personPath } from '../router.js';
import { autocomplete } from './autocomplete.js';
import { filterPanel } from './facets.js';
import { hitItem } from './hit.js';
import { expertFilter, hasFilters, readSearch, scopes, searchUrl, withoutFilters } from './searchState.js';
import { expertsQuery, pageSize } from './searchQuery.js';

const examples = ['vidensdeling', 'sundhedsfremme', 'personalejura'];

export async function render(main, route, app, signal) {
  const signedIn = Boolean(app.session?.person);
  let state = readSearch(route.search);
  if (!signedIn) state.scope = 'ANYONE';
  const labels = new Map();
  let searching = null;
  signal.addEventListener('abort', () => searching?.abort());

  const input = el('input', { id: 'search-q', name: 'q', type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'search-hint' });
  input.value = state.q;
  const listbox = el('ul', { id: 'search-suggestions', className: 'suggestions', 'aria-label': 'Forslag' });
  const suggestions = autocomplete(input, listbox, app, {
    signal,
    onPick(suggestion) {
      if (suggestion.kind === 'PERSON') app.navigate(personPath(suggestion.key));
      else search({ ...state, q: suggestion.label });
    },
  });
  const form = el('form', { className: 'search-form', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    suggestions.close();
    search({ ...state, q: input.value.trim() });
  } },
  el('label', { for: 'search-q', className: 'search-label' }, 'Hvad skal du vide noget om?'),
  el('div', { className: 'search-row' }, el('div', { className: 'combo' }, input, listbox), el('button', { type: 'submit' }, 'Søg')),
  el('p', { id: 'search-hint', className: 'hint' }, 'Skriv et emne med dine egne ord, fx et fagområde, en opgave eller et navn. Forslagene vælges med pil op og ned og Enter.'),
  signedIn ? scopeChoice() : null);

  const resultsHeading = el('h2', { id: 'results-heading', tabindex: '-1' }, 'Resultater');
  const resultsBody = el('div', { className: 'results-body' });
  const results = el('section', { className: 'results', 'aria-labelledby': 'results-heading', 'data-state': 'idle' }, resultsHeading, resultsBody);
  const filtersHeading = el('h2', { id: 'filters-heading', tabindex: '-1' }, 'Filtrér');
  const filtersBody = el('div', {});
  const filters = el('section', { className: 'filters', 'aria-labelledby': 'filters-heading' }, filtersHeading, filtersBody);
  const layout = el('div', { className: 'search-layout' }, results, filters);

  fill(main, el('h1', {}, 'Find en kollega'), form, layout);
  await show(state);

  /** Whom to search among: only for a signed-in person, whose unit and department the API knows. */
  function scopeChoice() {
    return el('fieldset', { className: 'scope' }, el('legend', {}, 'Hvem vil du finde?'),
      el('div', { className: 'scope-options' }, scopes.map((scope) => {
        const id = 'scope-' + scope.value.toLowerCase().replace(/_/g, '-');
        return el('div', { className: 'check' },
          el('input', { type: 'radio', id, name: 'scope', value: scope.value, checked: state.scope === scope.value,
            onchange: () => search({ ...state, scope: scope.value }) }),
          el('label', { for: id, className: 'check-label' }, scope.label));
      })));
  }

  /** A new search from inside the view: its own history entry, then only the results are drawn again. */
  function search(next) {
    const url = searchUrl(next);
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    input.value = next.q;
    for (const radio of form.querySelectorAll('input[name="scope"]')) radio.checked = radio.value === next.scope;
    return show(next);
  }

  async function show(next) {
    state = next;
    app.setTitle(state.q ? `Søgning: ${state.q}` : '');
    searching?.abort();
    resultsHeading.textContent = state.q ? 'Resultater' : 'Sådan søger du';
    if (!state.q) { results.dataset.state = 'idle'; fill(resultsBody, intro()); fill(filtersBody); filters.hidden = true; return; }
    markSubmit();
    const controller = new AbortController();
    searching = controller;
    results.dataset.state = 'loading';
    results.setAttribute('aria-busy', 'true');
    let data;
    try {
      data = (await app.query(expertsQuery, variables(state, null, true), { signal: controller.signal })).experts;
    } catch (error) {
      if (error.name === 'AbortError' || controller.signal.aborted) return;
      results.dataset.state = 'error';
      results.removeAttribute('aria-busy');
      fill(resultsBody, el('p', { className: 'error', role: 'alert' }, app.describe(error)));
      return;
    }
    if (controller.signal.aborted) return;
    performance.mark('find:answer');
    drawResults(data, controller);
    drawFilters(data.facets);
    results.removeAttribute('aria-busy');
    results.dataset.state = data.nodes.length ? 'ready' : 'empty';
    markResults();
    app.announce(data.totalCount === 0 ? `Ingen personer fundet for ${state.q}.` : `${countText(data.totalCount)} fundet for ${state.q}.`);
  }

  function variables(of, after, withFacets) {
    const vars = { q: of.q, first: pageSize, after, filter: expertFilter(of), withFacets };
    if (signedIn) vars.scope = of.scope;
    return vars;
  }

  function drawResults(data, controller) {
    const list = el('ol', { className: 'cards hits', onkeydown: moveBetweenHits });
    appendHits(list, data.nodes);
    const shown = () => list.children.length;
    const more = el('div', { className: 'more' });
    const drawMore = (pageInfo) => fill(more, pageInfo.hasNextPage ? [
      el('p', { className: 'hint', id: 'more-hint' }, `Viser ${formatInteger(shown())} af ${countText(data.totalCount)}.`),
      el('button', { type: 'button', className: 'secondary', 'aria-describedby': 'more-hint', onclick: () => loadMore(pageInfo.endCursor) }, 'Vis flere'),
    ] : null);

    async function loadMore(after) {
      const button = more.querySelector('button');
      button.disabled = true;
      button.textContent = 'Henter …';
      try {
        const next = (await app.query(expertsQuery, variables(state, after, false), { signal: controller.signal })).experts;
        const first = appendHits(list, next.nodes);
        drawMore(next.pageInfo);
        // The first new hit gets focus, so the keyboard continues where the list grew.
        first?.querySelector('.person-name a')?.focus();
        app.announce(`Viser ${formatInteger(shown())} af ${countText(data.totalCount)}.`);
      } catch (error) {
        if (error.name === 'AbortError' || controller.signal.aborted) return;
        fill(more, el('p', { className: 'error', role: 'alert' }, app.describe(error)));
      }
    }

    drawMore(data.pageInfo);
    fill(resultsBody,
      notices(data),
      data.nodes.length ? [
        el('div', { className: 'summary' },
          el('p', { className: 'total', 'data-total': String(data.totalCount) }, `${countText(data.totalCount)} fundet`),
          el('button', { type: 'button', className: 'link-button', onclick: () => { filtersHeading.focus(); filtersHeading.scrollIntoView(); } }, 'Gå til filtre')),
        el('p', { className: 'hint keyboard-hint' }, 'Med tastaturet: Tab går gennem resultaterne. Når en persons navn har fokus, flytter pil ned og pil op til næste og forrige person.'),
        list, more,
      ] : empty());
  }

  function appendHits(list, hits) {
    const items = hits.map((hit) => hitItem(hit, { signedIn }));
    list.append(...items);
    return items[0];
  }

  function notices(data) {
    const parts = [];
    if (data.didYouMean) {
      parts.push(el('p', { className: 'did-you-mean' }, 'Mente du ',
        el('a', { href: searchUrl({ ...state, q: data.didYouMean }), onclick: (event) => {
          event.preventDefault();
          search({ ...state, q: data.didYouMean }).then(() => resultsHeading.focus());
        } }, data.didYouMean), '? Resultaterne er for den stavemåde.'));
    }
    if (data.expandedWith.length) parts.push(el('p', { className: 'expanded-with hint' }, `Søgte også på: ${data.expandedWith.join(', ')}.`));
    return parts;
  }

  function empty() {
    const narrowed = hasFilters(state) || state.scope !== 'ANYONE';
    return el('div', { className: 'empty' },
      el('p', {}, `Ingen personer fundet for »${state.q}«.`),
      el('ul', {},
        el('li', {}, 'Prøv andre eller færre ord, eller et bredere emne (fx »ledelse« i stedet for et bestemt værktøj).'),
        el('li', {}, 'Søg på det, opgaven handler om, frem for en titel.'),
        narrowed ? el('li', {}, 'Fjern filtre eller søg blandt alle: ',
          el('button', { type: 'button', className: 'link-button', onclick: () => search({ ...withoutFilters(state), scope: 'ANYONE' }) }, 'søg uden filtre')) : null));
  }

  function drawFilters(facets) {
    const focused = filtersBody.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = focused ? focusId(focused) : null;
    const panel = filterPanel(state, facets ?? [], labels, (next) => search(next));
    fill(filtersBody, panel);
    filters.hidden = false;
    if (focusKey) {
      // The control that was used stays in focus after the panel is drawn again, or the panel's heading if it went.
      const again = filtersBody.querySelector(focusKey);
      (again ?? filtersHeading).focus();
    }
  }

  function intro() {
    return el('div', { className: 'intro' },
      el('p', {}, 'Søg efter en kollega, der ved noget om det, du arbejder med: på tværs af afdelinger, forvaltninger og kommuner.'),
      el('p', {}, 'Prøv fx ', examples.flatMap((word, i) => [i ? (i === examples.length - 1 ? ' eller ' : ', ') : '',
        el('a', { href: searchUrl({ ...withoutFilters(state), q: word }), 'data-link': '' }, word)]), '.'));
  }
}

/** A selector that finds the same control in a panel drawn again. */
function focusId(element) {
  if (element.dataset.param && element.dataset.value !== undefined) {
    return `[data-param="${CSS.escape(element.dataset.param)}"][data-value="${CSS.escape(element.dataset.value)}"]${element.type === 'checkbox' ? '[type="checkbox"]' : ''}`;
  }
  return element.id ? '#' + CSS.escape(element.id) : null;
}

/** Arrow down and up move between the hits' names, once one of them has focus. */
function moveBetweenHits(event) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (!event.target.matches('.person-name a')) return;
  const links = [...event.currentTarget.querySelectorAll('.person-name a')];
  const next = links[links.indexOf(event.target) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

const countText = (count) => `${formatInteger(count)} ${count === 1 ? 'person' : 'personer'}`;

// Time to first results, in the page's own Performance timeline (read by the browser test): from the search being
// asked for (Enter, the button, a suggestion, a filter or the address) to the hits being in the DOM and drawn;
// 'find:answer' splits it into waiting for the API and drawing.
function markSubmit() {
  performance.clearMarks('find:submit');
  performance.clearMarks('find:results');
  performance.clearMarks('find:answer');
  performance.mark('find:submit');
}

function markResults() {
  performance.mark('find:results');
  requestAnimationFrame(() => {
    try {
      performance.measure('find:first-results', 'find:submit');
    } catch {
      // A newer search cleared the mark: its own measure follows.
    }
  });
}
