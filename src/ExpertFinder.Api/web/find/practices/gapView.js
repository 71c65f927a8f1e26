// "Min enheds kompetencegab" (/praksis/kompetencegab): the core knowledge (kerneviden) the visitor's unit and the
// units above it need, set against what their people hold, and who elsewhere could help close each gap.
// The address holds the choice (?enhed=KEY&horisont=YEAR&opfyldte=1), so a view can be shared.
import './practices.css';
import { el, fill } from '../../shared/dom.js';
import { formatInteger, networkStatusNames, unitKindNames } from '../../shared/format.js';
import { personSummary, personSummaryFields } from '../people/personSummary.js';
import { gapWayNames, levelText, signInPrompt } from './practicesShared.js';

/**
 * The years, from this one, whose recorded needs the page looks for (the horizons offered): with a team's three units
 * above it, 4 × (1 + 1 + 5) = 28 aliases, within the server's 30.
 */
const yearsAhead = 5;

const gapQuery = `query FindCompetenceGap($key: String!, $horizon: Int, $includeMet: Boolean) {
  unit(key: $key) {
    id key name kind
    competenceGap(horizon: $horizon, includeMet: $includeMet) {
      competence { id key name }
      year level needed have missing
      networks { id key name status }
      candidates(first: 5) { level ways { kind network { id name } } person { ${personSummaryFields} } }
    }
  }
}`;

/** Which of the units have needs, today and for each of the coming years: one request, an alias per unit and year. */
function needsQuery(units, years) {
  const perUnit = (unit, i) => `u${i}: unit(key: ${JSON.stringify(unit.key)}) { key kind today: competenceNeeds { year } ${years.map((year) => `y${year}: competenceNeeds(year: ${year}) { year }`).join(' ')} }`;
  return `query FindUnitNeeds { ${units.map(perUnit).join(' ')} }`;
}

export async function render(main, route, app, signal) {
  app.setTitle('Min enheds kompetencegab');
  const heading = el('h1', {}, 'Min enheds kompetencegab');
  if (!app.session.person) {
    fill(main, heading, signInPrompt(app, 'se din enheds kompetencegab'));
    return;
  }
  // The visitor's unit first, then the units above it up to the municipality.
  const own = app.session.person.unit;
  const units = [own, ...[...(own.ancestors ?? [])].reverse()].map((unit) => ({ ...unit }));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: yearsAhead }, (_, i) => thisYear + i);
  const needs = await app.query(needsQuery(units, years), {}, { signal });
  // The session names the visitor's own unit without its kind; the answer has it.
  units.forEach((unit, i) => { unit.kind ??= needs[`u${i}`]?.kind; });
  const horizonsOf = new Map(units.map((unit, i) => {
    const answer = needs[`u${i}`];
    const horizons = [];
    if (answer?.today.length) horizons.push(null);
    for (const year of years) if (answer?.[`y${year}`].length) horizons.push(year);
    return [unit.key, horizons];
  }));

  const asked = route.search.get('enhed');
  const nearestWithNeeds = units.find((unit) => horizonsOf.get(unit.key).length > 0);
  const unit = units.find((u) => u.key === asked) ?? nearestWithNeeds ?? own;
  const horizons = horizonsOf.get(unit.key);
  const askedYear = route.search.get('horisont');
  const horizon = askedYear && horizons.includes(Number(askedYear)) ? Number(askedYear) : (horizons.includes(null) ? null : horizons[0] ?? null);
  const includeMet = route.search.get('opfyldte') === '1';

  const choose = (changes) => {
    const next = new URLSearchParams({ enhed: unit.key, ...(horizon ? { horisont: String(horizon) } : {}), ...(includeMet ? { opfyldte: '1' } : {}) });
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    if (changes.enhed) next.delete('horisont');
    app.navigate('/praksis/kompetencegab?' + next.toString(), { replace: true });
  };

  const controls = el('form', { className: 'gap-controls', 'aria-label': 'Vælg enhed og tidshorisont', onsubmit: (e) => e.preventDefault() },
    el('div', { className: 'field' },
      el('label', { for: 'gap-unit' }, 'Enhed'),
      el('select', { id: 'gap-unit', onchange: (e) => choose({ enhed: e.target.value }) },
        units.map((u) => el('option', { value: u.key, selected: u.key === unit.key },
          `${u.name} (${(unitKindNames[u.kind] ?? '').toLowerCase()}${u.key === own.key ? ', din enhed' : ''})${horizonsOf.get(u.key).length ? '' : ' – ingen behov registreret'}`)))),
    horizons.length > 1 || (horizons.length === 1 && horizons[0] !== null)
      ? el('div', { className: 'field' },
        el('label', { for: 'gap-horizon' }, 'Tidshorisont'),
        el('select', { id: 'gap-horizon', onchange: (e) => choose({ horisont: e.target.value }) },
          horizons.map((year) => el('option', { value: year ?? '', selected: year === horizon }, year === null ? 'I dag' : `I ${year}`))))
      : null,
    el('label', { className: 'check', for: 'gap-include-met' },
      el('input', { type: 'checkbox', id: 'gap-include-met', checked: includeMet, onchange: (e) => choose({ opfyldte: e.target.checked ? '1' : null }) }),
      'Vis også opfyldte behov'));

  const intro = el('p', { className: 'lead' },
    'Behov er, hvor mange i enheden og enhederne under den der skal have en kompetence på mindst det nævnte niveau; har er, hvor mange der har den nu; mangler er forskellen.');
  if (horizons.length === 0) {
    fill(main, heading, intro, controls,
      el('p', { className: 'gap-empty', role: 'status' }, `${unit.name} og enhederne over den har ikke registreret behov for kerneviden endnu. Dine ledere registrerer dem.`));
    return;
  }

  const data = await app.query(gapQuery, { key: unit.key, horizon, includeMet }, { signal });
  const gaps = data.unit.competenceGap;
  fill(main, heading, intro, controls,
    el('section', { 'aria-labelledby': 'gap-heading', 'data-unit': unit.key },
      el('h2', { id: 'gap-heading' }, `${unit.name}: ${horizon ? `behov i ${horizon}` : 'behov i dag'}`),
      gaps.length
        ? el('ul', { className: 'cards gaps' }, gaps.map(gapCard))
        : el('p', { role: 'status' }, 'Alle behov er opfyldt. Vælg "Vis også opfyldte behov" for at se dem.')));
}

