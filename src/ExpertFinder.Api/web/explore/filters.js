// The filter form as GraphQL variables and as the export endpoints' query parameters (the same filters both ways).

const allTieKinds = ['NETWORK', 'DOCUMENT', 'UNIT'];

function checked(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

/** What the form asks for; absent parts are left out so the server's defaults apply. */
export function readFilters(form) {
  const filter = {};
  const municipality = form.elements.municipality.value;
  if (municipality) filter.municipality = municipality;
  const competence = form.elements.competence.value;
  if (competence) filter.competence = competence;
  const networkKinds = checked(form, 'networkKinds');
  if (networkKinds.length) filter.networkKinds = networkKinds;
  if (form.elements.from.value) filter.from = form.elements.from.value;
  if (form.elements.to.value) filter.to = form.elements.to.value;
  const tieKinds = checked(form, 'tieKinds');
  // All three is the default; none would be an empty graph, so the form treats it as all.
  if (tieKinds.length && tieKinds.length < allTieKinds.length) filter.tieKinds = tieKinds;
  return {
    level: form.elements.level.value,
    filter,
    colourBy: form.elements.colourBy.value,
    sizeBy: form.elements.sizeBy.value,
  };
}

export function exportUrl(path, { level, filter }) {
  const parameters = new URLSearchParams({ level });
  for (const [name, value] of Object.entries(filter)) {
    parameters.set(name, Array.isArray(value) ? value.join(',') : value);
  }
  return `${path}?${parameters}`;
}
