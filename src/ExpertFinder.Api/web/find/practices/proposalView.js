// "Foreslå et tema" (/praksis/forslag): the theme template as a form, the round the proposal falls in, and after
// sending, the proposal with the people the search suggests to involve.
import './practices.css';
import { el, fill } from '../../shared/dom.js';
import { formatDate, networkKindNames } from '../../shared/format.js';
import { contactFields, contactLines, personSummary, personSummaryFields } from '../people/personSummary.js';
import { capitalise, signInPrompt } from './practicesShared.js';
import { errorText, maxAnswerLength, maxTitleLength, questions } from './proposalTemplate.js';

const roundAndMunicipality = `query FindProposalForm($municipality: String!) {
  proposalRound { key name deadline }
  unit(key: $municipality) { id key name children(first: 50) { nodes { id key name kind } } }
}`;

/** The children of many units in one request: an alias per unit, within the server's 30 aliases. */
const childrenQuery = (units) => `query FindProposalUnits { ${units.map((unit, i) =>
  `c${i}: unit(key: ${JSON.stringify(unit.key)}) { children(first: 50) { nodes { id key name kind } } }`).join(' ')} }`;
const aliasesPerRequest = 25;

/**
 * The municipality's units as a tree, a level per round of requests: nested children in one query would cost
 * 50 × 50 × 50 by the server's complexity rule.
 */
async function loadTree(app, municipality, signal) {
  let level = municipality.children.nodes;
  while (level.length) {
    const next = [];
    for (let start = 0; start < level.length; start += aliasesPerRequest) {
      const chunk = level.slice(start, start + aliasesPerRequest);
      const data = await app.query(childrenQuery(chunk), {}, { signal });
      chunk.forEach((unit, i) => {
        unit.children = data[`c${i}`]?.children ?? { nodes: [] };
        next.push(...unit.children.nodes);
      });
    }
    level = next;
  }
  return municipality;
}

const propose = `mutation FindProposeTheme($input: ProposeThemeInput!) {
  proposeTheme(input: $input) {
    proposal {
      id key title kind status submitted
      round { key name deadline }
      affectedUnits { key name }
      suggestedParticipants(first: 8) { reason departmentName person { ${personSummaryFields} ${contactFields} } }
    }
    errors { code path message }
  }
}`;

export async function render(main, route, app, signal) {
  app.setTitle('Foreslå et tema');
  const heading = el('h1', {}, 'Foreslå et tema');
  if (!app.session.person) {
    fill(main, heading, signInPrompt(app, 'foreslå et tema'));
    return;
  }
  const municipality = app.session.municipalityKey ?? app.session.person.unit.ancestors[0]?.key ?? app.session.person.unit.key;
  const data = await app.query(roundAndMunicipality, { municipality }, { signal });
  await loadTree(app, data.unit, signal);
  const form = proposalForm(data, app, (proposal) => showProposal(main, proposal, app));
  fill(main, heading,
    el('p', { className: 'lead' }, `Et tema til et nyt netværk på tværs af enheder. Forslaget går til ledelsesforummet i ${data.unit.name}, som behandler forslagene i runder.`),
    roundNotice(data.proposalRound),
    form);
}

function roundNotice(round) {
  return el('p', { className: 'round-notice', id: 'proposal-round', 'data-round': round.key },
    `Dit forslag behandles i ${round.name} (frist ${formatDate(round.deadline)}).`);
}

