// How a person is shown wherever the app lists one (hits, profile, suggestions, candidates): initials instead of a
// photo, the name linking to their page, title and the unit path from the municipality down. One place, one look.
import { el } from '../../shared/dom.js';
import { personPath } from '../router.js';

/** The fields personSummary() needs; spread into any query that shows a person. */
export const personSummaryFields = 'id key name title unit { id key name ancestors { id key name kind } }';

/** The fields contactLines() needs (null where the privacy policy withholds them). */
export const contactFields = 'email phone location';

/** Up to two initials: "Mette Lund" → "ML", "Lotte Bech Sørensen" → "LS". */
export function initials(name) {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0][0];
  const last = words.length > 1 ? words[words.length - 1][0] : '';
  return (first + last).toLocaleUpperCase('da-DK');
}

/** Kommune › Forvaltning › Afdeling › Team, the person's own unit last. */
export function unitPath(unit) {
  return [...(unit.ancestors ?? []).map((a) => a.name), unit.name].join(' › ');
}

/** A link to the person's page. */
export function personLink(person, attributes = {}) {
  return el('a', { href: personPath(person.key), 'data-link': '', ...attributes }, person.name);
}

/**
 * Initials, linked name (as a heading of the given level when asked, so a list of people can be navigated by
 * headings), title and unit path.
 */
export function personSummary(person, { headingLevel = null, extra = [] } = {}) {
  const name = personLink(person);
  return el('div', { className: 'person-line' },
    el('span', { className: 'initials', 'aria-hidden': 'true' }, initials(person.name)),
    el('div', { className: 'person-text' },
      headingLevel ? el('h' + headingLevel, { className: 'person-name' }, name) : el('div', { className: 'person-name' }, name),
      person.title ? el('div', { className: 'person-title' }, person.title) : null,
      person.unit ? el('div', { className: 'unit-path' }, unitPath(person.unit)) : null,
      extra));
}

/** E-mail, phone and workplace as links, or null when none may be shown. */
export function contactLines(person) {
  const lines = [];
  if (person.email) lines.push(el('li', {}, 'E-mail: ', el('a', { href: 'mailto:' + person.email }, person.email)));
  if (person.phone) lines.push(el('li', {}, 'Telefon: ', el('a', { href: 'tel:' + person.phone.replace(/\s+/g, '') }, person.phone)));
  if (person.location) lines.push(el('li', {}, 'Arbejdssted: ', person.location));
  return lines.length ? el('ul', { className: 'contact' }, lines) : null;
}
