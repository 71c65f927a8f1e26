// The search box's suggestions as an ARIA 1.2 combobox: the input keeps focus, aria-activedescendant points at the
// highlighted option, arrows move, Enter picks, Escape closes. Suggestions are fetched a moment after typing stops,
// and a newer keystroke aborts the older request.
import { el, fill } from '../../shared/dom.js';
import { suggestQuery } from './searchQuery.js';

const kindNames = { COMPETENCE: 'Kompetence', PERSON: 'Person', NETWORK: 'Netværk' };
const debounceMs = 150;
const minimumLength = 2;

/**
 * Makes `input` a combobox over `listbox`. `onPick(suggestion)` is called with the chosen suggestion;
 * the signal ends the suggestions when the view goes. Returns { close() }.
 */
export function autocomplete(input, listbox, app, { onPick, signal }) {
  let options = [];
  let active = -1;
  let timer = null;
  let pending = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;

  function close() {
    clearTimeout(timer);
    pending?.abort();
    pending = null;
    options = [];
    active = -1;
    listbox.hidden = true;
    fill(listbox);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function show(suggestions) {
    options = suggestions;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (options.length === 0) { close(); return; }
    fill(listbox, options.map((s, i) => el('li', {
      id: `${listbox.id}-${i}`, role: 'option', 'aria-selected': 'false', className: 'suggestion', 'data-kind': s.kind,
      // Keeps focus in the box: the click picks, the input never blurs.
      onmousedown: (event) => event.preventDefault(),
      onclick: () => pick(i),
    }, el('span', { className: 'suggestion-label' }, s.label),
    s.kind === 'COMPETENCE' && s.matchedText && s.matchedText.toLocaleLowerCase('da-DK') !== s.label.toLocaleLowerCase('da-DK')
      ? el('span', { className: 'suggestion-synonym' }, ` (også kaldet ${s.matchedText})`) : null,
    el('span', { className: 'suggestion-kind' }, kindNames[s.kind] ?? s.kind))));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function highlight(index) {
    const items = listbox.querySelectorAll('[role="option"]');
    items[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const item = items[active];
    if (!item) { input.removeAttribute('aria-activedescendant'); return; }
    item.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', item.id);
    item.scrollIntoView({ block: 'nearest' });
  }

  function pick(index) {
    const suggestion = options[index];
    close();
    if (suggestion) onPick(suggestion);
  }

  async function ask(prefix) {
    pending?.abort();
    pending = new AbortController();
    const mine = pending;
    try {
      const data = await app.query(suggestQuery, { prefix, first: 8 }, { signal: mine.signal });
      if (mine.signal.aborted || input.value.trim() !== prefix || document.activeElement !== input) return;
      show(data.suggest);
    } catch (error) {
      // Suggestions are a help, not the search: a failed one just shows none.
      if (error.name !== 'AbortError' && !mine.signal.aborted) close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < minimumLength) { close(); return; }
    timer = setTimeout(() => ask(prefix), debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && options.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        const prefix = input.value.trim();
        if (prefix.length >= minimumLength) { event.preventDefault(); ask(prefix); }
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Past either end the highlight returns to the box itself.
      const next = active + step;
      highlight(next < -1 ? options.length - 1 : next >= options.length ? -1 : next);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', () => close());
  signal?.addEventListener('abort', () => close());
  return { close };
}