/** The form; calls onSent with the proposal once the server has it. Errors stand next to their fields. */
function proposalForm(data, app, onSent) {
  const fields = new Map();
  const errorSlots = new Map();
  const errorSlot = (field) => {
    const slot = el('p', { className: 'field-error error', id: `proposal-${field}-error`, role: 'alert', hidden: true });
    errorSlots.set(field, slot);
    return slot;
  };
  // The units' fieldset carries the errors of the list; its hint stays described.
  const controlOf = (field) => (field === 'affectedUnitIds' ? form.querySelector('#proposal-units') : fields.get(field));
  const baseDescription = (field) => (field === 'affectedUnitIds' ? 'proposal-units-hint' : null);

  const title = el('input', { id: 'proposal-title', name: 'title', type: 'text', maxlength: String(maxTitleLength), 'aria-required': 'true', autocomplete: 'off' });
  fields.set('title', title);
  const kind = el('select', { id: 'proposal-kind', name: 'kind' },
    Object.entries(networkKindNames).map(([value, name]) => el('option', { value }, capitalise(name))));
  fields.set('kind', kind);

  const answers = questions.map((question, index) => {
    const id = `proposal-${question.field}`;
    const textarea = el('textarea', { id, name: question.field, rows: '4', maxlength: String(maxAnswerLength), 'aria-required': question.optional ? null : 'true' });
    fields.set(question.field, textarea);
    return el('div', { className: 'field' },
      el('label', { for: id }, `${index + 1}. ${question.text}`, question.optional ? el('span', { className: 'optional' }, ' (valgfrit)') : null),
      textarea);
  });

  const units = unitChoices(data.unit);
  fields.set('affectedUnitIds', units.first);
  const submit = el('button', { type: 'submit' }, 'Send forslaget');
  const status = el('p', { role: 'status', className: 'form-status' });
  const titleError = errorSlot('title');
  const kindError = errorSlot('kind');
  const unitsError = errorSlot('affectedUnitIds');

  const form = el('form', { className: 'proposal-form', novalidate: true, 'aria-labelledby': 'proposal-form-heading' },
    el('h2', { id: 'proposal-form-heading' }, 'Temaskabelonen'),
    el('p', { className: 'hint' }, 'Svar kort og konkret. Spørgsmål 1-6 skal besvares; spørgsmål 7 er valgfrit.'),
    el('div', { className: 'field' }, el('label', { for: 'proposal-title' }, 'Temaets titel'), titleError, title),
    el('div', { className: 'field' }, el('label', { for: 'proposal-kind' }, 'Slags netværk'), kindError, kind),
    el('fieldset', { className: 'questions' }, el('legend', {}, 'De syv spørgsmål'),
      answers.map((answer, index) => {
        const field = questions[index].field;
        answer.querySelector('label').after(errorSlot(field));
        return answer;
      })),
    el('fieldset', { className: 'unit-choices', id: 'proposal-units', 'aria-describedby': 'proposal-units-hint' },
      el('legend', {}, 'Berørte enheder (mindst to)'),
      el('p', { className: 'hint', id: 'proposal-units-hint' }, `Vælg de forvaltninger, afdelinger og teams i ${data.unit.name}, som temaet går på tværs af.`),
      unitsError,
      units.list,
      units.count),
    el('div', { className: 'form-actions' }, submit, status));

  // A field's error goes once the field is changed; the rest stay until the next try.
  form.addEventListener('input', (event) => {
    const field = event.target.closest('#proposal-units') ? 'affectedUnitIds' : event.target.name;
    if (errorSlots.get(field) && !errorSlots.get(field).hidden) clearError(field);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    submit.disabled = true;
    status.textContent = 'Sender …';
    try {
      const input = {
        title: title.value,
        kind: kind.value,
        affectedUnitIds: units.selected(),
        ...Object.fromEntries(questions.map((q) => [q.field, fields.get(q.field).value.trim() === '' && q.optional ? null : fields.get(q.field).value])),
      };
      const result = (await app.query(propose, { input })).proposeTheme;
      if (result.errors.length) {
        status.textContent = '';
        showErrors(result.errors);
        return;
      }
      status.textContent = '';
      app.announce('Dit forslag er sendt.');
      onSent(result.proposal);
    } catch (error) {
      status.textContent = '';
      status.className = 'form-status error';
      status.textContent = app.describe(error);
    } finally {
      submit.disabled = false;
    }
  });

  function clearError(field) {
    const slot = errorSlots.get(field);
    slot.hidden = true;
    slot.textContent = '';
    const control = controlOf(field);
    control.removeAttribute('aria-invalid');
    if (baseDescription(field)) control.setAttribute('aria-describedby', baseDescription(field));
    else control.removeAttribute('aria-describedby');
  }

  function clearErrors() {
    for (const field of errorSlots.keys()) clearError(field);
    status.className = 'form-status';
  }

  function showErrors(errors) {
    let first = null;
    const general = [];
    for (const error of errors) {
      // ["input", "affectedUnitIds", "0"] names the list; an error of one unit in it is shown by the list.
      const field = error.path?.[1];
      const slot = errorSlots.get(field);
      if (!slot) { general.push(error.message); continue; }
      slot.hidden = false;
      slot.textContent = slot.textContent ? `${slot.textContent} ${errorText(error)}` : errorText(error);
      const control = controlOf(field);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [slot.id, baseDescription(field)].filter(Boolean).join(' '));
      first ??= fields.get(field);
    }
    if (general.length) {
      status.className = 'form-status error';
      status.textContent = general.join(' ');
    }
    app.announce(`Forslaget blev ikke sendt: ${errors.length === 1 ? 'ét felt' : `${errors.length} felter`} skal rettes.`);
    (first ?? submit).focus();
  }

  return form;
}