function gapCard(gap) {
  const share = gap.needed > 0 ? Math.min(1, gap.have / gap.needed) : 1;
  const bar = el('span', { className: 'gap-bar', 'aria-hidden': 'true' }, el('span', { className: 'gap-bar-have' }));
  // A width from data: CSSOM is allowed by the content security policy, a style attribute is not.
  bar.firstChild.style.width = `${Math.round(share * 100)}%`;
  return el('li', { className: 'card gap', 'data-competence': gap.competence.name },
    el('h3', {}, gap.competence.name, el('span', { className: 'gap-level' }, ` – ${levelText(gap.level)} eller derover`)),
    el('p', { className: 'gap-numbers' },
      el('span', { 'data-needed': gap.needed }, `Behov: ${formatInteger(gap.needed)}`), ' · ',
      el('span', { 'data-have': gap.have }, `Har: ${formatInteger(gap.have)}`), ' · ',
      el('strong', { 'data-missing': gap.missing }, `Mangler: ${formatInteger(gap.missing)}`)),
    bar,
    gap.networks.length
      ? el('p', { className: 'gap-networks' }, 'Netværk at være med i: ',
        gap.networks.map((n) => `${n.name} (${networkStatusNames[n.status] ?? n.status})`).join(', '))
      : null,
    gap.candidates.length
      ? [el('h4', {}, 'Kan hjælpe'), el('ul', { className: 'candidates' }, gap.candidates.map((candidate) =>
        el('li', { 'data-person': candidate.person.key },
          personSummary(candidate.person, { extra: [
            el('p', { className: 'candidate-level' }, `${gap.competence.name}, ${levelText(candidate.level)}`),
            candidate.ways.length
              ? el('ul', { className: 'chips', 'aria-label': 'Veje' }, candidate.ways.map((way) =>
                el('li', { className: 'chip' }, way.kind === 'NETWORK' && way.network ? `netværk: ${way.network.name}` : gapWayNames[way.kind] ?? way.kind)))
              : null] }))))]
      : el('p', { className: 'hint' }, 'Ingen uden for enheden, du kan se, har kompetencen på niveauet.'));
}
