// The panels beside the drawing: legend, overview (summary), a node's details and the table of nodes.
import { el, fill } from '../shared/dom.js';
import {
  formatDecimal, formatInteger, formatPercent, levelNames, memberRoleNames, networkKindNames, tieKindNames, unitKindNames,
} from '../shared/format.js';

export function renderLegend(list, groups) {
  list.replaceChildren(...[...groups.values()].map((group) =>
    el('li', {}, el('span', { className: 'swatch', 'data-colour': group.colour }), `${group.name} (${formatInteger(group.count)})`)));
  // Colours go through the CSSOM: the content security policy refuses style attributes.
  for (const swatch of list.querySelectorAll('.swatch')) swatch.style.backgroundColor = swatch.dataset.colour;
}

function nodeButton(node, onSelect, text = node.label) {
  return el('button', { type: 'button', className: 'link', onclick: () => onSelect(node.id, node.label) }, text);
}

export function renderSummary(container, graph, onSelect) {
  const { summary } = graph;
  const figure = (term, value) => [el('dt', {}, term), el('dd', {}, value)];
  fill(container, 
    el('dl', { className: 'figures' },
      figure(`Antal ${levelNames[graph.level]}`, formatInteger(summary.nodeCount)),
      figure('Forbindelser', formatInteger(summary.edgeCount)),
      figure('Tæthed', formatPercent(summary.density)),
      figure('Andel på tværs af forvaltninger', formatPercent(summary.crossDepartmentShare)),
      figure('Sammenhængende dele', formatInteger(summary.components)),
      figure('Fællesskaber (klynger)', formatInteger(summary.communities))),
    el('h3', {}, 'Brobyggere'),
    el('p', { className: 'hint' }, 'Score = brobygning × vægt af forbindelser på tværs af forvaltninger.'),
    summary.topBrokers.length
      ? el('ol', { className: 'brokers' }, summary.topBrokers.map((broker) => el('li', {},
        nodeButton(broker.node, onSelect),
        ` – score ${formatDecimal(broker.score)}, ${formatDecimal(broker.crossDepartmentWeight)} på tværs`,
        broker.splitsGraph ? el('strong', { className: 'splits' }, ' Uden denne falder grafen fra hinanden.') : null)))
      : el('p', { className: 'hint' }, 'Ingen brobyggere i dette udsnit.'),
    el('h3', {}, 'Enheder uden forbindelser til andre forvaltninger'),
    summary.isolatedUnits.length
      ? el('ul', { className: 'isolated' }, summary.isolatedUnits.map((node) => el('li', {}, nodeButton(node, onSelect))))
      : el('p', { className: 'hint' }, 'Alle enheder har forbindelser til andre forvaltninger.'),
    summary.betweennessSampled ? el('p', { className: 'hint' }, 'Brobygning er anslået ud fra et udsnit, fordi grafen er stor.') : null);
}

export function renderTable(body, nodes, onSelect) {
  const rows = [...nodes].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label, 'da'));
  body.replaceChildren(...rows.map((node) => el('tr', {},
    el('th', { scope: 'row' }, nodeButton(node, onSelect)),
    el('td', {}, node.kind === 'DEPARTMENT' || node.kind === 'MUNICIPALITY' ? '' : node.department ?? ''),
    el('td', {}, node.kind === 'MUNICIPALITY' ? '' : node.municipality ?? ''),
    el('td', {}, formatInteger(node.degree)),
    el('td', {}, formatPercent(node.betweenness)),
    el('td', {}, formatInteger(node.people)))));
}

export function renderDetailsLoading(container, node) {
  fill(container, el('p', {}, `Henter detaljer om ${node.label} …`));
}

export function renderDetailsError(container, message) {
  fill(container, el('p', { className: 'error' }, `Detaljerne kunne ikke hentes: ${message}`));
}

function metrics(node, tiesKinds) {
  if (!node.degree && node.degree !== 0) return null;
  return el('dl', { className: 'figures' },
    el('dt', {}, 'Forbindelser'), el('dd', {}, formatInteger(node.degree)),
    el('dt', {}, 'Vægtede forbindelser'), el('dd', {}, formatDecimal(node.weightedDegree)),
    el('dt', {}, 'Brobygning (andel af korteste veje)'), el('dd', {}, formatPercent(node.betweenness)),
    el('dt', {}, 'På tværs af forvaltninger'), el('dd', {}, formatDecimal(node.crossDepartmentWeight)),
    el('dt', {}, 'Fællesskab'), el('dd', {}, formatInteger(node.community + 1)),
    tiesKinds.length ? [el('dt', {}, 'Forbundet gennem'), el('dd', {}, tiesKinds.map((k) => tieKindNames[k]).join(', '))] : null);
}

const path = (ancestors) => ancestors.map((a) => a.name).join(' › ');

/** details: the node(id:) answer; node: the graph's node; tieKinds: the kinds of its drawn edges. */
export function renderDetails(container, node, details, tieKinds) {
  if (!details) {
    fill(container, el('h3', {}, node.label), el('p', { className: 'hint' }, 'Detaljerne er ikke synlige for dig.'), metrics(node, tieKinds));
    return;
  }
  if (details.__typename === 'Person') {
    const unitPath = [...details.unit.ancestors, details.unit].map((u) => u.name).join(' › ');
    fill(container, 
      el('h3', {}, details.name),
      details.title ? el('p', {}, details.title) : null,
      el('p', {}, unitPath),
      details.email ? el('p', {}, el('a', { href: `mailto:${details.email}` }, details.email)) : null,
      metrics(node, tieKinds),
      el('h4', {}, 'Kompetencer'),
      details.competences.nodes.length
        ? el('ul', {}, details.competences.nodes.map((c) => el('li', {}, `${c.competence.name} (niveau ${c.level})`)))
        : el('p', { className: 'hint' }, 'Ingen registrerede kompetencer.'),
      el('h4', {}, 'Netværk'),
      details.networks.nodes.length
        ? el('ul', {}, details.networks.nodes.map((m) =>
          el('li', {}, `${m.network.name} – ${networkKindNames[m.network.kind] ?? m.network.kind}, ${memberRoleNames[m.role] ?? m.role}`)))
        : el('p', { className: 'hint' }, 'Ikke med i netværk.'));
    return;
  }
  fill(container, 
    el('h3', {}, details.name),
    el('p', {}, [unitKindNames[details.kind] ?? details.kind, details.ancestors.length ? ` i ${path(details.ancestors)}` : ''].join('')),
    metrics(node, tieKinds),
    el('h4', {}, `Medarbejdere (${formatInteger(details.people.totalCount)})`),
    details.people.nodes.length
      ? el('ul', {}, details.people.nodes.map((p) => el('li', {}, p.title ? `${p.name}, ${p.title}` : p.name)),
        details.people.totalCount > details.people.nodes.length
          ? el('li', { className: 'hint' }, `… og ${formatInteger(details.people.totalCount - details.people.nodes.length)} flere`) : null)
      : el('p', { className: 'hint' }, 'Ingen synlige medarbejdere.'),
    details.children.nodes.length ? [el('h4', {}, 'Underenheder'), el('ul', {}, details.children.nodes.map((c) => el('li', {}, c.name)))] : null);
}
