// "Mine kompetencer": change a level, remove one, or find a competence in the taxonomy and add it, self-assessed.
// Each change is saved at once (setPersonCompetence / removePersonCompetence) and the list is drawn from the answer.
import { el, fill } from '../../shared/dom.js';
import { competenceSourceNames } from '../../shared/format.js';
import { levelWords } from '../person/competences.js';
import { setStatus } from './saving.js';

const setMutation = `mutation FindSetMyCompetence($input: SetPersonCompetenceInput!) {
  setPersonCompetence(input: $input) { personCompetence { level source competence { id key name } } errors { message code path } }
}`;

const removeMutation = `mutation FindRemoveMyCompetence($input: RemovePersonCompetenceInput!) {
  removePersonCompetence(input: $input) { errors { message code path } }
}`;

const searchQuery = `query FindCompetenceByName($name: String!) {
  competences(filter: { name: $name }, first: 8) { nodes { id key name } }
}`;

function levelSelect(id, level) {
  const select = el('select', { id },
    [1, 2, 3, 4, 5].map((value) => el('option', { value: String(value) }, `${value} – ${levelWords[value]}`)));
  select.value = String(level);
  return select;
}

export function competencesSection(person, held, app) {
  let competences = [...held];
  const status = el('p', { className: 'status', id: 'me-competences-status' });
  const list = el('ul', { className: 'my-competences' });

  const report = (errors, fallback) => setStatus(status,
    'Intet blev gemt: ' + (errors.map((error) => `${error.message} (${error.code})`).join(' ') || fallback), false);

  async function save(input, done) {
    fill(status);
    try {
      const { setPersonCompetence: answer } = await app.query(setMutation, { input: { personId: person.id, ...input } });
      if (answer.errors.length || !answer.personCompetence) { report(answer.errors, 'ukendt fejl'); return false; }
      const saved = answer.personCompetence;
      const at = competences.findIndex((c) => c.competence.id === saved.competence.id);
      if (at >= 0) competences[at] = saved; else competences.push(saved);
      competences.sort((a, b) => b.level - a.level || a.competence.name.localeCompare(b.competence.name, 'da'));
      draw();
      done(saved);
      return true;
    } catch (error) {
      setStatus(status, app.describe(error), false);
      return false;
    }
  }

  async function remove(competence) {
    fill(status);
    try {
      const { removePersonCompetence: answer } = await app.query(removeMutation, { input: { personId: person.id, competenceId: competence.id } });
      if (answer.errors.length) { report(answer.errors, ''); return; }
      competences = competences.filter((c) => c.competence.id !== competence.id);
      draw();
      const message = `${competence.name} er fjernet.`;
      setStatus(status, message, true);
      app.announce(message);
    } catch (error) {
      setStatus(status, app.describe(error), false);
    }
  }

  function draw() {
    fill(list, competences.length === 0 ? el('li', { className: 'hint' }, 'Du har ingen kompetencer endnu.') : competences.map((item) => {
      const id = `me-level-${item.competence.key}`;
      const select = levelSelect(id, item.level);
      const saveLevel = el('button', { type: 'button', className: 'secondary', 'data-action': 'save-level' },
        'Gem niveau', el('span', { className: 'visually-hidden' }, ` for ${item.competence.name}`));
      saveLevel.addEventListener('click', () => save({ competenceId: item.competence.id, level: Number(select.value) }, (saved) => {
        const message = `${saved.competence.name} er nu niveau ${saved.level} af 5.`;
        setStatus(status, message, true);
        app.announce(message);
        document.getElementById(id)?.focus();
      }));
      const removeButton = el('button', { type: 'button', className: 'secondary', 'data-action': 'remove' },
        'Fjern', el('span', { className: 'visually-hidden' }, ` ${item.competence.name}`));
      removeButton.addEventListener('click', () => remove(item.competence));
      return el('li', { className: 'my-competence', 'data-competence': item.competence.key },
        el('div', { className: 'my-competence-name' }, el('strong', {}, item.competence.name),
          el('span', { className: 'hint' }, ` (${competenceSourceNames[item.source] ?? item.source})`)),
        el('div', { className: 'my-competence-controls' },
          el('label', { for: id }, 'Niveau', el('span', { className: 'visually-hidden' }, ` for ${item.competence.name}`)), select,
          saveLevel, removeButton));
    }));
  }
  draw();

  return el('section', { className: 'card me-section', id: 'me-competences', 'aria-labelledby': 'me-competences-heading' },
    el('h2', { id: 'me-competences-heading' }, 'Mine kompetencer'),
    el('p', { className: 'hint' }, 'Niveau 1 er begynder, 5 er den, kolleger går til. Det, du selv tilføjer, står som selvvurderet, indtil en kollega anbefaler det.'),
    list,
    addCompetence(competences, save, status, app),
    status);
}

/** Find a competence by name or synonym, pick it, choose a level and add it (source SELF). */
function addCompetence(competences, save, status, app) {
  let chosen = null;
  let pending = null;
  const search = el('input', { id: 'me-competence-search', type: 'search', autocomplete: 'off', 'aria-describedby': 'me-competence-search-hint' });
  const results = el('ul', { className: 'competence-results', id: 'me-competence-results' });
  const picked = el('p', { className: 'picked', id: 'me-competence-picked' }, 'Ingen kompetence valgt.');
  const level = levelSelect('me-competence-level', 3);
  const add = el('button', { type: 'button', id: 'me-competence-add' }, 'Tilføj kompetence');

  search.addEventListener('input', async () => {
    pending?.abort();
    pending = new AbortController();
    const text = search.value.trim();
    if (text.length < 2) { fill(results); return; }
    try {
      const data = await app.query(searchQuery, { name: text }, { signal: pending.signal });
      const found = data.competences.nodes;
      fill(results, found.length === 0 ? el('li', { className: 'hint' }, 'Ingen kompetencer med det navn.')
        : found.map((competence) => el('li', {}, el('button', {
          type: 'button', className: 'link-button', 'data-key': competence.key,
          onclick: () => {
            chosen = competence;
            fill(picked, 'Valgt: ', el('strong', {}, competence.name));
            fill(results);
            level.focus();
          },
        }, competence.name))));
    } catch (error) {
      if (error.name !== 'AbortError') setStatus(status, app.describe(error), false);
    }
  });
  add.addEventListener('click', () => {
    if (!chosen) {
      setStatus(status, 'Vælg først en kompetence i søgningen.', false);
      search.focus();
      return;
    }
    const known = competences.some((c) => c.competence.id === chosen.id);
    save({ competenceId: chosen.id, level: Number(level.value), ...(known ? {} : { source: 'SELF' }) }, (saved) => {
      const message = `${saved.competence.name} er tilføjet på niveau ${saved.level} af 5.`;
      setStatus(status, message, true);
      app.announce(message);
      chosen = null;
      search.value = '';
      fill(picked, 'Ingen kompetence valgt.');
      search.focus();
    });
  });

  return el('div', { className: 'add-competence' },
    el('h3', {}, 'Tilføj en kompetence'),
    el('div', { className: 'field' },
      el('label', { for: 'me-competence-search' }, 'Find kompetence'),
      el('p', { id: 'me-competence-search-hint', className: 'hint' }, 'Skriv mindst to bogstaver af navnet, og vælg i listen.'),
      search, results, picked),
    el('div', { className: 'field' }, el('label', { for: 'me-competence-level' }, 'Niveau'), level),
    add);
}
