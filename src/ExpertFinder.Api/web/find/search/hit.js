// One hit: who the person is, why they matched (competences, "spørg mig om", documents, networks) and how to reach
// them (how you already know them, the introduction path, contact where the privacy policy allows it).
import { el } from '../../shared/dom.js';
import {
  capitalise, competenceSourceNames, documentKindNames, formatDate, memberRoleNames, networkKindNames, personRoleNames, relationNames,
} from '../../shared/format.js';
import { contactLines, personSummary } from '../people/personSummary.js';
import { highlighted } from './highlight.js';

const associationNames = { AUTHOR: 'skrevet af personen', MENTION: 'personen er nævnt' };

/** The hit as a list item; `signedIn` decides whether how you know the person is worth saying. */
export function hitItem(hit, { signedIn }) {
  const { person, evidence } = hit;
  const badges = [
    signedIn && relationNames[hit.relation] ? el('li', { className: 'chip chip-relation' }, relationNames[hit.relation]) : null,
    ...person.roles.map((role) => el('li', { className: 'chip' }, capitalise(personRoleNames[role] ?? role))),
    person.openToMentoring ? el('li', { className: 'chip chip-willing' }, 'Vil gerne være mentor') : null,
    person.openToJobRotation ? el('li', { className: 'chip chip-willing' }, 'Åben for jobrotation') : null,
  ].filter(Boolean);
  return el('li', { className: 'card hit', 'data-person': person.key },
    personSummary(person, { headingLevel: 3, extra: badges.length ? el('ul', { className: 'chips', 'aria-label': 'Roller og muligheder' }, badges) : null }),
    el('div', { className: 'hit-body' },
      why(evidence),
      reach(hit, person)));
}

function why(evidence) {
  const parts = [];
  if (evidence.competences.length) {
    parts.push(el('div', { className: 'why-part' }, el('h4', {}, 'Kompetencer'),
      el('ul', { className: 'evidence-list' }, evidence.competences.map((c) => el('li', {},
        el('strong', {}, c.competence.name), `, niveau ${c.level} af 5 (${competenceSourceNames[c.source] ?? c.source})`)))));
  }
  if (evidence.askMeAbout.length) {
    parts.push(el('div', { className: 'why-part' }, el('h4', {}, 'Spørg mig om'),
      el('ul', { className: 'evidence-list' }, evidence.askMeAbout.map((text) => el('li', {}, text)))));
  }
  if (evidence.documents.length) {
    // The best passage is shown; the others wait behind a summary, so a list of hits stays short enough to scan.
    const [best, ...more] = evidence.documents;
    parts.push(el('div', { className: 'why-part' }, el('h4', {}, 'Dokumenter'),
      el('ul', { className: 'evidence-list documents' }, documentItem(best)),
      more.length ? el('details', { className: 'more-documents' },
        el('summary', {}, more.length === 1 ? 'Vis et dokument mere' : `Vis ${more.length} dokumenter mere`),
        el('ul', { className: 'evidence-list documents' }, more.map(documentItem))) : null));
  }
  if (evidence.networks.length) {
    parts.push(el('div', { className: 'why-part' }, el('h4', {}, 'Netværk'),
      el('ul', { className: 'evidence-list' }, evidence.networks.map(({ network, role }) => el('li', {},
        el('strong', {}, network.name), ` (${networkKindNames[network.kind] ?? network.kind}), ${memberRoleNames[role] ?? role}`)))));
  }
  if (parts.length === 0) parts.push(el('p', { className: 'hint' }, 'Fundet på sin profil (titel, beskrivelse eller enhed).'));
  return el('div', { className: 'why' }, parts);
}

function documentItem({ document, association, snippet }) {
  const about = [documentKindNames[document.kind], formatDate(document.date), associationNames[association]].filter(Boolean).join(', ');
  return el('li', { 'data-document': document.key },
    el('strong', {}, document.title), about ? ` (${about})` : '',
    snippet ? el('blockquote', { className: 'snippet' }, highlighted(snippet.text, snippet.highlights)) : null);
}

function reach(hit, person) {
  const contact = contactLines(person);
  const path = hit.introductionPath?.description;
  if (!contact && !path) return null;
  return el('div', { className: 'reach' },
    el('h4', {}, 'Sådan kommer du i kontakt'),
    path ? el('p', { className: 'introduction' }, path) : null,
    contact);
}

