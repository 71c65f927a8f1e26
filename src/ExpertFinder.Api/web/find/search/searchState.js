// What a search is, and how it is written in the address so that it can be shared and reopened:
// /?q=vidensdeling&omfang=uden-for-enhed&kommune=aarhus&kompetence=c-personalejura&niveau=3&rolle=MENTOR&netvaerk=LEARNING

/** The scopes a signed-in person can choose, in the address's Danish and the API's enum. */
export const scopes = [
  { param: '', value: 'ANYONE', label: 'Alle' },
  { param: 'uden-for-enhed', value: 'OUTSIDE_MY_UNIT', label: 'Uden for min enhed' },
  { param: 'uden-for-forvaltning', value: 'OUTSIDE_MY_DEPARTMENT', label: 'Uden for min forvaltning' },
];

/** Each filter: its name in the address, in the API's ExpertFilter, and in the facets. */
export const filterFields = [
  { param: 'kommune', filter: 'municipalities', facet: 'municipality', legend: 'Kommune' },
  { param: 'forvaltning', filter: 'departments', facet: 'department', legend: 'Forvaltning' },
  { param: 'kompetence', filter: 'competences', facet: 'competence', legend: 'Kompetence' },
  { param: 'rolle', filter: 'roles', facet: 'role', legend: 'Rolle' },
  { param: 'netvaerk', filter: 'networkKinds', facet: 'networkKind', legend: 'Netværkstype' },
];

/** { q, scope, filters: { kommune: [...], ... }, level } from the address's query string. */
export function readSearch(search) {
  const scope = scopes.find((s) => s.param && s.param === search.get('omfang'))?.value ?? 'ANYONE';
  const filters = {};
  for (const field of filterFields) filters[field.param] = [...new Set(search.getAll(field.param).filter(Boolean))];
  const level = Number.parseInt(search.get('niveau') ?? '', 10);
  return { q: (search.get('q') ?? '').trim(), scope, filters, level: level >= 1 && level <= 5 ? level : null };
}

/** The address of a search. */
export function searchUrl(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  const scope = scopes.find((s) => s.value === state.scope);
  if (scope?.param) params.set('omfang', scope.param);
  for (const field of filterFields) for (const value of state.filters[field.param] ?? []) params.append(field.param, value);
  if (state.level) params.set('niveau', String(state.level));
  const text = params.toString();
  return text ? '/?' + text : '/';
}

/** The API's ExpertFilter, or null when nothing narrows the search. */
export function expertFilter(state) {
  const filter = {};
  for (const field of filterFields) if (state.filters[field.param]?.length) filter[field.filter] = state.filters[field.param];
  if (state.level) filter.minLevel = state.level;
  return Object.keys(filter).length ? filter : null;
}

export const hasFilters = (state) => expertFilter(state) !== null;

/** A copy of the state with one filter value added or removed. */
export function withFilterValue(state, param, value, on) {
  const values = (state.filters[param] ?? []).filter((v) => v !== value);
  if (on) values.push(value);
  return { ...state, filters: { ...state.filters, [param]: values } };
}

export const withoutFilters = (state) => ({ ...state, filters: {}, level: null });
