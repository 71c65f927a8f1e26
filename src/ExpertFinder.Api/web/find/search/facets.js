// Filters from the facets of the current search: each value a checkbox with its count, the competence's minimum
// level, and the active filters as buttons that remove them. Every change is a new search (onChange(state)).
import { el } from '../../shared/dom.js';
import { capitalise, formatInteger, networkKindNames, personRoleNames } from '../../shared/format.js';
import { filterFields, hasFilters, withFilterValue, withoutFilters } from './searchState.js';

const enumNames = { role: personRoleNames, networkKind: networkKindNames };

/** The label of a facet value: Danish names for the enums (as the hits say them), else the API's label. */
function valueLabel(field, value, label) {
  const danish = enumNames[field.facet]?.[value];
  return danish ? capitalise(danish) : label;
}

/**
 * The filter panel: `facets` as answered for the search `state`; `labels` remembers the labels of values seen before,
 * for chosen values the current facets no longer list.
 */
export function filterPanel(state, facets, labels, onChange) {
  const byName = new Map(facets.map((f) => [f.name, f.values]));
  const fieldsets = [];
  for (const field of filterFields) {
    const chosen = state.filters[field.param] ?? [];
    const values = [...(byName.get(field.facet) ?? [])];
    for (const v of values) labels.set(`${field.param}:${v.value}`, valueLabel(field, v.value, v.label));
    // A chosen value stays visible (to be unticked) even when it is not among the top values any more.
    for (const value of chosen) if (!values.some((v) => v.value === value)) values.push({ value, label: labels.get(`${field.param}:${value}`) ?? value, count: null });
    const levelSelect = field.param === 'kompetence' ? minimumLevel(state, onChange) : null;
    if (values.length === 0 && !levelSelect) continue;
    fieldsets.push(el('fieldset', { className: 'facet', 'data-facet': field.facet },
      el('legend', {}, field.legend),
      values.length ? el('ul', { className: 'facet-values' }, values.map((v, i) => {
        const id = `filter-${field.param}-${i}`;
        const label = valueLabel(field, v.value, v.label);
        return el('li', {},
          el('input', {
            type: 'checkbox', id, 'data-value': v.value, 'data-param': field.param, checked: chosen.includes(v.value),
            onchange: (event) => onChange(withFilterValue(state, field.param, v.value, event.target.checked)),
          }),
          el('label', { for: id, className: 'check-label' }, label, v.count === null ? '' : ` (${formatInteger(v.count)})`));
      })) : el('p', { className: 'hint' }, 'Ingen at vælge imellem.'),
      levelSelect));
  }
  return el('div', { className: 'facets' },
    activeFilters(state, labels, onChange),
    fieldsets.length ? fieldsets : el('p', { className: 'hint' }, 'Der er ikke noget at filtrere på for denne søgning.'));
}

function minimumLevel(state, onChange) {
  return el('div', { className: 'field level-field' },
    el('label', { for: 'filter-niveau' }, 'Mindst på niveau'),
    el('select', { id: 'filter-niveau', onchange: (event) => onChange({ ...state, level: Number(event.target.value) || null }) },
      el('option', { value: '', selected: !state.level }, 'Alle niveauer'),
      [1, 2, 3, 4, 5].map((level) => el('option', { value: String(level), selected: state.level === level }, `${level} af 5`))));
}

/** The chosen filters as buttons that remove them, and one that removes all. */
function activeFilters(state, labels, onChange) {
  if (!hasFilters(state)) return null;
  const buttons = [];
  for (const field of filterFields) {
    for (const value of state.filters[field.param] ?? []) {
      const label = labels.get(`${field.param}:${value}`) ?? value;
      buttons.push(el('li', {}, el('button', {
        type: 'button', className: 'secondary remove-filter', 'data-param': field.param, 'data-value': value,
        onclick: () => onChange(withFilterValue(state, field.param, value, false)),
      }, el('span', { className: 'visually-hidden' }, `Fjern filteret ${field.legend.toLocaleLowerCase('da-DK')}: `), label, removeMark())));
    }
  }
  if (state.level) {
    buttons.push(el('li', {}, el('button', {
      type: 'button', className: 'secondary remove-filter', 'data-param': 'niveau',
      onclick: () => onChange({ ...state, level: null }),
    }, el('span', { className: 'visually-hidden' }, 'Fjern filteret: '), `Mindst niveau ${state.level}`, removeMark())));
  }
  return el('div', { className: 'active-filters' },
    el('h3', {}, 'Valgte filtre'),
    el('ul', { className: 'filter-buttons' }, buttons),
    el('button', { type: 'button', className: 'link-button', onclick: () => onChange(withoutFilters(state)) }, 'Fjern alle filtre'));
}

const removeMark = () => el('span', { className: 'remove-mark', 'aria-hidden': 'true' }, ' ✕');