/** Checkboxes for the municipality's units below it, nested as the organisation is (forvaltning › afdeling › team). */
function unitChoices(municipality) {
  const boxes = [];
  const count = el('p', { className: 'hint', id: 'proposal-units-count', role: 'status' }, '0 enheder valgt');
  const update = () => {
    const chosen = boxes.filter((box) => box.checked).length;
    count.textContent = chosen === 1 ? '1 enhed valgt' : `${chosen} enheder valgt`;
  };
  const list = (units, depth) => el('ul', { className: `unit-tree depth-${depth}` }, units.map((unit) => {
    const id = 'proposal-unit-' + unit.key;
    const box = el('input', { type: 'checkbox', id, value: unit.id, 'data-unit': unit.key, onchange: update });
    boxes.push(box);
    const children = unit.children?.nodes ?? [];
    return el('li', {},
      el('label', { className: 'check', for: id }, box, unit.name),
      children.length ? list(children, depth + 1) : null);
  }));
  const tree = list(municipality.children.nodes, 0);
  return {
    list: el('div', { className: 'unit-scroll' }, tree),
    count,
    first: boxes[0],
    selected: () => boxes.filter((box) => box.checked).map((box) => box.value),
  };
}

/** The proposal as sent: its round and whom to involve. */
function showProposal(main, proposal, app) {
  const heading = el('h1', { tabindex: '-1' }, 'Dit forslag er sendt');
  fill(main, heading,
    el('p', { className: 'ok', 'data-proposal': proposal.key },
      `«${proposal.title}» (${networkKindNames[proposal.kind] ?? proposal.kind}) er sendt til ledelsesforummet og behandles i ${proposal.round.name} (frist ${formatDate(proposal.round.deadline)}).`),
    el('p', {}, 'Berørte enheder: ', proposal.affectedUnits.map((u) => u.name).join(', '), '.'),
    el('section', { 'aria-labelledby': 'suggested-heading' },
      el('h2', { id: 'suggested-heading' }, 'Forslag til deltagere'),
      proposal.suggestedParticipants.length
        ? [el('p', { className: 'hint' }, 'Fundet ved at søge på forslagets tekst i de berørte enheder, fordelt på forvaltningerne.'),
          el('ul', { className: 'cards suggested-participants' }, proposal.suggestedParticipants.map((suggestion) =>
            el('li', { className: 'card', 'data-person': suggestion.person.key },
              personSummary(suggestion.person, { headingLevel: 3, extra: [
                el('p', { className: 'reason' }, suggestion.reason),
                suggestion.departmentName ? el('p', { className: 'hint' }, `Forvaltning: ${suggestion.departmentName}`) : null,
                contactLines(suggestion.person)] }))))]
        : el('p', {}, 'Søgningen fandt ingen oplagte deltagere i de berørte enheder endnu.')),
    el('p', {}, el('a', { href: '/praksis', 'data-link': '' }, 'Se dine temaforslag'), ' · ',
      el('a', { href: '/praksis/forslag', 'data-link': '' }, 'Foreslå et tema mere')));
  app.setTitle('Dit forslag er sendt');
  heading.focus();
}
