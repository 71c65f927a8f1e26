// The collaboration graph explorer at /explore: filters → networkGraph → drawing, panels and export links.
import './explore.css';
import { GraphQLError, competencesQuery, graphQuery, municipalitiesQuery, nodeQuery, request } from './api.js';
import { exportUrl, readFilters } from './filters.js';
import { formatInteger, levelNames } from '../shared/format.js';
import { clearFocus, createGraph, draw, focus, restyle } from './graph.js';
import {
  renderDetails, renderDetailsError, renderDetailsLoading, renderLegend, renderSummary, renderTable,
} from './panels.js';
import { el } from '../shared/dom.js';

const $ = (id) => document.getElementById(id);
const form = $('filters');
const status = $('status');
const cy = createGraph($('graph'));

let graph = null;
let graphLoad = null;
let detailsLoad = null;

function setState(state, message) {
  document.body.dataset.state = state;
  status.textContent = message;
  status.classList.toggle('error', state === 'error');
}

function describe(error) {
  return error instanceof GraphQLError ? `${error.message} (${error.code})` : error.message;
}

function updateExports(filters) {
  $('export-graphml').href = exportUrl('/graph/export.graphml', filters);
  $('export-gexf').href = exportUrl('/graph/export.gexf', filters);
  $('export-cytoscape').href = exportUrl('/graph/export.cytoscape.json', filters);
}

/** Fetches and draws the graph the form asks for; a newer load cancels an older one. */
async function load() {
  graphLoad?.abort();
  const controller = new AbortController();
  graphLoad = controller;
  const filters = readFilters(form);
  updateExports(filters);
  setState('loading', `Henter ${levelNames[filters.level]} …`);
  try {
    const data = await request(graphQuery, { level: filters.level, filter: filters.filter }, controller.signal);
    if (controller.signal.aborted) return;
    graph = data.networkGraph;
    const groups = await draw(cy, graph, filters);
    if (controller.signal.aborted) return;
    renderLegend($('legend'), groups);
    renderSummary($('summary-body'), graph, select);
    renderTable($('node-table').tBodies[0], graph.nodes, select);
    $('search-labels').replaceChildren(...graph.nodes.map((n) => el('option', { value: n.label })));
    $('details-body').replaceChildren(el('p', { className: 'hint' }, 'Klik på en knude for at se detaljer.'));
    if (graph.nodes.length === 0) {
      setState('empty', 'Ingen forbindelser passer til filtrene. Prøv en bredere periode eller flere typer.');
    } else {
      setState('ready', `Viser ${formatInteger(graph.nodes.length)} ${levelNames[graph.level]} og ${formatInteger(graph.edges.length)} forbindelser.`);
    }
  } catch (error) {
    if (error.name === 'AbortError' || controller.signal.aborted) return;
    cy.elements().remove();
    setState('error', `Grafen kunne ikke hentes: ${describe(error)}`);
  }
}

/** Focuses a node in the drawing (when drawn) and shows its details from node(id:). */
async function select(id, label) {
  const node = graph?.nodes.find((n) => n.id === id) ?? (label ? { id, label } : null);
  if (!node) return;
  if (!focus(cy, id)) clearFocus(cy);
  const body = $('details-body');
  renderDetailsLoading(body, node);
  detailsLoad?.abort();
  const controller = new AbortController();
  detailsLoad = controller;
  const tieKinds = [...new Set(cy.getElementById(id).connectedEdges().flatMap((e) => e.data('kinds')))];
  try {
    const data = await request(nodeQuery, { id }, controller.signal);
    if (controller.signal.aborted) return;
    renderDetails(body, node, data.node, tieKinds);
    document.body.dataset.selected = id;
  } catch (error) {
    if (error.name === 'AbortError' || controller.signal.aborted) return;
    renderDetailsError(body, describe(error));
  }
}

/** How well a label answers what was typed: whole label, then its start, then a word's start, then anywhere. */
function matchRank(label, wanted) {
  const text = label.toLocaleLowerCase('da');
  if (text === wanted) return 0;
  if (text.startsWith(wanted)) return 1;
  if (text.split(/[\s,.–-]+/).some((word) => word.startsWith(wanted))) return 2;
  return text.includes(wanted) ? 3 : null;
}

function search(text) {
  const wanted = text.trim().toLocaleLowerCase('da');
  if (!wanted || !graph) return;
  const matches = graph.nodes
    .map((node) => ({ node, rank: matchRank(node.label, wanted) }))
    .filter((match) => match.rank !== null)
    .sort((a, b) => a.rank - b.rank || b.node.degree - a.node.degree);
  if (matches.length === 0) {
    clearFocus(cy);
    status.textContent = `Ingen ${levelNames[graph.level]} hedder noget med »${text.trim()}«.`;
    return;
  }
  const best = matches[0].node;
  status.textContent = matches.length > 1
    ? `Fandt ${formatInteger(matches.length)}; viser ${best.label}.`
    : `Fandt ${best.label}.`;
  select(best.id);
}

async function loadMunicipalities() {
  try {
    const data = await request(municipalitiesQuery, {});
    form.elements.municipality.append(...data.units.nodes.map((unit) => el('option', { value: unit.key }, unit.name)));
  } catch (error) {
    // The graph still works without the list; say why the select holds only "all".
    status.textContent = `Kommunelisten kunne ikke hentes: ${describe(error)}`;
  }
}

/** The whole taxonomy, page by page (a page holds at most 50). */
async function loadCompetences() {
  try {
    const options = [];
    let after = null;
    for (let page = 0; page < 40; page += 1) {
      const { competences } = await request(competencesQuery, { after });
      options.push(...competences.nodes.map((competence) => el('option', { value: competence.key }, competence.name)));
      if (!competences.pageInfo.hasNextPage) break;
      after = competences.pageInfo.endCursor;
    }
    form.elements.competence.append(...options);
  } catch (error) {
    status.textContent = `Kompetencelisten kunne ikke hentes: ${describe(error)}`;
  }
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  if (graph && (event.target.name === 'colourBy' || event.target.name === 'sizeBy')) {
    renderLegend($('legend'), restyle(cy, graph, readFilters(form)));
    return;
  }
  load();
});
$('search').addEventListener('submit', (event) => {
  event.preventDefault();
  search($('search-text').value);
});
cy.on('tap', 'node', (event) => select(event.target.id()));
cy.on('tap', (event) => {
  if (event.target === cy) clearFocus(cy);
});

const ready = Promise.all([loadMunicipalities(), loadCompetences(), load()]);

// For the browser test and for analysts who want the console: the drawing and the current data.
window.explore = {
  cy,
  ready,
  get graph() { return graph; },
  select,
  search,
};
